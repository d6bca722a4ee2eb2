package org.tahqiq.cli;

import java.util.List;
import java.util.Map;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.report.NewsAnalysis;

/**
 * The library components the commands run, built on the command line's {@link Io#pipeline()} (the
 * default pipeline, except in tests that inject a fault), and the reporting of the articles whose
 * processing failed. Stateless.
 */
final class Stages {
  private Stages() {}

  /** The whole analysis, every stage on {@code pipeline}. */
  static NewsAnalysis analysis(TextPipeline pipeline, NearDuplicateDetector detector) {
    NewsAnalysis.Builder b = NewsAnalysis.builder().pipeline(pipeline).detector(detector);
    if (pipeline != TextPipeline.defaults()) {
      // The defaults are shared instances (the diff's lexicons are loaded once): rebuilt only when
      // the pipeline differs.
      b.clusterer(EventClusterer.builder().pipeline(pipeline).build())
          .factDiff(FactDiff.builder().pipeline(pipeline).build());
    }
    return b.build();
  }

  /** The event clusterer on {@code pipeline}. */
  static EventClusterer clusterer(TextPipeline pipeline) {
    return pipeline == TextPipeline.defaults() ? EventClusterer.defaults()
        : EventClusterer.builder().pipeline(pipeline).build();
  }

  /**
   * Reports each failed article on stderr with its {@code file:line} (from {@code locations}, by
   * id); with {@code --strict}, throws {@link Problems.StrictStop} at the first.
   */
  static void reportFailures(Problems problems, List<ArticleFailure> failures, Map<String, String> locations) {
    for (ArticleFailure f : failures) {
      problems.failed(locations.getOrDefault(f.articleId(), "<input>"), f);
    }
  }
}
