package org.tahqiq.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
  private final JsonMapper mapper = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // the captured field's value is read from inside the record; the record's end is checked here
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
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

  /**
   * Parses one JSONL record with Jackson's streaming parser, straight from the line's chars into
   * the fields of an {@link Article}: no tree is built (only the captured field's value, if any,
   * becomes a node). The whole line is parsed before any field is checked, so that malformed JSON
   * is reported as such whatever the order of the fields.
   */
  private void record(char[] chars, int length, String location, Consumer<InputArticle> sink) {
    Record r = new Record();
    try (JsonParser parser = mapper.createParser(chars, 0, length)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        parser.skipChildren();
        checkEnd(parser);
        problems.report(location, "expected a JSON object, found " + type(first) + "; line skipped");
        return;
      }
      for (String field = parser.nextName(); field != null; field = parser.nextName()) {
        JsonToken value = parser.nextToken();
        if (captureField.isPresent() && captureField.get().equals(field)) {
          r.captured = mapper.readTree(parser);
          if (!isKnown(field)) {
            continue;
          }
          // a known field that is also captured: its value is read from the captured node
          r.put(field, r.captured);
          continue;
        }
        if (!isKnown(field)) {
          parser.skipChildren();
          continue;
        }
        r.put(field, parser, value);
      }
      checkEnd(parser);
    } catch (JacksonException e) {
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      problems.report(location, "malformed JSON" + (column > 0 ? " at column " + column : "") + ": "
          + firstLine(e.getOriginalMessage()) + "; line skipped");
      return;
    }
    try {
      String id = r.id();
      String text = r.required("text", r.text);
      Article.Builder b = Article.builder(id, text);
      r.optional("source", r.source).filter(s -> !s.isBlank()).ifPresent(b::source);
      r.optional("title", r.title).ifPresent(b::title);
      r.optional("published", r.published).ifPresent(p -> b.published(parseTime(p)));
      Optional<JsonNode> field = Optional.ofNullable(r.captured).filter(v -> !v.isNull());
      accept(b.build(), location, field, sink);
    } catch (BadField e) {
      problems.report(location, e.getMessage() + "; line skipped");
    } catch (IllegalArgumentException e) {
      problems.report(location, "invalid article: " + e.getMessage() + "; line skipped");
    }
  }

  private static boolean isKnown(String field) {
    return switch (field) {
      case "id", "text", "source", "title", "published" -> true;
      default -> false;
    };
  }

  /** Fails as the tree model did on anything after the record's one value. */
  private static void checkEnd(JsonParser parser) {
    JsonToken next = parser.nextToken();
    if (next != null) {
      throw new StreamReadException(parser, "Trailing token (`JsonToken." + next + "`) found after the record's"
          + " object: a line holds one JSON object");
    }
  }

  /**
   * The known fields of one record as read: a string, the text of an integral number (for {@code
   * id}), or the JSON type of a value of another type, to be reported when the field is checked.
   * A field absent or {@code null} stays null.
   */
  private static final class Record {
    Value id;
    Value text;
    Value source;
    Value title;
    Value published;
    JsonNode captured;

    void put(String field, JsonParser parser, JsonToken token) {
      Value v = switch (token) {
        case VALUE_STRING -> new Value(parser.getString(), false, null);
        case VALUE_NULL -> null;
        case VALUE_NUMBER_INT -> new Value(parser.getNumberValue().toString(), true, "number");
        default -> {
          parser.skipChildren();
          yield new Value(null, false, type(token));
        }
      };
      set(field, v);
    }

    void put(String field, JsonNode node) {
      Value v = node.isNull() ? null
          : node.isString() ? new Value(node.stringValue(), false, null)
          : node.isIntegralNumber() ? new Value(node.asString(), true, "number")
          : new Value(null, false, node.getNodeType().name().toLowerCase(Locale.ROOT));
      set(field, v);
    }

    private void set(String field, Value v) {
      switch (field) {
        case "id" -> id = v;
        case "text" -> text = v;
        case "source" -> source = v;
        case "title" -> title = v;
        default -> published = v;
      }
    }

    String id() {
      if (id == null) {
        throw new BadField("missing \"id\"");
      }
      if (id.string != null) {
        return id.string;
      }
      throw new BadField("\"id\" must be a string or an integer, found " + id.type);
    }

    String required(String field, Value v) {
      if (v == null) {
        throw new BadField("missing \"" + field + "\"");
      }
      return stringOf(field, v);
    }

    Optional<String> optional(String field, Value v) {
      return v == null ? Optional.empty() : Optional.of(stringOf(field, v));
    }

    private static String stringOf(String field, Value v) {
      if (v.string == null || v.integral) {
        throw new BadField("\"" + field + "\" must be a string, found " + v.type);
      }
      return v.string;
    }
  }

  /**
   * One field's value: its string (the text of an integral number when {@code integral}), or null
   * and the JSON type found.
   */
  private record Value(String string, boolean integral, String type) {}

  private void accept(Article article, String location, Optional<JsonNode> field, Consumer<InputArticle> sink) {
    String first = firstSeen.putIfAbsent(article.id(), location);
    if (first != null) {
      problems.report(location, "duplicate id \"" + article.id() + "\" (first seen at " + first + "); skipped");
      return;
    }
    articles++;
    sink.accept(new InputArticle(article, location, field));
  }

  /**
   * An ISO-8601 date-time (local, or with an offset, whose local part is kept as the publisher's
   * wall-clock time) or date (taken as its start).
   */
  static LocalDateTime parseTime(String s) {
    try {
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime o ? o.toLocalDateTime() : (LocalDateTime) t;
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(s, DateTimeFormatter.ISO_DATE).atStartOfDay();
      } catch (DateTimeParseException notDate) {
        throw new BadField("\"published\" is not an ISO-8601 date or date-time (e.g. 2013-01-23 or"
            + " 2013-01-23T21:28:59): \"" + s + "\"");
      }
    }
  }

  /** The JSON type a token starts, as the tree model names it. */
  private static String type(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
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

  /** A field of a JSONL record that is missing or has the wrong type; its message names it. */
  private static final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadField(String message) {
      super(message, null, false, false);
    }
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
