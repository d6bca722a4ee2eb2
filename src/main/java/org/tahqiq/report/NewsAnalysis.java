package org.tahqiq.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.ClusteringResult;
import org.tahqiq.cluster.EventCluster;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.diff.Fact;
import org.tahqiq.pipeline.TextPipeline;

/**
 * The whole pipeline in one call: cleans every article, groups near-duplicates, clusters the
 * articles by event and diffs the facts of each cluster, giving an {@link AnalysisReport} that
 * {@link HtmlReport}, {@link TextReport} or the command line render.
 *
 * <p>Near-duplicates stay in their event cluster and take part in its diff: a copy is still a
 * source a reader meets, and the report's {@code duplicates} say which agreements are copies.
 *
 * <p>The stages run with the components given to the builder; for consistent offsets give them the
 * same {@link TextPipeline} (the defaults all use {@link TextPipeline#defaults()}). Immutable and
 * thread-safe; {@link #analyze} may be called concurrently. Text processing and the per-cluster
 * diffs run on the common fork-join pool.
 */
public final class NewsAnalysis {

  private final TextPipeline pipeline;
  private final NearDuplicateDetector detector;
  private final EventClusterer clusterer;
  private final FactDiff factDiff;
  private final boolean diffSingletons;

  private NewsAnalysis(Builder b) {
    this.pipeline = b.pipeline;
    this.detector = b.detector;
    this.clusterer = b.clusterer;
    this.factDiff = b.factDiff;
    this.diffSingletons = b.diffSingletons;
  }

  /** An analysis with the default pipeline, detector, clusterer and diff. */
  public static NewsAnalysis defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the whole pipeline on {@code articles}.
   *
   * @throws IllegalArgumentException naming a repeated article id
   */
  public AnalysisReport analyze(Collection<Article> articles) {
    List<Article> input = checkedCopy(articles);
    List<ArticleSummary> summaries = summarize(input);
    DuplicateReport duplicates = detector.detect(input);
    ClusteringResult clustering = clusterer.cluster(input);
    Map<String, Article> byId = new HashMap<>();
    input.forEach(a -> byId.put(a.id(), a));
    // Copies resolve relative dates against the earliest publication of their group.
    List<List<String>> copyGroups = duplicates.groups().stream().map(g -> g.members()).toList();
    List<EventCluster> ordered = new ArrayList<>(clustering.multiArticleClusters());
    clustering.clusters().stream().filter(EventCluster::isSingleton).forEach(ordered::add);
    List<ClusterReport> clusters = ordered.parallelStream()
        .map(c -> new ClusterReport(c.id(), c.articles(),
            c.isSingleton() && !diffSingletons ? List.of() : diffOf(c.articles(), byId, copyGroups)))
        .toList();
    return new AnalysisReport(summaries, duplicates.groups(), clusters);
  }

  /**
   * The fact diff of {@code articles} taken as one event, without duplicate detection or
   * clustering: a report with no duplicate groups and a single cluster whose id is the first
   * article's id (for a set the caller grouped, e.g. by an event id of another system).
   *
   * @throws IllegalArgumentException if {@code articles} is empty or repeats an id
   */
  public AnalysisReport diff(Collection<Article> articles) {
    List<Article> input = checkedCopy(articles);
    if (input.isEmpty()) {
      throw new IllegalArgumentException("nothing to diff: no articles");
    }
    List<String> ids = input.stream().map(Article::id).toList();
    List<Fact> facts = factDiff.diff(input).facts();
    return new AnalysisReport(summarize(input), List.of(), List.of(new ClusterReport(ids.get(0), ids, facts)));
  }

  private List<Fact> diffOf(List<String> ids, Map<String, Article> byId, List<List<String>> copyGroups) {
    return factDiff.diff(ids.stream().map(byId::get).toList(), copyGroups).facts();
  }

  private List<ArticleSummary> summarize(List<Article> input) {
    return input.parallelStream()
        .map(a -> new ArticleSummary(a, pipeline.process(a).cleaned().removals()))
        .toList();
  }

  private static List<Article> checkedCopy(Collection<Article> articles) {
    Objects.requireNonNull(articles, "articles must not be null");
    List<Article> copy = List.copyOf(articles); // rejects null elements
    Set<String> ids = new HashSet<>();
    for (Article a : copy) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate article id '" + a.id() + "'");
      }
    }
    return copy;
  }

  /** Builder for {@link NewsAnalysis}; not thread-safe. Every component defaults to its defaults(). */
  public static final class Builder {
    private TextPipeline pipeline = TextPipeline.defaults();
    private NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    private EventClusterer clusterer = EventClusterer.defaults();
    private FactDiff factDiff = FactDiff.defaults();
    private boolean diffSingletons;

    private Builder() {}

    /** The pipeline whose cleaner's removals the report lists. */
    public Builder pipeline(TextPipeline pipeline) {
      this.pipeline = Objects.requireNonNull(pipeline, "pipeline must not be null");
      return this;
    }

    /** The near-duplicate detector. */
    public Builder detector(NearDuplicateDetector detector) {
      this.detector = Objects.requireNonNull(detector, "detector must not be null");
      return this;
    }

    /** The event clusterer. */
    public Builder clusterer(EventClusterer clusterer) {
      this.clusterer = Objects.requireNonNull(clusterer, "clusterer must not be null");
      return this;
    }

    /** The fact diff run on each cluster. */
    public Builder factDiff(FactDiff factDiff) {
      this.factDiff = Objects.requireNonNull(factDiff, "factDiff must not be null");
      return this;
    }

    /**
     * Whether single-article clusters get a fact diff too (all {@link
     * org.tahqiq.diff.Outcome#UNIQUE}); off by default, which leaves their facts empty.
     */
    public Builder diffSingletons(boolean on) {
      this.diffSingletons = on;
      return this;
    }

    public NewsAnalysis build() {
      return new NewsAnalysis(this);
    }
  }
}
