package org.tahqiq.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.report.AnalysisReport;
import org.tahqiq.report.HtmlReport;
import org.tahqiq.report.NewsAnalysis;
import org.tahqiq.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tahqiq analyze}: the whole pipeline, as JSON, an HTML page or terminal text. */
@Command(name = "analyze", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
      "Cleans the articles, groups near-duplicates, clusters them by event and diffs the facts of"
          + " each event: where the sources agree, refine each other or conflict, with evidence.",
      "Holds all articles in memory; for copies only in a large corpus, use 'dedup'.",
      "With --archive DIR (JSON only), continues earlier runs: prints today's groups and events, each"
          + " event under an id kept across runs, with the members from earlier runs under 'archived'."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
      "0:success",
      "1:input errors skipped (reported on stderr with file:line); --strict: stopped, no output",
      "2:usage error", "3:the output could not be written; with --archive also: the archive is locked by another run,"
          + " corrupt or incompatible, or could not be saved (it is then unchanged)", "4:internal error (a bug)",
      "5:articles failed in processing: each reported on stderr and skipped, the output covers the"
          + " others (--strict: stopped, no output)"})
final class AnalyzeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { json, html, text }

  private final Io io;

  @Spec CommandSpec spec;
  @Mixin Commands.InputOptions input;
  @Mixin Commands.OutputOptions output;
  @Mixin ThreadOptions threadOptions;
  @Mixin ArchiveOptions archiveOptions;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default; schema: docs/schema/analysis.schema.json), html (one"
          + " self-contained right-to-left page) or text (terminal tables).")
  Format format;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = {"-t", "--threshold"}, paramLabel = "T",
      defaultValue = "" + NearDuplicateDetector.DEFAULT_THRESHOLD,
      description = "Near-duplicate threshold: estimated Jaccard similarity of word 3-gram shingles,"
          + " in (0, 1]; default ${DEFAULT-VALUE}.")
  double threshold;

  AnalyzeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    NearDuplicateDetector detector = DedupCommand.detector(spec, threshold, io.pipeline());
    Optional<String> bad = output.check();
    if (bad.isPresent()) {
      throw new ParameterException(spec.commandLine(), bad.get());
    }
    if (archiveOptions.dir != null && format != Format.json) {
      throw new ParameterException(spec.commandLine(), "--archive prints JSON only: the archive keeps no"
          + " text of earlier articles for the " + format + " view");
    }
    NewsAnalysis analysis = Stages.analysis(io.pipeline(), detector);
    try (ArchivedState<StateFiles.Analysis> archive = ArchivedState.open(archiveOptions,
        StateFiles.analysis(detector, analysis.clusterer()), io)) {
      return run(analysis, archive);
    } catch (ArchivedState.Failed f) {
      return f.exit;
    }
  }

  private int run(NewsAnalysis analysis, ArchivedState<StateFiles.Analysis> archive) {
    int workers = threadOptions.workers(spec);
    Problems problems = new Problems(io.err(), input.strict);
    ArticleReader reader = new ArticleReader(problems, Optional.empty(), io.in());
    TextPipeline pipeline = io.pipeline(); // the analysis's and the detector's
    List<ProcessedArticle> processed = new ArrayList<>();
    List<ArticleFailure> failedEarly = new ArrayList<>();
    Map<String, String> locations = new HashMap<>();
    Map<String, Integer> inputOrder = new HashMap<>();
    try {
      // Each article is cleaned, normalized and shingled once, on the workers, while the next
      // ones are read; the stages then read these results. One that fails is set aside.
      new ParallelArticles(reader, workers).run(input.paths, a -> processed(pipeline, input.capped(a, problems)), r -> {
        String id = r.input().article().id();
        if (archive.isArchived(id)) {
          problems.report(r.input().location(), "id \"" + id + "\" is already in the archive; skipped");
          return;
        }
        locations.put(id, r.input().location());
        inputOrder.put(id, inputOrder.size());
        if (r.failure() != null) {
          failedEarly.add(r.failure());
        } else {
          processed.add(r.processed());
        }
      });
    } catch (Problems.StrictStop stop) {
      return Commands.stopped(io);
    }
    AnalysisReport analysed = onWorkers(workers, () -> archive.enabled()
        ? analysis.analyzeAgainst(processed, archive.state().duplicates(), archive.state().events())
        : analysis.analyzeProcessed(processed));
    processed.clear(); // the report holds what the output needs
    List<ArticleFailure> skipped = new ArrayList<>(failedEarly);
    skipped.addAll(analysed.skipped());
    skipped.sort(Comparator.comparingInt(f -> inputOrder.getOrDefault(f.articleId(), Integer.MAX_VALUE)));
    AnalysisReport report = new AnalysisReport(analysed.articles(), analysed.duplicates(), analysed.clusters(), skipped);
    try {
      Stages.reportFailures(problems, report.skipped(), locations);
    } catch (Problems.StrictStop stop) {
      return Commands.stopped(io, problems);
    }
    int exit = Commands.finish(io, output, problems, report.articles().size(), out -> {
      switch (format) {
        case json -> new JsonOutput(pretty).analysis(report,
            archive.enabled() ? Optional.of(archive::isArchived) : Optional.empty(), out);
        case html, text -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          if (format == Format.html) {
            HtmlReport.defaults().write(report, w);
          } else {
            TextReport.defaults().write(report, w);
          }
          w.flush();
        }
      }
    });
    return archive.saveAfter(exit, io);
  }

  /** Runs {@code task} in a fork-join pool of {@code workers} threads, where its parallel parts run. */
  static <T> T onWorkers(int workers, Callable<T> task) {
    ForkJoinPool pool = new ForkJoinPool(workers);
    try {
      return pool.submit(task).join();
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code a} through {@code pipeline}, or the failure that processing it threw. */
  private static Processed processed(TextPipeline pipeline, InputArticle a) {
    try {
      return new Processed(a, pipeline.process(a.article()), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Processed(a, null, new ArticleFailure(a.article().id(), ArticleFailure.PROCESS, e));
    }
  }

  /** One article's processing: its result, or (exactly one of them) its failure. */
  private record Processed(InputArticle input, ProcessedArticle processed, ArticleFailure failure) {}
}
