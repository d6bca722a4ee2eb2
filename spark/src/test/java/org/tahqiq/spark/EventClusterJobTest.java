package org.tahqiq.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;
import org.tahqiq.cli.JsonLines;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.report.ClusterReport;
import org.tahqiq.report.NewsAnalysis;

/**
 * The Spark job against the core's {@link EventClusterer} and {@code analyze}'s clusters with their
 * fact diffs, line for line, on local[2].
 */
class EventClusterJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSessions.create("local[2]", "EventClusterJobTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** {@code analyze}'s clusters as JSON lines, without line feeds. */
  private static List<String> expected(List<Article> articles) {
    JsonLines json = JsonLines.create();
    List<String> out = new ArrayList<>();
    for (ClusterReport c : NewsAnalysis.defaults().analyze(articles).clusters()) {
      String line = json.cluster(c);
      out.add(line.substring(0, line.length() - 1));
    }
    return out;
  }

  private static List<String> actual(List<Article> articles) {
    EventClusterJob.Result r = EventClusterJob.defaults().run(NearDuplicateJobTest.dataset(spark, articles, 3));
    assertEquals(articles.size(), r.articles());
    assertTrue(r.edges() <= r.candidatePairs(), "edges are verified candidates");
    return r.events().collectAsList().stream().map(x -> x.getString(0)).toList();
  }

  @Test
  void seedsGiveTheCoreClustersAndFactDiffs() {
    List<Article> seeds = TestCorpus.folder(TestCorpus.SEEDS);
    List<String> expected = expected(seeds);
    assertTrue(EventClusterer.defaults().cluster(seeds).multiArticleClusters().size() >= 1);
    assertTrue(expected.get(0).contains("\"CONFLICT\""), "the seeds' event has a conflict");
    assertEquals(expected, actual(seeds));
  }

  @Test
  void labelledCollectionGivesTheCoreClusters() {
    List<Article> collection = new ArrayList<>(TestCorpus.folder(TestCorpus.SEEDS));
    collection.addAll(TestCorpus.folder(TestCorpus.COLLECTION));
    assertTrue(EventClusterer.defaults().cluster(collection).multiArticleClusters().size() >= 3,
        "several events of several articles");
    assertEquals(expected(collection), actual(collection));
  }

  @Test
  void datedCollectionAcrossTimeWindowsGivesTheCoreClusters() {
    // Publication times spread over three weeks: pairs meet across window boundaries, some are
    // too far apart to be joined, and a few undated articles meet everything.
    List<Article> dated = new ArrayList<>();
    List<Article> all = new ArrayList<>(TestCorpus.folder(TestCorpus.SEEDS));
    all.addAll(TestCorpus.folder(TestCorpus.COLLECTION));
    for (int i = 0; i < all.size(); i++) {
      Article a = all.get(i);
      Article.Builder b = Article.builder(a.id(), a.text()).source("outlet-" + (i % 3));
      if (i % 5 != 4) {
        b.published(LocalDateTime.of(2024, 6, 1, 0, 0).plusHours(37L * i));
      }
      dated.add(b.build());
    }
    assertEquals(expected(dated), actual(dated));
  }
}
