package org.tahqiq.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.tahqiq.dedup.AddResult;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.pipeline.TextPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tahqiq dedup}: near-duplicate groups of a large corpus, streamed: articles are read one at
 * a time and signed on all cores, with a bounded number in flight; what stays in memory is the
 * {@link DuplicateStream}'s per-article state (see benchmarks/README-cli.md for the figures).
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
      "2:usage error", "3:the output could not be written", "4:internal error (a bug)",
      "5:articles failed in processing: each reported on stderr and skipped, the output covers the"
          + " others (--strict: stopped, no output)"})
final class DedupCommand implements Callable<Integer> {
  /** Articles handed to workers but not yet done, per core: bounds the text held in memory. */
  private static final int IN_FLIGHT_PER_THREAD = 8;

  private final Io io;

  @Spec CommandSpec spec;
  @Mixin Commands.InputOptions input;
  @Mixin Commands.OutputOptions output;
  @Mixin ArchiveOptions archiveOptions;

  @Option(names = {"-t", "--threshold"}, paramLabel = "T",
      defaultValue = "" + NearDuplicateDetector.DEFAULT_THRESHOLD,
      description = "Estimated Jaccard similarity of word 3-gram shingles above which two articles"
          + " are copies, in (0, 1]; default ${DEFAULT-VALUE}.")
  double threshold;

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  DedupCommand(Io io) {
    this.io = io;
  }

  /** The detector for a threshold given on the command line; a bad threshold is a usage error. */
  static NearDuplicateDetector detector(CommandSpec spec, double threshold, TextPipeline pipeline) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--threshold': " + threshold + " is not in (0, 1]");
    }
    try {
      return NearDuplicateDetector.builder().pipeline(pipeline).threshold(threshold).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--threshold': " + e.getMessage());
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    NearDuplicateDetector detector = detector(spec, threshold, io.pipeline());
    Optional<String> bad = output.check();
    if (bad.isPresent()) {
      throw new ParameterException(spec.commandLine(), bad.get());
    }
    try (DedupArchive archive = DedupArchive.open(archiveOptions, detector, io)) {
      return run(archive);
    } catch (DedupArchive.Failed f) {
      return f.exit;
    }
  }

  private int run(DedupArchive archive) throws InterruptedException {
    Problems problems = new Problems(io.err(), input.strict);
    ArticleReader reader = new ArticleReader(problems, Optional.empty(), io.in());
    DuplicateStream stream = archive.stream();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "tahqiq-dedup");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicBoolean strictStop = new AtomicBoolean();
    long start = System.nanoTime();
    Progress progress = new Progress(io.err(), io.terminal(), "dedup",
        ArticleReader.totalBytes(input.paths), reader::bytesRead);
    try {
      reader.read(input.paths, read -> {
        InputArticle a = input.capped(read, problems);
        if (strictStop.get()) {
          throw new Problems.StrictStop();
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            if (archive.isArchived(a.article().id())) {
              problems.report(a.location(), "id \"" + a.article().id() + "\" is already in the archive; skipped");
              return;
            }
            AddResult added = stream.add(a.article());
            if (added.failure().isPresent()) {
              problems.failed(a.location(), added.failure().get());
            }
            if (!noProgress) {
              progress.advance();
            }
          } catch (Problems.StrictStop e) {
            strictStop.set(true);
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
      });
    } catch (Problems.StrictStop stop) {
      pool.shutdownNow();
      return Commands.stopped(io, problems);
    }
    pool.shutdown();
    while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
      // a large corpus on few cores: keep waiting
    }
    if (strictStop.get()) {
      return Commands.stopped(io, problems);
    }
    if (!noProgress) {
      progress.close();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    DuplicateReport report = stream.report();
    long inGroups = report.groups().stream().mapToLong(DuplicateGroup::size).sum();
    io.err().printf(Locale.ROOT,
        "dedup: %,d articles, %,d groups of near-duplicates (%,d articles), %,d too short to compare, %.1f s%n",
        stream.size(), report.groups().size(), inGroups, report.tooShort().size(),
        (System.nanoTime() - start) / 1e9);
    io.err().flush();
    JsonOutput json = new JsonOutput(false);
    List<DuplicateGroup> groups = archive.groupsToPrint(report);
    int exit = Commands.finish(io, output, problems, reader.articles() - problems.failures(), out -> {
      for (DuplicateGroup g : groups) {
        json.duplicateGroup(g, archive.enabled() ? Optional.of(archive.archivedMembers(g)) : Optional.empty(), out);
      }
    });
    return archive.saveAfter(exit, io);
  }
}
