package org.tahqiq.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/** The fact diff on the seed event clusters: the acceptance cases of the issue, pinned. */
class FactDiffSeedTest {

  private static FactDiffReport diff(String... prefixes) {
    return FactDiff.defaults().diff(java.util.Arrays.stream(prefixes).map(Seeds::byPrefix).toList());
  }

  private static String id(String prefix) {
    return Seeds.byPrefix(prefix).id();
  }

  /** The fact whose claims have exactly these (article prefix → normalized value) pairs. */
  private static Optional<Fact> find(FactDiffReport report, Map<String, String> claims) {
    Set<String> wanted = claims.entrySet().stream()
        .map(e -> id(e.getKey()) + "=" + e.getValue()).collect(Collectors.toSet());
    return report.facts().stream()
        .filter(f -> f.claims().stream().map(c -> c.article() + "=" + c.normalized()).collect(Collectors.toSet())
            .containsAll(wanted))
        .findFirst();
  }

  @Test
  void putinVisitClusterReportsExactlyTheRealDisagreements() {
    FactDiffReport report = diff("000", "001", "002");
    List<Fact> conflicts = report.conflicts();
    assertEquals(2, conflicts.size(), conflicts.toString());

    Fact leader = conflicts.stream().filter(f -> f.conflictKind().orElseThrow() == ConflictKind.ENTITY)
        .findFirst().orElseThrow();
    assertEquals(FactKind.ENTITY, leader.kind());
    assertEquals(Set.of(id("001") + "=person:kim-jong-il", id("002") + "=person:kim-il-sung"),
        leader.claims().stream().map(c -> c.article() + "=" + c.normalized()).collect(Collectors.toSet()));
    Claim jongIl = leader.claims().stream().filter(c -> c.normalized().equals("person:kim-jong-il")).findFirst().orElseThrow();
    assertEquals("كيم جونج إيل", jongIl.value());
    assertTrue(jongIl.sentence().contains("آنذاك كيم جونج إيل"), jongIl.sentence());
    Claim ilSung = leader.claims().stream().filter(c -> c.normalized().equals("person:kim-il-sung")).findFirst().orElseThrow();
    assertTrue(ilSung.sentence().contains("والتقى حينها زعيمها آنذاك كيم إيل سونغ"), ilSung.sentence());
    assertTrue(leader.confidence() >= 0.7, "entity conflict confidence " + leader.confidence());

    Fact gift = conflicts.stream().filter(f -> f.conflictKind().orElseThrow() == ConflictKind.LEXICAL)
        .findFirst().orElseThrow();
    assertEquals(List.of("درع أميرال", "وخنجراً للأدميرال"), gift.claims().stream().map(Claim::value).toList());
    assertTrue(gift.confidence() < leader.confidence(), "a wording candidate is less certain than an entity conflict");
  }

  @Test
  void previousVisitYearIsARefinementNeverAConflict() {
    FactDiffReport report = diff("000", "001", "002");
    Fact year = find(report, Map.of("001", "2000", "002", "2000-06/2000-08")).orElseThrow();
    assertEquals(Outcome.REFINES, year.outcome());
    assertEquals(FactKind.TIME, year.kind());
    assertTrue(year.subject().contains("زار"), year.subject());
  }

  @Test
  void theAurusGivenNowIsTheSecondInBothSources() {
    Fact second = find(diff("000", "001", "002"), Map.of("000", "2 ordinal", "001", "2 ordinal")).orElseThrow();
    assertEquals(Outcome.AGREE, second.outcome());
  }

  @Test
  void theEarlierAurusGiftWasInFebruaryInBothSources() {
    Fact february = find(diff("000", "001", "002"), Map.of("000", "--02", "002", "--02")).orElseThrow();
    assertEquals(Outcome.AGREE, february.outcome());
    assertEquals(List.of("فبراير", "فبراير (شباط)"), february.claims().stream().map(Claim::value).toList());
  }

  @Test
  void yearSummerAndJulyOf2000AreConsistent() {
    FactDiffReport report = diff("001", "002", "004");
    Fact visit = find(report, Map.of("001", "2000", "002", "2000-06/2000-08", "004", "2000-07")).orElseThrow();
    assertEquals(Outcome.REFINES, visit.outcome());
    assertTrue(report.conflicts().stream().noneMatch(f -> f.conflictKind().orElseThrow() == ConflictKind.DATE),
        report.conflicts().toString());
  }

  @Test
  void cosmodromeClusterHasNoConflicts() {
    FactDiffReport report = diff("003", "004");
    assertEquals(List.of(), report.conflicts());
    Fact kim = report.facts().stream()
        .filter(f -> f.kind() == FactKind.ENTITY && f.claims().get(0).normalized().equals("person:kim-jong-un"))
        .findFirst().orElseThrow();
    assertEquals(Outcome.AGREE, kim.outcome()); // كيم جونج أون = كيم جونغ أون
  }

  @Test
  void everyClaimPointsAtItsValueInTheRawText() {
    for (FactDiffReport report : List.of(diff("000", "001", "002"), diff("003", "004"), diff("001", "002", "004"))) {
      for (Fact f : report.facts()) {
        for (Claim c : f.claims()) {
          Article a = Seeds.all().stream().filter(s -> s.id().equals(c.article())).findFirst().orElseThrow();
          assertEquals(c.value(), a.text().substring(c.start(), c.end()), f.toString());
          assertTrue(a.text().contains(c.sentence()), "sentence is raw text: " + c.sentence());
          assertTrue(c.sentence().contains(c.value()), c.sentence() + " / " + c.value());
        }
      }
    }
  }

  @Test
  void resultDoesNotDependOnArticleOrder() {
    assertEquals(signature(diff("000", "001", "002")), signature(diff("002", "000", "001")));
    assertEquals(signature(diff("003", "004")), signature(diff("004", "003")));
  }

  private static Set<String> signature(FactDiffReport report) {
    Set<String> out = new HashSet<>();
    for (Fact f : report.facts()) {
      out.add(f.outcome() + " " + f.claims().stream().map(c -> c.article() + "=" + c.normalized() + "@" + c.start())
          .sorted().toList());
    }
    return out;
  }
}
