package org.tahqiq.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What the commands share: input and output options and the end-of-run bookkeeping. */
final class Commands {
  private Commands() {}

  /** The input options of every command. */
  static final class InputOptions {
    @Option(names = {"-i", "--input"}, arity = "1..*", required = true, paramLabel = "PATH",
        description = "Folder (its .txt, .jsonl and .jsonl.gz files), .txt file (id = file name),"
            + " .jsonl or .jsonl.gz file with one {\"id\", \"text\", \"title\"?, \"source\"?, \"published\"?}"
            + " object per line, or - for JSONL on stdin. Repeatable.")
    List<String> paths;

    @Option(names = "--strict",
        description = "Stop at the first input error (exit 1, no output) instead of skipping the bad"
            + " line or file and going on.")
    boolean strict;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_CHARS,
        converter = Limits.MaxChars.class,
        description = "Analyse at most the first N chars of an article (cut at a line break); the rest"
            + " is reported on stderr as not compared. Bounds the work one article can cost; default"
            + " ${DEFAULT-VALUE}.")
    int maxChars;

    /** The article as the command processes it: capped at {@code --max-chars}. */
    InputArticle capped(InputArticle a, Problems problems) {
      return Limits.cap(a, maxChars, problems);
    }
  }

  /** The output file option. */
  static final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
    Path file;

    /** Fails early, before a long run, when the output file's folder does not exist. */
    Optional<String> check() {
      if (file == null) {
        return Optional.empty();
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        return Optional.of("cannot write " + file + ": no such folder " + parent);
      }
      if (Files.isDirectory(file)) {
        return Optional.of("cannot write " + file + ": it is a folder");
      }
      return Optional.empty();
    }
  }

  /** Something that writes the result to a stream. */
  @FunctionalInterface
  interface Result {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the result to the output file or stdout, then ends the run: exit 0, or 1 with a summary
   * when input errors were skipped, or 3 when the output could not be written.
   */
  static int finish(Io io, OutputOptions output, Problems problems, int articles, Result result) {
    try {
      if (output.file != null) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output.file), 1 << 16)) {
          result.writeTo(out);
        }
      } else {
        OutputStream out = new BufferedOutputStream(io.out(), 1 << 16);
        result.writeTo(out);
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      Optional<IOException> cause = WriteFailure.ioCause(e);
      if (cause.isEmpty()) {
        throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
      }
      return WriteFailure.report(io, output.file != null ? output.file.toString() : "stdout", cause.get());
    }
    return summary(io, problems, articles);
  }

  /** The exit code once the output is written: 0, or 1 with a summary of the input errors. */
  static int summary(Io io, Problems problems, int articles) {
    if (problems.failures() > 0) {
      io.err().printf("tahqiq: %d article%s failed and %s skipped (exit %d); the output covers the other %d%n",
          problems.failures(), problems.failures() == 1 ? "" : "s", problems.failures() == 1 ? "was" : "were",
          ExitCode.ARTICLES_FAILED, articles);
    }
    if (problems.count() == 0) {
      io.err().flush();
      return problems.failures() > 0 ? ExitCode.ARTICLES_FAILED : ExitCode.OK;
    }
    io.err().printf("tahqiq: %d input error%s skipped; the output covers the %d valid article%s%n",
        problems.count(), problems.count() == 1 ? "" : "s", articles, articles == 1 ? "" : "s");
    io.err().flush();
    return problems.failures() > 0 ? ExitCode.ARTICLES_FAILED : ExitCode.INPUT_ERRORS;
  }

  /** The exit code after {@code --strict} stopped the run at an input error. */
  static int stopped(Io io) {
    io.err().println("tahqiq: stopped at the first input error (--strict); no output written");
    io.err().flush();
    return ExitCode.INPUT_ERRORS;
  }

  /** The exit code after {@code --strict} stopped the run (at an input error or a failed article). */
  static int stopped(Io io, Problems problems) {
    boolean failed = problems.failures() > 0;
    io.err().println("tahqiq: stopped at the first " + (failed ? "failed article" : "input error")
        + " (--strict); no output written");
    io.err().flush();
    return failed ? ExitCode.ARTICLES_FAILED : ExitCode.INPUT_ERRORS;
  }
}
