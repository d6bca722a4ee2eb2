package org.tahqiq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.cluster.EventStream;
import org.tahqiq.cluster.StreamUpdate;
import org.tahqiq.dedup.AddResult;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.pipeline.TextPipeline;

/**
 * One article whose processing throws (a fault injected through {@link TextPipeline.Builder#check})
 * is skipped and named, and the others give exactly the result they give without it.
 */
class FaultIsolationTest {
  /** A marker no real article carries: the check throws on it, as an unknown bug deep in a stage would. */
  static final String MARKER = "«fault-injected»";

  static final TextPipeline FAULTY = TextPipeline.builder().check(a -> {
    if (a.text().contains(MARKER)) {
      throw new IllegalStateException("injected fault in article " + a.id());
    }
  }).build();

  private static List<Article> seedsWithFaulty() {
    List<Article> articles = new ArrayList<>(Seeds.all());
    // A copy of seed 002 that would join its event and its duplicate group, were it not faulty.
    articles.add(2, Article.of("faulty", Seeds.text("002") + "\n" + MARKER));
    return articles;
  }

  private static NewsAnalysis analysis(TextPipeline pipeline) {
    return NewsAnalysis.builder().pipeline(pipeline)
        .detector(NearDuplicateDetector.builder().pipeline(pipeline).build())
        .clusterer(EventClusterer.builder().pipeline(pipeline).build())
        .factDiff(FactDiff.builder().pipeline(pipeline).build())
        .build();
  }

  @Test
  void analysisSkipsTheFaultyArticleAndEqualsTheRunWithoutIt() {
    AnalysisReport report = analysis(FAULTY).analyze(seedsWithFaulty());
    assertEquals(List.of("faulty"), report.skipped().stream().map(ArticleFailure::articleId).toList());
    ArticleFailure f = report.skipped().get(0);
    assertEquals(ArticleFailure.PROCESS, f.stage());
    assertTrue(f.message().contains("IllegalStateException: injected fault in article faulty"), f.message());

    AnalysisReport without = analysis(TextPipeline.defaults()).analyze(Seeds.all());
    assertEquals(without.articles(), report.articles());
    assertEquals(without.duplicates(), report.duplicates());
    assertEquals(without.clusters(), report.clusters());
    assertTrue(report.clusters().get(0).articles().size() >= 3, "the seeds' event is still found");
  }

  @Test
  void aFaultOnlyInTheClusterersPipelineIsStillIsolated() {
    // The analysis's own pipeline is fine; only the clusterer's throws: caught all the same.
    NewsAnalysis a = NewsAnalysis.builder().clusterer(EventClusterer.builder().pipeline(FAULTY).build()).build();
    AnalysisReport report = a.analyze(seedsWithFaulty());
    assertEquals(List.of("faulty"), report.skipped().stream().map(ArticleFailure::articleId).toList());
    assertEquals(Seeds.all().size(), report.articles().size());
  }

  @Test
  void diffSkipsTheFaultyArticle() {
    List<Article> event = new ArrayList<>(Seeds.all().subList(0, 3));
    event.add(Article.of("faulty", Seeds.text("001") + MARKER));
    AnalysisReport report = analysis(FAULTY).diff(event);
    assertEquals(List.of("faulty"), report.skipped().stream().map(ArticleFailure::articleId).toList());
    assertEquals(analysis(TextPipeline.defaults()).diff(Seeds.all().subList(0, 3)).clusters(), report.clusters());

    AnalysisReport none = analysis(FAULTY).diff(List.of(Article.of("only", MARKER)));
    assertEquals(1, none.skipped().size());
    assertTrue(none.clusters().isEmpty() && none.articles().isEmpty());
  }

  @Test
  void duplicateStreamReportsTheFailureAndStaysUnchanged() {
    DuplicateStream stream = NearDuplicateDetector.builder().pipeline(FAULTY).build().newStream();
    Article wire = Seeds.byPrefix("002");
    assertEquals(AddResult.Status.UNIQUE, stream.add(wire).status());
    AddResult failed = stream.add(Article.of("faulty", wire.text() + MARKER));
    assertEquals(AddResult.Status.FAILED, failed.status());
    assertEquals("faulty", failed.failure().orElseThrow().articleId());
    assertEquals(1, stream.size(), "the failed article is not held");
    assertEquals(List.of("faulty"), stream.skipped().stream().map(ArticleFailure::articleId).toList());
    assertTrue(stream.report().groups().isEmpty());
    // The stream goes on: a real copy still joins.
    assertEquals(AddResult.Status.JOINED, stream.add(Article.of("copy", wire.text() + "\nاقرأ أيضا: خبر")).status());
  }

  @Test
  void eventStreamReportsTheFailureAndStaysUnchanged() {
    EventStream stream = EventClusterer.builder().pipeline(FAULTY).build().newStream();
    List<Article> seeds = Seeds.all();
    stream.add(seeds.get(0));
    StreamUpdate failed = stream.add(Article.of("faulty", seeds.get(1).text() + MARKER));
    assertEquals(StreamUpdate.Status.FAILED, failed.status());
    assertEquals(1, stream.size());
    assertEquals("faulty", stream.skipped().get(0).articleId());
    stream.add(seeds.get(1));
    stream.add(seeds.get(2));
    assertEquals(EventClusterer.defaults().cluster(seeds.subList(0, 3)), stream.result());
  }
}
