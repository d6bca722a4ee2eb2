package org.tahqiq.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.NearDuplicateDetector;

/** The Spark job against the core's {@link NearDuplicateDetector}, on local[2]. */
class NearDuplicateJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSessions.create("local[2]", "NearDuplicateJobTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Dataset<ArticleRecord> dataset(SparkSession spark, List<Article> articles, int partitions) {
    List<ArticleRecord> records = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      records.add(ArticleRecord.of(articles.get(i), "test:" + (i + 1), i));
    }
    return spark.createDataset(records, Encoders.bean(ArticleRecord.class)).repartition(partitions);
  }

  static List<DuplicateGroup> groups(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .map(r -> new DuplicateGroup(r.getString(0), r.getList(1)))
        .toList();
  }

  @Test
  void sameGroupsAndRepresentativesAsTheCore() {
    List<Article> corpus = TestCorpus.editedCopies(16);
    List<DuplicateGroup> expected = NearDuplicateDetector.defaults().detect(corpus).groups();
    assertTrue(expected.size() >= 10, "the corpus has many groups: " + expected.size());
    assertTrue(expected.stream().anyMatch(g -> g.size() >= 3), "and some large ones");
    assertTrue(corpus.size() - expected.stream().mapToInt(DuplicateGroup::size).sum() >= 15,
        "and many articles in no group");

    NearDuplicateJob.Result result = NearDuplicateJob.defaults().run(dataset(spark, corpus, 3));
    assertEquals(expected, groups(result.groups()));
    assertEquals(corpus.size(), result.articles());
    assertEquals(NearDuplicateDetector.defaults().detect(corpus).tooShort().size(), result.tooShort());
    assertTrue(result.candidatePairs() > result.verifiedPairs(), "verification rejected some candidates");
    assertEquals(0, result.cappedBuckets());
  }

  @Test
  void saltingLargeBucketsChangesNothing() {
    List<Article> corpus = new ArrayList<>(TestCorpus.editedCopies(7));
    Collections.shuffle(corpus, new Random(7));
    List<DuplicateGroup> expected = NearDuplicateDetector.defaults().detect(corpus).groups();
    NearDuplicateJob.Result salted = NearDuplicateJob.builder().saltAbove(2).build().run(dataset(spark, corpus, 2));
    assertTrue(salted.saltedBuckets() > 0, "buckets of 3 or more were salted");
    assertEquals(expected, groups(salted.groups()));
  }

  @Test
  void otherThresholdsFollowTheCore() {
    List<Article> corpus = TestCorpus.editedCopies(3);
    for (double t : new double[] {0.5, 0.9}) {
      List<DuplicateGroup> expected = NearDuplicateDetector.builder().threshold(t).build().detect(corpus).groups();
      assertEquals(expected, groups(NearDuplicateJob.builder().threshold(t).build().run(dataset(spark, corpus, 2)).groups()),
          "threshold " + t);
    }
  }

  @Test
  void capDropsOnlyOversizedBuckets() {
    List<Article> corpus = TestCorpus.editedCopies(16);
    NearDuplicateJob.Result capped = NearDuplicateJob.builder().maxBucket(2).build().run(dataset(spark, corpus, 2));
    assertTrue(capped.cappedBuckets() > 0);
    assertTrue(capped.largestBucket() > 2);
    List<DuplicateGroup> expected = NearDuplicateDetector.defaults().detect(corpus).groups();
    long inGroups = groups(capped.groups()).stream().mapToInt(DuplicateGroup::size).sum();
    assertTrue(inGroups <= expected.stream().mapToInt(DuplicateGroup::size).sum(),
        "capping can only lose candidates, never invent groups");
  }
}
