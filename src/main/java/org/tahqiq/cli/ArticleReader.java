package org.tahqiq.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.tahqiq.article.Article;
import tools.jackson.databind.JsonNode;

/**
 * Reads articles from the command line's inputs and hands each valid one to a consumer, one at a
 * time, so that a caller may stream: a folder (its {@code .txt}, {@code .jsonl} and {@code
 * .jsonl.gz} files, by name; other files are ignored), a {@code .txt} file (id = file name without
 * extension), a {@code .jsonl} or {@code .jsonl.gz} file, or {@code -} for JSONL on stdin.
 *
 * <p>A JSONL line holds one object {@code {"id", "text", "title"?, "source"?, "published"?}};
 * other fields are ignored except the one the caller asks to capture. Bad input is reported to
 * {@link Problems} with its file and line and skipped — a malformed line, a missing or mistyped
 * field, an invalid date, a duplicate id, invalid UTF-8, an unreadable file — so that one bad
 * record never loses the others. Blank lines are skipped silently. Not thread-safe.
 */
final class ArticleReader {
  static final String STDIN = "-";

  private final Problems problems;
  private final Optional<String> captureField;
  private final InputStream stdin;
  private final JsonlRecord parser = JsonlRecord.parser();
  private final Map<String, String> firstSeen = new HashMap<>();
  private final AtomicLong bytesRead = new AtomicLong();
  private volatile int articles; // written by the reading thread only

  ArticleReader(Problems problems, Optional<String> captureField, InputStream stdin) {
    this.problems = Objects.requireNonNull(problems, "problems must not be null");
    this.captureField = Objects.requireNonNull(captureField, "captureField must not be null");
    this.stdin = Objects.requireNonNull(stdin, "stdin must not be null");
  }

  /** Total size in bytes of the input files (stdin counts 0), for a progress bar. */
  static long totalBytes(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        continue;
      }
      Path p = Path.of(input);
      try {
        if (Files.isDirectory(p)) {
          for (Path f : list(p)) {
            total += Files.size(f);
          }
        } else if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      } catch (IOException e) {
        // reported when the input is read
      }
    }
    return total;
  }

  /** Bytes read so far from input files (compressed bytes for {@code .gz}). */
  long bytesRead() {
    return bytesRead.get();
  }

  /** Number of valid articles handed to consumers so far. */
  int articles() {
    return articles;
  }

  /** Reads every input in order, handing each valid article to {@code sink}. */
  void read(List<String> inputs, Consumer<InputArticle> sink) {
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        readJsonl("<stdin>", stdin, sink);
        continue;
      }
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        List<Path> files;
        try {
          files = list(p);
        } catch (IOException e) {
          problems.report(input, "cannot read folder: " + reason(e));
          continue;
        }
        for (Path f : files) {
          readFile(f, sink);
        }
      } else if (!Files.exists(p)) {
        problems.report(input, "no such file or folder");
      } else if (kind(p) == null) {
        problems.report(input, "not a folder, .txt, .jsonl or .jsonl.gz file; skipped");
      } else {
        readFile(p, sink);
      }
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> kind(f) != null && Files.isRegularFile(f)).sorted().toList();
    }
  }

  private static String kind(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    return name.endsWith(".txt") ? ".txt"
        : name.endsWith(".jsonl") ? ".jsonl"
        : name.endsWith(".jsonl.gz") ? ".jsonl.gz"
        : null;
  }

  private void readFile(Path file, Consumer<InputArticle> sink) {
    String name = file.toString();
    String kind = kind(file);
    if (kind.equals(".txt")) {
      readText(file, sink);
      return;
    }
    try (InputStream raw = new Counting(Files.newInputStream(file), bytesRead);
        InputStream in = kind.equals(".jsonl.gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      readJsonl(name, in, sink);
    } catch (IOException e) {
      problems.report(name, "cannot read: " + reason(e));
    }
  }

  private void readText(Path file, Consumer<InputArticle> sink) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
      bytesRead.addAndGet(bytes.length);
    } catch (IOException | OutOfMemoryError e) {
      problems.report(name, "cannot read: " + reason(e));
      return;
    }
    Utf8Lines.Line text = Utf8Lines.decodeAll(bytes);
    if (!text.valid()) {
      problems.report(name + ":" + text.number(),
          "invalid UTF-8 at byte " + text.invalidByteColumn() + " of the line; file skipped");
      return;
    }
    String file0 = file.getFileName().toString();
    String id = file0.substring(0, file0.length() - ".txt".length());
    accept(Article.of(id, text.text()), name, Optional.empty(), sink);
  }

  private void readJsonl(String name, InputStream in, Consumer<InputArticle> sink) {
    Utf8Lines lines = new Utf8Lines(in);
    long lineNo = 0;
    try {
      for (int n = lines.nextChars(); n != Utf8Lines.END; n = lines.nextChars()) {
        lineNo = lines.lineNumber();
        String location = name + ":" + lineNo;
        if (n == Utf8Lines.INVALID) {
          problems.report(location, "invalid UTF-8 at byte " + lines.invalidByteColumn() + "; line skipped");
        } else if (!isBlank(lines.chars(), n)) {
          record(lines.chars(), n, location, sink);
        }
      }
    } catch (IOException e) {
      problems.report(name + ":" + (lineNo + 1), "cannot read further: " + reason(e) + "; rest of file skipped");
    }
  }

  private static boolean isBlank(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  /** Parses one JSONL record with the one record parser and hands on the article or the problem. */
  private void record(char[] chars, int length, String location, Consumer<InputArticle> sink) {
    JsonlRecord.Parsed parsed = parser.parse(chars, length, captureField);
    if (parsed.error().isPresent()) {
      problems.report(location, parsed.error().get());
    } else {
      accept(parsed.article().orElseThrow(), location, parsed.field(), sink);
    }
  }

  private void accept(Article article, String location, Optional<JsonNode> field, Consumer<InputArticle> sink) {
    String first = firstSeen.putIfAbsent(article.id(), location);
    if (first != null) {
      problems.report(location, "duplicate id \"" + article.id() + "\" (first seen at " + first + "); skipped");
      return;
    }
    articles++;
    sink.accept(new InputArticle(article, location, field));
  }

  private static String reason(Throwable e) {
    String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.util.zip.ZipException ? "not a valid gzip file"
        : e instanceof java.io.EOFException ? "unexpected end of file"
        : e instanceof OutOfMemoryError ? "too large for the memory given to Java (-Xmx)"
        : e.getClass().getSimpleName();
    return e.getMessage() == null || e instanceof OutOfMemoryError ? kind : kind + " (" + e.getMessage() + ")";
  }

  /** Counts the bytes read through it, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong counter;

    Counting(InputStream in, AtomicLong counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counter.addAndGet(n);
      }
      return n;
    }
  }
}
