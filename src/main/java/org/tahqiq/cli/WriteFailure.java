package org.tahqiq.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Tells a failed write (disk full, closed pipe, permission denied, a vanished folder) from a bug,
 * whatever wraps it ({@link UncheckedIOException}, Jackson's {@link JacksonIOException}), and
 * reports it as {@code tahqiq: cannot write PATH: REASON} with exit {@link ExitCode#IO_FAILURE}.
 * Stateless.
 */
final class WriteFailure {
  private WriteFailure() {}

  /** The I/O exception at the root of a write's failure, if it is one. */
  static Optional<IOException> ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
      if (!(t instanceof UncheckedIOException || t instanceof JacksonIOException)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Prints {@code cannot write PATH: REASON} and returns {@link ExitCode#IO_FAILURE}. */
  static int report(Io io, String path, IOException cause) {
    io.err().println("tahqiq: cannot write " + path + ": " + reason(cause));
    io.err().flush();
    return ExitCode.IO_FAILURE;
  }

  /** A reason a user can act on: "no space left on device", "permission denied", "broken pipe". */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    String m = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String lower = m.toLowerCase(Locale.ROOT);
    return lower.contains("no space left") ? "no space left on device (disk full)"
        : lower.contains("broken pipe") ? "broken pipe (the reader of the output has gone)"
        : m;
  }
}
