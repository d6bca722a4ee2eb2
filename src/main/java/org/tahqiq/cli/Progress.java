package org.tahqiq.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for long runs: articles done, rate, and — when the input size is known —
 * the share of input bytes read. On a terminal the line is redrawn in place at most every {@value
 * #REDRAW_MILLIS} ms; otherwise (a log file, CI) a line is printed every {@value #LOG_EVERY}
 * articles. Thread-safe: workers call {@link #advance()} concurrently.
 */
final class Progress implements AutoCloseable {
  static final long REDRAW_MILLIS = 200;
  static final int LOG_EVERY = 10_000;
  private static final int BAR_CELLS = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final String label;
  private final long totalBytes;
  private final LongSupplier bytesRead;
  private final long startNanos = System.nanoTime();
  private long done;
  private long lastDrawNanos;
  private long drawnAt = -1;
  private boolean drawn;

  Progress(PrintWriter err, boolean terminal, String label, long totalBytes, LongSupplier bytesRead) {
    this.err = Objects.requireNonNull(err, "err must not be null");
    this.terminal = terminal;
    this.label = label;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
  }

  /**
   * Whether stderr is a terminal: on Linux, whether file descriptor 2 is a tty device; elsewhere,
   * whether the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception notLinux) {
      return System.console() != null;
    }
  }

  /** One more article done. */
  synchronized void advance() {
    done++;
    if (terminal) {
      long now = System.nanoTime();
      if (!drawn || now - lastDrawNanos >= REDRAW_MILLIS * 1_000_000) {
        lastDrawNanos = now;
        draw(now, false);
      }
    } else if (done % LOG_EVERY == 0) {
      draw(System.nanoTime(), false);
    }
  }

  /** Draws the final state and ends the line. */
  @Override
  public synchronized void close() {
    if (terminal || drawnAt != done) {
      draw(System.nanoTime(), true);
    }
  }

  private void draw(long now, boolean last) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    StringBuilder line = new StringBuilder(96);
    line.append(label).append(' ');
    if (totalBytes > 0) {
      double share = Math.min(1, last ? 1 : bytesRead.getAsLong() / (double) totalBytes);
      int filled = (int) Math.round(share * BAR_CELLS);
      line.append('[').append("#".repeat(filled)).append("-".repeat(BAR_CELLS - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(share * 100)));
    }
    line.append(String.format(Locale.ROOT, "%,d articles  %,.0f/s  %d:%02d",
        done, done / seconds, (long) seconds / 60, (long) seconds % 60));
    if (terminal) {
      err.print("\r" + line + "\u001B[K" + (last ? "\n" : ""));
    } else {
      err.println(line);
    }
    err.flush();
    drawn = true;
    drawnAt = done;
  }
}
