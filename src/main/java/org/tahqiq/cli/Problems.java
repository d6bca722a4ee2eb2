package org.tahqiq.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.tahqiq.article.ArticleFailure;

/**
 * Collects input errors: prints each as {@code tahqiq: FILE:LINE: message} on stderr as it is
 * found (the first {@value #MAX_PRINTED}, then only counts them) and, in strict mode, stops the run
 * at the first one by throwing {@link StrictStop}. Thread-safe.
 */
final class Problems {
  static final int MAX_PRINTED = 100;

  private final PrintWriter err;
  private final boolean strict;
  private int count;
  private int failures;

  Problems(PrintWriter err, boolean strict) {
    this.err = Objects.requireNonNull(err, "err must not be null");
    this.strict = strict;
  }

  /** Reports an input error at {@code location} ({@code file:line}, or just the file). */
  synchronized void report(String location, String message) {
    count++;
    if (count <= MAX_PRINTED) {
      err.println("tahqiq: " + location + ": " + message);
    } else if (count == MAX_PRINTED + 1) {
      err.println("tahqiq: more input errors; only their number is reported from here on");
    }
    err.flush();
    if (strict) {
      throw new StrictStop();
    }
  }

  /**
   * Reports an article whose processing failed ({@code location}: its {@code file:line}): its id,
   * stage and exception, with the innermost frame of the trace. Counted apart from input errors;
   * in strict mode stops the run like them.
   */
  synchronized void failed(String location, ArticleFailure failure) {
    failures++;
    if (failures <= MAX_PRINTED) {
      StackTraceElement[] trace = failure.cause().getStackTrace();
      err.println("tahqiq: " + location + ": article \"" + failure.articleId() + "\" failed ("
          + failure.stage() + "): " + failure.message() + (trace.length > 0 ? " at " + trace[0] : "")
          + "; skipped (please report it)");
    } else if (failures == MAX_PRINTED + 1) {
      err.println("tahqiq: more failed articles; only their number is reported from here on");
    }
    err.flush();
    if (strict) {
      throw new StrictStop();
    }
  }

  /** Number of articles whose processing failed. */
  synchronized int failures() {
    return failures;
  }

  /** Prints a note that is not an error (never stops the run, not counted). */
  synchronized void note(String message) {
    err.println("tahqiq: " + message);
    err.flush();
  }

  synchronized int count() {
    return count;
  }

  /** Thrown by {@link #report} in strict mode: the run stops, after the error was printed. */
  static final class StrictStop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StrictStop() {
      super("stopped at the first input error (--strict)", null, false, false);
    }
  }
}
