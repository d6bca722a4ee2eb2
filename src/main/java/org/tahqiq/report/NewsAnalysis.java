package org.tahqiq.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import org.tahqiq.article.Article;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.cluster.ClusteringResult;
import org.tahqiq.cluster.EventCluster;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.cluster.EventStream;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.diff.Fact;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;

/**
 * The whole pipeline in one call: cleans every article, groups near-duplicates, clusters the
 * articles by event and diffs the facts of each cluster, giving an {@link AnalysisReport} that
 * {@link HtmlReport}, {@link TextReport} or the command line render.
 *
 * <p>Near-duplicates stay in their event cluster and take part in its diff: a copy is still a
 * source a reader meets, and the report's {@code duplicates} say which agreements are copies.
 *
 * <h2>Fault isolation</h2>
 *
 * One article never takes a run down: a failure while processing an article (any runtime
 * exception, or a stack overflow, in any stage) is caught at the article boundary, the article is
 * left out of the report and listed with its failure in {@link AnalysisReport#skipped()}, and the
 * report is exactly the report of the other articles. A failure in the fact diff of an event is
 * traced to the member whose diff fails on its own; if none does, every member of that event is
 * skipped. {@link TextPipeline.Builder#check} injects a caller's check (or a test's fault).
 *
 * <p>The stages run with the components given to the builder; for consistent offsets give them the
 * same {@link TextPipeline} (the defaults all use {@link TextPipeline#defaults()}): then each article
 * is cleaned, normalized and shingled once for all of them. Immutable and thread-safe; {@link
 * #analyze} may be called concurrently. Text processing and the per-cluster diffs run on the
 * fork-join pool the call is made from (the common pool, unless the caller runs it inside its own
 * {@link java.util.concurrent.ForkJoinPool} to choose the number of threads).
 */
public final class NewsAnalysis {

  private final TextPipeline pipeline;
  private final NearDuplicateDetector detector;
  private final EventClusterer clusterer;
  private final FactDiff factDiff;
  private final boolean diffSingletons;
  /** The detector's and clusterer's pipelines where they are not {@link #pipeline}: checked up front. */
  private final List<TextPipeline> otherPipelines;

  private NewsAnalysis(Builder b) {
    this.pipeline = b.pipeline;
    this.detector = b.detector;
    this.clusterer = b.clusterer;
    this.factDiff = b.factDiff;
    this.diffSingletons = b.diffSingletons;
    Set<TextPipeline> others = Collections.newSetFromMap(new IdentityHashMap<>());
    others.add(b.detector.pipeline());
    others.add(b.clusterer.pipeline());
    others.remove(b.pipeline);
    this.otherPipelines = List.copyOf(others);
  }

  /** An analysis with the default pipeline, detector, clusterer and diff. */
  public static NewsAnalysis defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the whole pipeline on {@code articles}. An article whose processing fails in any stage is
   * left out of every part of the report and listed in {@link AnalysisReport#skipped()}; the
   * report is then exactly the report of the other articles (see the class documentation).
   *
   * @throws IllegalArgumentException naming a repeated article id
   */
  public AnalysisReport analyze(Collection<Article> articles) {
    List<Article> input = checkedCopy(articles);
    List<ArticleFailure> failures = new ArrayList<>();
    List<ProcessedArticle> processed = process(input, failures);
    return analyzeIsolated(input, processed, failures);
  }

  /**
   * Runs the whole pipeline on articles already run through this analysis's {@link
   * TextPipeline} (the one given to {@link Builder#pipeline}): the same report as {@link
   * #analyze} on their articles. Each article is processed once for all stages: the detector, the
   * clusterer and the fact diff read the given results when they were built with the same
   * pipeline instance, and process the article with their own pipeline otherwise. Failures in
   * later stages are isolated as in {@link #analyze}.
   *
   * @throws IllegalArgumentException naming a repeated article id
   */
  public AnalysisReport analyzeProcessed(List<ProcessedArticle> processed) {
    Objects.requireNonNull(processed, "processed must not be null");
    List<ProcessedArticle> input = List.copyOf(processed); // rejects null elements
    List<Article> articles = checkedCopy(input.stream().map(ProcessedArticle::article).toList());
    return analyzeIsolated(articles, input, List.of());
  }

  /**
   * Runs the later stages until no article fails: a failure in a later stage redoes the run
   * without the failed articles, so that the report equals the report of the others (rare; each
   * round removes at least one).
   */
  private AnalysisReport analyzeIsolated(List<Article> input, List<ProcessedArticle> processed,
      List<ArticleFailure> processingFailures) {
    Map<String, ArticleFailure> failed = new HashMap<>();
    processingFailures.forEach(f -> failed.putIfAbsent(f.articleId(), f));
    while (true) {
      List<ProcessedArticle> live = processed.stream()
          .filter(p -> !failed.containsKey(p.article().id())).toList();
      List<ArticleFailure> failures = new ArrayList<>();
      AnalysisReport report = attempt(live, failures);
      if (failures.isEmpty()) {
        return new AnalysisReport(report.articles(), report.duplicates(), report.clusters(), inInputOrder(input, failed));
      }
      failures.forEach(f -> failed.putIfAbsent(f.articleId(), f));
    }
  }

  /** One pass over {@code live}: the report, or null with {@code failures} filled. */
  private AnalysisReport attempt(List<ProcessedArticle> live, List<ArticleFailure> failures) {
    List<Article> articles = live.stream().map(ProcessedArticle::article).toList();
    List<ArticleSummary> summaries = live.stream()
        .map(p -> new ArticleSummary(p.article(), p.cleaned().removals()))
        .toList();
    // Grouping copies and clustering events are independent: the detector runs as a task of the
    // calling pool while this thread clusters, so neither waits for the other's sequential part.
    ForkJoinTask<Object> detecting = ForkJoinTask.adapt(() -> duplicatesOrFailure(live, articles)).fork();
    Object clustered = clusteringOrFailure(live, articles);
    Object detected = detecting.join();
    if (detected instanceof Throwable e) {
      // Which article? The stream isolates each one; the batch run is its fast path.
      DuplicateStream stream = detector.newStream();
      articles.parallelStream().forEach(stream::add);
      failures.addAll(culpritsOr(stream.skipped(), articles, ArticleFailure.PROCESS, e));
      return null;
    }
    if (clustered instanceof Throwable e) {
      EventStream stream = clusterer.newStream();
      articles.parallelStream().forEach(stream::add);
      failures.addAll(culpritsOr(stream.skipped(), articles, ArticleFailure.PROCESS, e));
      return null;
    }
    DuplicateReport duplicates = (DuplicateReport) detected;
    ClusteringResult clustering = (ClusteringResult) clustered;
    Map<String, ProcessedArticle> byId = new HashMap<>();
    live.forEach(p -> byId.put(p.id(), p));
    List<DiffJob> ordered = new ArrayList<>();
    clustering.multiArticleClusters().forEach(c -> ordered.add(new DiffJob(c.id(), c.articles(), List.of())));
    clustering.clusters().stream().filter(EventCluster::isSingleton)
        .forEach(c -> ordered.add(new DiffJob(c.id(), c.articles(), List.of())));
    // Copies resolve relative dates against the earliest publication of their group.
    List<List<String>> copyGroups = duplicates.groups().stream().map(g -> g.members()).toList();
    List<ClusterReport> clusters = diffs(ordered, byId, copyGroups, failures);
    return failures.isEmpty() ? new AnalysisReport(summaries, duplicates.groups(), clusters) : null;
  }

  /** The detector's report of {@code live}, or what its batch run threw. */
  private Object duplicatesOrFailure(List<ProcessedArticle> live, List<Article> articles) {
    try {
      return detector.pipeline() == pipeline ? detector.detectProcessed(live) : detector.detect(articles);
    } catch (RuntimeException | StackOverflowError e) {
      return e;
    }
  }

  /** The clusterer's result for {@code live}, or what its batch run threw. */
  private Object clusteringOrFailure(List<ProcessedArticle> live, List<Article> articles) {
    try {
      return clusterer.pipeline() == pipeline ? clusterer.clusterProcessed(live) : clusterer.cluster(articles);
    } catch (RuntimeException | StackOverflowError e) {
      return e;
    }
  }

  /**
   * The reports of the clusters, in the given order, or the failures of their diffs added to
   * {@code failures}. The diffs of independent events run in parallel, the largest cluster first:
   * a diff costs more than linearly in its cluster's size, so starting the big ones last would
   * leave one core busy with them at the end.
   */
  private List<ClusterReport> diffs(List<DiffJob> clusters, Map<String, ProcessedArticle> byId,
      List<List<String>> copyGroups, List<ArticleFailure> failures) {
    Integer[] bySize = new Integer[clusters.size()];
    for (int i = 0; i < bySize.length; i++) {
      bySize[i] = i;
    }
    Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> -clusters.get(i).diffed().size())
        .thenComparingInt(i -> i));
    List<ForkJoinTask<Object>> tasks = new ArrayList<>(Collections.nCopies(bySize.length, null));
    for (int i : bySize) {
      DiffJob c = clusters.get(i);
      if (c.diffed().size() < 2 && !diffSingletons) {
        continue; // one source alone: nothing to diff, no task
      }
      tasks.set(i, ForkJoinTask.adapt(() -> isolatedDiff(c.diffed(), byId, copyGroups)).fork());
    }
    List<ClusterReport> reports = new ArrayList<>(clusters.size());
    for (int i = 0; i < clusters.size(); i++) {
      DiffJob c = clusters.get(i);
      ForkJoinTask<Object> task = tasks.get(i);
      Object result = task == null ? List.<Fact>of() : task.join();
      if (result instanceof DiffFailed f) {
        failures.addAll(f.failures());
      } else {
        @SuppressWarnings("unchecked")
        List<Fact> facts = (List<Fact>) result;
        reports.add(new ClusterReport(c.id(), c.articles(), facts, c.archived()));
      }
    }
    return reports;
  }

  /**
   * One cluster to report: its id, its members, and those of them held from earlier runs (not
   * diffed: their text is not kept).
   */
  private record DiffJob(String id, List<String> articles, List<String> archived) {
    List<String> diffed() {
      if (archived.isEmpty()) {
        return articles;
      }
      Set<String> old = new HashSet<>(archived);
      return articles.stream().filter(a -> !old.contains(a)).toList();
    }
  }

  /**
   * Continues the work of earlier runs with {@code today}'s articles (already run through this
   * analysis's {@link TextPipeline}): adds them to {@code duplicates} and {@code events}, streams
   * holding the earlier articles (typically restored from an archive with this analysis's {@link
   * #detector()} and {@link #clusterer()}), and reports today's articles: the duplicate groups and
   * the events that contain one of them, each event under its stable id ({@link
   * EventStream#events()}) with its earlier members listed as {@linkplain ClusterReport#archived()
   * archived}, and each event's fact diff over today's members (the streams keep no text of earlier
   * articles). The events and groups are those of one run over the earlier and today's articles
   * together (see {@link EventStream} and {@link DuplicateStream} on "equal to batch").
   *
   * <p>Fault isolation as in {@link #analyze}: an article whose processing fails in a stream is
   * left out of the other stream and of the report and listed in {@link AnalysisReport#skipped()}.
   * One whose fact diff fails is left out of the report too, but stays in the streams, since it was
   * grouped and clustered (a later run sees it as archived). Runs the diffs on the calling fork-join
   * pool.
   *
   * @throws IllegalArgumentException naming an id repeated in {@code today} or already held by a
   *     stream; then the streams are unchanged
   */
  public AnalysisReport analyzeAgainst(List<ProcessedArticle> today, DuplicateStream duplicates, EventStream events) {
    Objects.requireNonNull(duplicates, "duplicates must not be null");
    Objects.requireNonNull(events, "events must not be null");
    List<ProcessedArticle> input = List.copyOf(Objects.requireNonNull(today, "today must not be null"));
    List<Article> articles = checkedCopy(input.stream().map(ProcessedArticle::article).toList());
    Set<String> held = new HashSet<>(duplicates.articleIds());
    held.addAll(events.articleIds());
    for (Article a : articles) {
      if (held.contains(a.id())) {
        throw new IllegalArgumentException("article id '" + a.id() + "' is already held from an earlier run");
      }
    }
    Map<String, ArticleFailure> failed = new HashMap<>();
    List<org.tahqiq.dedup.AddResult> added = input.parallelStream()
        .map(p -> detector.pipeline() == pipeline ? duplicates.addProcessed(p) : duplicates.add(p.article()))
        .toList();
    added.forEach(r -> r.failure().ifPresent(f -> failed.putIfAbsent(f.articleId(), f)));
    List<ProcessedArticle> forEvents = new ArrayList<>();
    for (ProcessedArticle p : input) {
      if (failed.containsKey(p.id())) {
        continue;
      }
      try {
        forEvents.add(clusterer.pipeline() == pipeline ? p : clusterer.pipeline().process(p.article()));
      } catch (RuntimeException | StackOverflowError e) {
        failed.put(p.id(), new ArticleFailure(p.id(), ArticleFailure.PROCESS, e));
      }
    }
    events.addProcessed(forEvents).forEach(f -> failed.putIfAbsent(f.articleId(), f));

    Set<String> todayIds = new HashSet<>();
    Map<String, ProcessedArticle> byId = new HashMap<>();
    for (ProcessedArticle p : input) {
      todayIds.add(p.id());
      byId.put(p.id(), p);
    }
    List<List<String>> groups = duplicates.report().groups().stream().map(g -> g.members())
        .filter(m -> m.stream().anyMatch(todayIds::contains)).toList();
    List<DiffJob> multi = new ArrayList<>();
    List<DiffJob> single = new ArrayList<>();
    for (org.tahqiq.cluster.StreamEvent e : events.events()) {
      List<String> members = e.cluster().articles();
      if (members.stream().anyMatch(todayIds::contains)) {
        DiffJob job = new DiffJob(e.id(), members, members.stream().filter(m -> !todayIds.contains(m)).toList());
        (members.size() > 1 ? multi : single).add(job);
      }
    }
    multi.addAll(single);
    while (true) {
      List<DiffJob> jobs = multi.stream().map(j -> without(j, failed.keySet())).filter(Objects::nonNull).toList();
      List<List<String>> copyGroups = groups.stream()
          .map(g -> g.stream().filter(m -> todayIds.contains(m) && !failed.containsKey(m)).toList())
          .filter(g -> g.size() > 1).toList();
      List<ArticleFailure> failures = new ArrayList<>();
      List<ClusterReport> clusters = diffs(jobs, byId, copyGroups, failures);
      if (failures.isEmpty()) {
        List<ArticleSummary> summaries = input.stream().filter(p -> !failed.containsKey(p.id()))
            .map(p -> new ArticleSummary(p.article(), p.cleaned().removals())).toList();
        List<org.tahqiq.dedup.DuplicateGroup> printed = duplicates.report().groups().stream()
            .filter(g -> g.members().stream().anyMatch(m -> todayIds.contains(m) && !failed.containsKey(m)))
            .filter(g -> g.members().stream().noneMatch(failed::containsKey))
            .toList();
        return new AnalysisReport(summaries, printed, clusters, inInputOrder(articles, failed));
      }
      failures.forEach(f -> failed.putIfAbsent(f.articleId(), f));
    }
  }

  /** {@code job} without the {@code failed} articles, or null if none of today's is left. */
  private static DiffJob without(DiffJob job, Set<String> failed) {
    List<String> articles = job.articles().stream().filter(a -> !failed.contains(a)).toList();
    if (articles.size() == job.archived().size()) {
      return null;
    }
    return new DiffJob(job.id(), articles, job.archived());
  }

  /** The near-duplicate detector of this analysis. */
  public NearDuplicateDetector detector() {
    return detector;
  }

  /** The event clusterer of this analysis. */
  public EventClusterer clusterer() {
    return clusterer;
  }

  /** The failures that a per-article rerun found, or, if it found none, every article failed by {@code e}. */
  private static List<ArticleFailure> culpritsOr(List<ArticleFailure> found, List<Article> articles,
      String stage, Throwable e) {
    if (!found.isEmpty()) {
      return found;
    }
    return articles.stream().map(a -> new ArticleFailure(a.id(), stage, e)).toList();
  }

  /** The diff's facts of one group, or a {@link DiffFailed} naming its failed articles. */
  private Object isolatedDiff(List<String> ids, Map<String, ProcessedArticle> byId,
      List<List<String>> copyGroups) {
    List<ProcessedArticle> members = ids.stream().map(byId::get).toList();
    try {
      return diffOf(members, copyGroups);
    } catch (RuntimeException | StackOverflowError e) {
      List<ArticleFailure> found = new ArrayList<>();
      for (ProcessedArticle p : members) {
        try {
          diffOf(List.of(p), List.of());
        } catch (RuntimeException | StackOverflowError alone) {
          found.add(new ArticleFailure(p.id(), ArticleFailure.DIFF, alone));
        }
      }
      return new DiffFailed(culpritsOr(found, members.stream().map(ProcessedArticle::article).toList(),
          ArticleFailure.DIFF, e));
    }
  }

  /**
   * The diff of one cluster, its copies grouped by {@code copyGroups}: from the processed articles
   * when the diff uses the same pipeline.
   */
  private List<Fact> diffOf(List<ProcessedArticle> members, List<List<String>> copyGroups) {
    return factDiff.pipeline() == pipeline
        ? factDiff.diffProcessed(members, copyGroups).facts()
        : factDiff.diff(members.stream().map(ProcessedArticle::article).toList(), copyGroups).facts();
  }

  /** The articles of a group whose diff failed. */
  private record DiffFailed(List<ArticleFailure> failures) {}

  /**
   * The fact diff of {@code articles} taken as one event, without duplicate detection or
   * clustering: a report with no duplicate groups and a single cluster whose id is the first
   * article's id (for a set the caller grouped, e.g. by an event id of another system). An article
   * whose processing fails is left out and listed in {@link AnalysisReport#skipped()}; when every
   * article failed, the report has no cluster.
   *
   * @throws IllegalArgumentException if {@code articles} is empty or repeats an id
   */
  public AnalysisReport diff(Collection<Article> articles) {
    List<Article> input = checkedCopy(articles);
    if (input.isEmpty()) {
      throw new IllegalArgumentException("nothing to diff: no articles");
    }
    Map<String, ArticleFailure> failed = new HashMap<>();
    while (true) {
      List<Article> live = input.stream().filter(a -> !failed.containsKey(a.id())).toList();
      List<ArticleFailure> failures = new ArrayList<>();
      List<ProcessedArticle> processed = process(live, failures);
      List<ArticleSummary> summaries = processed.stream()
          .map(p -> new ArticleSummary(p.article(), p.cleaned().removals()))
          .toList();
      if (failures.isEmpty()) {
        if (live.isEmpty()) {
          return new AnalysisReport(List.of(), List.of(), List.of(), inInputOrder(input, failed));
        }
        List<String> ids = live.stream().map(Article::id).toList();
        Map<String, ProcessedArticle> byId = new HashMap<>();
        processed.forEach(p -> byId.put(p.id(), p));
        Object result = isolatedDiff(ids, byId, List.of());
        if (result instanceof DiffFailed f) {
          failures.addAll(f.failures());
        } else {
          @SuppressWarnings("unchecked")
          List<Fact> facts = (List<Fact>) result;
          return new AnalysisReport(summaries, List.of(), List.of(new ClusterReport(ids.get(0), ids, facts)),
              inInputOrder(input, failed));
        }
      }
      failures.forEach(f -> failed.putIfAbsent(f.articleId(), f));
    }
  }

  private static List<ArticleFailure> inInputOrder(List<Article> input, Map<String, ArticleFailure> failed) {
    return input.stream().map(a -> failed.get(a.id())).filter(Objects::nonNull).toList();
  }

  /**
   * Each article run through this analysis's pipeline, in order; an article whose text processing
   * fails (in this analysis's pipeline, or the detector's or clusterer's where they differ) is left
   * out and added to {@code failures}.
   */
  private List<ProcessedArticle> process(List<Article> input, List<ArticleFailure> failures) {
    List<Object> results = input.parallelStream().map(a -> {
      try {
        ProcessedArticle processed = pipeline.process(a);
        for (TextPipeline other : otherPipelines) {
          other.process(a);
        }
        return (Object) processed;
      } catch (RuntimeException | StackOverflowError e) {
        return new ArticleFailure(a.id(), ArticleFailure.PROCESS, e);
      }
    }).toList();
    List<ProcessedArticle> processed = new ArrayList<>();
    for (Object r : results) {
      if (r instanceof ArticleFailure f) {
        failures.add(f);
      } else {
        processed.add((ProcessedArticle) r);
      }
    }
    return processed;
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
