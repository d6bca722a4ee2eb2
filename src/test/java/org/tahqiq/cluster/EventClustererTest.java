package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/** One rule per test: bad input, short articles, the time factor, options. */
class EventClustererTest {
  private static final EventClusterer CLUSTERER = EventClusterer.defaults();

  private static Set<Set<String>> multi(ClusteringResult r) {
    return r.multiArticleClusters().stream().map(c -> Set.copyOf(c.articles())).collect(Collectors.toSet());
  }

  @Test
  void duplicateIdsAreRejectedByName() {
    Article a = Article.of("same-id", Seeds.text("000"));
    Article b = Article.of("same-id", Seeds.text("001"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLUSTERER.cluster(List.of(a, b)));
    assertTrue(e.getMessage().contains("same-id"), e.getMessage());
  }

  @Test
  void emptyAndShortArticlesAreSingletonsNeverJoinedByEmptiness() {
    List<Article> in = List.of(
        Article.of("empty1", ""), Article.of("empty2", ""), Article.of("blank", " \n\t "),
        Article.of("short1", "وقال الرئيس"), Article.of("short2", "وقال الرئيس"),
        Article.of("latin", "hello"), Article.of("000", Seeds.text("000")));
    ClusteringResult r = CLUSTERER.cluster(in);
    assertEquals(in.size(), r.clusters().size());
    assertEquals(Set.of("empty1", "empty2", "blank", "short1", "short2", "latin"), Set.copyOf(r.tooShort()));
  }

  @Test
  void nearDuplicatesAreInTheSameEvent() {
    String text = Seeds.text("002");
    Article copy = Article.of("copy", text.replace("وقال", "وأضاف").replace("الروسي", "الروسى"));
    ClusteringResult r = CLUSTERER.cluster(List.of(Seeds.byPrefix("002"), copy, Seeds.byPrefix("003")));
    assertEquals(Set.of(Set.of("002_0b3d9d48c1f3a998", "copy")), multi(r));
  }

  @Test
  void timeFactorKeepsTheSameStoryApartWhenDaysApart() {
    LocalDateTime t = LocalDateTime.of(2024, 6, 19, 12, 0);
    Article a = Article.builder("a", Seeds.text("001")).published(t).build();
    Article near = Article.builder("near", Seeds.text("002")).published(t.plusHours(20)).build();
    Article far = Article.builder("far", Seeds.text("002")).published(t.plusDays(12)).build();
    assertEquals(Set.of(Set.of("a", "near")), multi(CLUSTERER.cluster(List.of(a, near))));
    assertEquals(Set.of(), multi(CLUSTERER.cluster(List.of(a, far))));
    // Without a time on one side there is no time factor.
    Article undated = Article.of("undated", Seeds.text("002"));
    assertEquals(Set.of(Set.of("a", "undated")), multi(CLUSTERER.cluster(List.of(a, undated))));
  }

  @Test
  void timeFactorIsOneWithinToleranceThenHalvesPerHalfLife() {
    long day = Duration.ofDays(1).getSeconds();
    assertEquals(1.0, CLUSTERER.timeFactor(0, 2 * day), 0);
    assertEquals(0.5, CLUSTERER.timeFactor(0, 3 * day), 1e-12);
    assertEquals(0.25, CLUSTERER.timeFactor(4 * day, 0), 1e-12);
    assertEquals(1.0, CLUSTERER.timeFactor(EventClusterer.NO_TIME, 100 * day), 0);
  }

  @Test
  void invalidOptionsFailNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventClusterer.builder().edgeThreshold(0.5).mergeThreshold(0.2).build());
    assertTrue(e.getMessage().contains("mergeThreshold"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().candidateThreshold(1.0));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().minTerms(0));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.defaults().newStream(Duration.ZERO));
  }

  @Test
  void learningFromTheInputAloneStillSeparatesTheSeeds() {
    // No background at all: document frequencies come from the five seeds only.
    EventClusterer c = EventClusterer.builder().background(IdfTable.empty()).build();
    Set<Set<String>> clusters = multi(c.cluster(Seeds.all()));
    for (Set<String> cluster : clusters) {
      boolean putin = cluster.stream().allMatch(id -> id.startsWith("00") && id.charAt(2) <= '2');
      boolean kim = cluster.stream().allMatch(id -> id.startsWith("003") || id.startsWith("004"));
      assertTrue(putin || kim, "mixed cluster " + cluster);
    }
  }
}
