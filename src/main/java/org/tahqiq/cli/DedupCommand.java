package org.tahqiq.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tahqiq.dedup.AddResult;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.dedup.SimilarityMeasure;
import org.tahqiq.pipeline.TextPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tahqiq dedup}: near-duplicate groups of a large corpus, streamed: articles are read and
 * parsed on a reader thread and signed on {@code --threads} workers ({@link ParallelArticles}),
 * with a bounded number in flight; what stays in memory is the {@link DuplicateStream}'s
 * per-article state (see benchmarks/README-cli.md for the figures). The groups do not depend on
 * the order in which the workers add the articles (see {@link DuplicateStream}).
 */
@Command(name = "dedup", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
      "Groups near-duplicate articles (copies of one text with small edits) of a corpus of any size,"
          + " with a progress bar on stderr.",
      "Prints JSON lines, one group of two or more articles per line:"
          + " {\"representative\": id, \"members\": [id, ...]} (docs/schema/duplicate-group.schema.json);"
          + " the representative is the earliest published member, then the smallest id."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
      "0:success",
      "1:input errors skipped (reported on stderr with file:line); --strict: stopped, no output",
      "2:usage error", "3:the output could not be written; with --archive also: the archive is locked by another run,"
          + " corrupt or incompatible, or could not be saved (it is then unchanged)", "4:internal error (a bug)",
      "5:articles failed in processing: each reported on stderr and skipped, the output covers the"
          + " others (--strict: stopped, no output)"})
final class DedupCommand implements Callable<Integer> {
  private final Io io;

  @Spec CommandSpec spec;
  @Mixin Commands.InputOptions input;
  @Mixin Commands.OutputOptions output;
  @Mixin ThreadOptions threadOptions;
  @Mixin ArchiveOptions archiveOptions;

  @Option(names = {"-t", "--threshold"}, paramLabel = "T",
      description = "Estimated Jaccard similarity of word 3-gram shingles above which two articles"
          + " are copies, in (0, 1]; default " + NearDuplicateDetector.DEFAULT_THRESHOLD
          + " (with --mode rewrites: of stemmed content-word sets, default "
          + SimilarityMeasure.DEFAULT_REWRITE_THRESHOLD + ").")
  Double threshold;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "default",
      description = "What counts as a copy: 'default' (word 3-grams, precision first) or 'rewrites'"
          + " (also copies with reordered phrases or words and some synonyms: stemmed content words).")
  String mode;

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  DedupCommand(Io io) {
    this.io = io;
  }

  /** The detector for a threshold given on the command line; a bad threshold is a usage error. */
  static NearDuplicateDetector detector(CommandSpec spec, double threshold, TextPipeline pipeline) {
    return detector(spec, threshold, "default", pipeline);
  }

  /**
   * The detector for a mode ({@code default} or {@code rewrites}) and an optional threshold
   * (null: the mode's default) on {@code pipeline}; a bad value is a usage error.
   */
  static NearDuplicateDetector detector(CommandSpec spec, Double threshold, String mode, TextPipeline pipeline) {
    SimilarityMeasure measure = switch (mode) {
      case "default" -> SimilarityMeasure.JACCARD;
      case "rewrites" -> SimilarityMeasure.REWRITES;
      default -> throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--mode': '" + mode + "' is not one of 'default', 'rewrites'");
    };
    if (threshold != null && !(threshold > 0 && threshold <= 1)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--threshold': " + threshold + " is not in (0, 1]");
    }
    try {
      NearDuplicateDetector.Builder builder = NearDuplicateDetector.builder().pipeline(pipeline).measure(measure);
      if (threshold != null) {
        builder.threshold(threshold);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--threshold': " + e.getMessage());
    }
  }

  @Override
  public Integer call() {
    NearDuplicateDetector detector = detector(spec, threshold, mode, io.pipeline());
    Optional<String> bad = output.check();
    if (bad.isPresent()) {
      throw new ParameterException(spec.commandLine(), bad.get());
    }
    try (ArchivedState<DuplicateStream> archive = ArchivedState.open(archiveOptions, StateFiles.dedup(detector), io)) {
      return run(archive);
    } catch (ArchivedState.Failed f) {
      return f.exit;
    }
  }

  private int run(ArchivedState<DuplicateStream> archive) {
    int workers = threadOptions.workers(spec);
    Problems problems = new Problems(io.err(), input.strict);
    ArticleReader reader = new ArticleReader(problems, Optional.empty(), io.in());
    DuplicateStream stream = archive.state();
    long start = System.nanoTime();
    Progress progress = new Progress(io.err(), io.terminal(), "dedup",
        ArticleReader.totalBytes(input.paths), reader::bytesRead);
    try {
      new ParallelArticles(reader, workers).run(input.paths,
          read -> {
            InputArticle a = input.capped(read, problems);
            if (archive.isArchived(a.article().id())) {
              return new Added(a.location(), a.article().id(), null);
            }
            return new Added(a.location(), a.article().id(), stream.add(a.article()));
          },
          added -> {
            if (added.result() == null) {
              problems.report(added.location(), "id \"" + added.id() + "\" is already in the archive; skipped");
            } else if (added.result().failure().isPresent()) {
              problems.failed(added.location(), added.result().failure().get());
            }
            if (!noProgress) {
              progress.advance();
            }
          });
    } catch (Problems.StrictStop stop) {
      return Commands.stopped(io, problems);
    }
    if (!noProgress) {
      progress.close();
    }
    DuplicateReport report = stream.report();
    long inGroups = report.groups().stream().mapToLong(DuplicateGroup::size).sum();
    io.err().printf(Locale.ROOT,
        "dedup: %,d articles, %,d groups of near-duplicates (%,d articles), %,d too short to compare, %.1f s%n",
        stream.size(), report.groups().size(), inGroups, report.tooShort().size(),
        (System.nanoTime() - start) / 1e9);
    io.err().flush();
    JsonOutput json = new JsonOutput(false);
    // With an archive, the groups with a member from today; without, all.
    List<DuplicateGroup> groups = report.groups().stream()
        .filter(g -> !archive.enabled() || g.members().stream().anyMatch(m -> !archive.isArchived(m))).toList();
    int exit = Commands.finish(io, output, problems, reader.articles() - problems.failures(), out -> {
      for (DuplicateGroup g : groups) {
        json.duplicateGroup(g, archive.enabled() ? Optional.of(archive.archivedMembers(g.members())) : Optional.empty(), out);
      }
    });
    return archive.saveAfter(exit, io);
  }

  /**
   * What a worker hands back for one article: where it was read, its id, and what adding it gave
   * (null when the archive already holds that id).
   */
  private record Added(String location, String id, AddResult result) {}
}
