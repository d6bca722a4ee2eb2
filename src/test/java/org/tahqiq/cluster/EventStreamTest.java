package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;

/** Streaming with a time window: retirement, bounded memory, equality with batch, concurrency. */
class EventStreamTest {
  private static final LocalDateTime START = LocalDateTime.of(2024, 6, 1, 8, 0);

  /**
   * The labelled collection with publication times: each gold event on its own day, two days
   * apart, its articles a few hours apart; returned in time order.
   */
  static List<Article> dated() {
    Map<String, String> gold = LabelledCollection.gold();
    List<String> events = new ArrayList<>(new java.util.LinkedHashSet<>(gold.values()));
    List<Article> out = new ArrayList<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (Article a : LabelledCollection.articles()) {
      String event = gold.get(a.id());
      int day = events.indexOf(event) * 2;
      int n = seen.merge(event, 1, Integer::sum);
      out.add(Article.builder(a.id(), a.text()).source("site" + n)
          .published(START.plusDays(day).plusHours(n)).build());
    }
    out.sort(java.util.Comparator.comparing((Article a) -> a.published().orElseThrow()).thenComparing(Article::id));
    return out;
  }

  @Test
  void windowRetiresOldArticlesAndBoundsMemory() {
    List<Article> articles = dated();
    Duration window = Duration.ofDays(3);
    EventClusterer clusterer = EventClusterer.defaults();
    EventStream stream = clusterer.newStream(window);
    Set<String> retired = new HashSet<>();
    for (Article a : articles) {
      StreamUpdate u = stream.add(a);
      retired.addAll(u.retired());
      LocalDateTime now = a.published().orElseThrow();
      // Exactly the articles within the window are held.
      List<String> expected = articles.stream()
          .filter(x -> !x.published().orElseThrow().isAfter(now))
          .filter(x -> !x.published().orElseThrow().isBefore(now.minus(window)))
          .map(Article::id).sorted().toList();
      List<String> held = new ArrayList<>(stream.articleIds());
      Collections.sort(held);
      assertEquals(expected, held);
      // Each event occupies one day and events are two days apart: at most two events are held.
      assertTrue(stream.size() <= 9 + 6, "held " + stream.size());
    }
    assertTrue(retired.contains("000_020299969574f404"));
    assertFalse(stream.articleIds().contains("000_020299969574f404"));
  }

  @Test
  void windowedResultEqualsBatchOverTheHeldArticles() {
    List<Article> articles = dated();
    EventClusterer clusterer = EventClusterer.defaults();
    EventStream stream = clusterer.newStream(Duration.ofDays(3));
    Map<String, Article> byId = new java.util.HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
      stream.add(a);
      List<Article> held = stream.articleIds().stream().map(byId::get).toList();
      assertEquals(clusterer.cluster(held), stream.result());
    }
  }

  @Test
  void articleOlderThanTheWindowExpiresOnArrival() {
    EventStream stream = EventClusterer.defaults().newStream(Duration.ofDays(1));
    List<Article> articles = dated();
    Article late = articles.get(0);
    Article newest = articles.get(articles.size() - 1);
    stream.add(newest);
    StreamUpdate u = stream.add(late);
    assertEquals(StreamUpdate.Status.EXPIRED, u.status());
    assertTrue(u.cluster().isEmpty());
    assertEquals(List.of(late.id()), u.retired());
    assertEquals(List.of(newest.id()), stream.articleIds());
  }

  @Test
  void windowedStreamNeedsPublicationTimes() {
    EventStream stream = EventClusterer.defaults().newStream(Duration.ofDays(1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> stream.add(Article.of("undated", "نص")));
    assertTrue(e.getMessage().contains("undated"), e.getMessage());
  }

  @Test
  void repeatedIdIsRejectedWithItsName() {
    EventStream stream = EventClusterer.defaults().newStream();
    Article a = LabelledCollection.articles().get(0);
    stream.add(a);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stream.add(a));
    assertTrue(e.getMessage().contains(a.id()), e.getMessage());
    assertEquals(1, stream.size());
  }

  @Test
  void concurrentAddsEqualBatch() throws Exception {
    List<Article> articles = new ArrayList<>(LabelledCollection.articles());
    Collections.shuffle(articles, new Random(3));
    EventClusterer clusterer = EventClusterer.defaults();
    EventStream stream = clusterer.newStream();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<StreamUpdate>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> stream.add(a)));
      }
      for (Future<StreamUpdate> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(clusterer.cluster(articles), stream.result());
  }

  /**
   * The batch insertion drops articles from the candidate index once they are beyond the edge
   * horizon of the newest; it must make exactly the candidate links of adding one by one. Copies
   * of the labelled articles are placed just inside and just outside the horizon, days later, and
   * without a time, on the index path (no exact comparison).
   */
  @Test
  void batchInsertionMakesTheLinksOfOneByOne() {
    EventClusterer clusterer = EventClusterer.builder().exactComparisonLimit(0).build();
    long horizon = clusterer.edgeHorizonSeconds();
    List<Article> articles = new ArrayList<>(dated());
    List<Article> copies = new ArrayList<>();
    long[] offsets = {horizon - 1, horizon, horizon + 1, 10L * 86_400};
    for (int i = 0; i < articles.size(); i += 3) {
      Article a = articles.get(i);
      long offset = offsets[(i / 3) % offsets.length];
      copies.add(Article.builder(a.id() + "-later", a.text()).source("copier")
          .published(a.published().orElseThrow().plusSeconds(offset)).build());
      if (i % 2 == 0) {
        copies.add(Article.builder(a.id() + "-undated", a.text()).source("copier").build());
      }
    }
    articles.addAll(copies);
    Collections.shuffle(articles, new Random(11));
    EventStream oneByOne = clusterer.newStream();
    for (Article a : articles) {
      oneByOne.add(a);
    }
    EventStream batch = clusterer.newStream();
    batch.insertBatch(articles.stream().map(clusterer::features).toList());
    assertTrue(oneByOne.candidateLinks() > 0);
    assertEquals(oneByOne.candidateLinks(), batch.candidateLinks());
    assertEquals(oneByOne.result(), batch.result());
    assertEquals(oneByOne.result(), clusterer.cluster(articles));
  }

  /**
   * Above {@link EventStream#PARALLEL_MIN_ARTICLES} the batch sweeps its tables in parallel and
   * scores in parallel blocks; the links and clusters must still be those of adding one by one.
   * Copies of the labelled articles every 7 hours over 12 days (beyond the edge horizon), every
   * fifth undated.
   */
  @Test
  void parallelBatchOfALargeCollectionMakesTheLinksAndClustersOfOneByOne() {
    EventClusterer clusterer = EventClusterer.builder().exactComparisonLimit(0).build();
    List<Article> base = dated();
    List<Article> articles = new ArrayList<>();
    for (int r = 0; articles.size() < 2 * EventStream.PARALLEL_MIN_ARTICLES; r++) {
      for (Article a : base) {
        Article.Builder copy = Article.builder(a.id() + "-" + r, a.text()).source("copier" + r);
        if ((r + articles.size()) % 5 != 0) {
          copy.published(a.published().orElseThrow().plusHours(7L * r));
        }
        articles.add(copy.build());
      }
    }
    Collections.shuffle(articles, new Random(29));
    EventStream oneByOne = clusterer.newStream(); // addProcessed: one insert per article, unclustered
    assertEquals(List.of(), oneByOne.addProcessed(articles.stream().map(clusterer.pipeline()::process).toList()));
    EventStream batch = clusterer.newStream();
    batch.insertBatch(articles.parallelStream().map(clusterer::features).toList());
    assertTrue(oneByOne.candidateLinks() > articles.size());
    assertEquals(oneByOne.candidateLinks(), batch.candidateLinks());
    ClusteringResult expected = oneByOne.result();
    assertTrue(expected.multiArticleClusters().size() > 1);
    assertEquals(expected, batch.result());
  }
}
