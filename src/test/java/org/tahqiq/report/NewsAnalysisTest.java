package org.tahqiq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.diff.Outcome;

class NewsAnalysisTest {

  @Test
  void seedsGiveTheKimEventWithItsConflictsFirstAndEveryArticleOnce() {
    AnalysisReport report = NewsAnalysis.defaults().analyze(Seeds.all());
    assertEquals(5, report.articles().size());
    ClusterReport first = report.clusters().get(0);
    assertEquals(List.of("000", "001", "002"), first.articles().stream().map(a -> a.substring(0, 3)).toList());
    assertEquals(Outcome.CONFLICT, first.facts().get(0).outcome());
    assertEquals(2, first.withOutcome(Outcome.CONFLICT).size());
    assertEquals(5, report.clusters().stream().mapToInt(c -> c.articles().size()).sum());
    // Multi-article clusters first; single-article ones have no facts by default.
    boolean seenSingle = false;
    for (ClusterReport c : report.clusters()) {
      seenSingle |= c.isSingleton();
      assertFalse(seenSingle && !c.isSingleton(), "a multi-article cluster after a singleton");
      if (c.isSingleton()) {
        assertTrue(c.facts().isEmpty());
      }
    }
    assertEquals(first.facts().size(), report.multiArticleClusters().get(0).facts().size());
  }

  @Test
  void removalsAreTheCleanersWithRawOffsets() {
    Article a = Seeds.byPrefix("004");
    ArticleSummary s = NewsAnalysis.defaults().analyze(List.of(a)).articles().get(0);
    assertEquals(a.text().length(), s.chars());
    assertFalse(s.removals().isEmpty(), "seed 004 has ad placeholders and credits");
    s.removals().forEach(r -> assertTrue(r.raw().end() <= a.text().length()));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Article> shuffled = new ArrayList<>(Seeds.all());
    Collections.shuffle(shuffled, new Random(7));
    AnalysisReport a = NewsAnalysis.defaults().analyze(Seeds.all());
    AnalysisReport b = NewsAnalysis.defaults().analyze(shuffled);
    assertEquals(a.clusters(), b.clusters());
    assertEquals(a.duplicates(), b.duplicates());
  }

  @Test
  void diffTakesTheArticlesAsOneEventInTheGivenOrder() {
    List<Article> two = List.of(Seeds.byPrefix("002"), Seeds.byPrefix("001"));
    AnalysisReport report = NewsAnalysis.defaults().diff(two);
    assertEquals(1, report.clusters().size());
    assertEquals(List.of(two.get(0).id(), two.get(1).id()), report.clusters().get(0).articles());
    assertTrue(report.duplicates().isEmpty());
    assertTrue(report.count(Outcome.CONFLICT) >= 1, "Kim Jong Il vs Kim Il Sung");
  }

  @Test
  void diffSingletonsGivesUniqueFacts() {
    AnalysisReport report = NewsAnalysis.builder().diffSingletons(true).build().analyze(List.of(Seeds.byPrefix("000")));
    assertFalse(report.clusters().get(0).facts().isEmpty());
    assertTrue(report.clusters().get(0).facts().stream().allMatch(f -> f.outcome() == Outcome.UNIQUE));
  }

  @Test
  void badInputIsRejectedWithItsName() {
    NewsAnalysis analysis = NewsAnalysis.defaults();
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> analysis.analyze(List.of(Article.of("x", "نص"), Article.of("x", "نص آخر"))));
    assertTrue(dup.getMessage().contains("'x'"));
    assertThrows(IllegalArgumentException.class, () -> analysis.diff(List.of()));
    assertThrows(NullPointerException.class, () -> analysis.analyze(null));
    assertEquals(0, analysis.analyze(List.of()).clusters().size(), "nothing in, nothing out");
  }
}
