package org.tahqiq.cli;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tahqiq.article.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of the command line's JSONL input, {@code {"id", "text", "title"?, "source"?,
 * "published"?}}, parsed into an {@link Article} or into the reason it is not one — the one place
 * that decides what a valid record is, for {@code ArticleReader} and for other readers of the same
 * input (the Spark jobs of {@code tahqiq-spark}), so that they accept and reject exactly the same
 * lines with the same messages.
 *
 * <p>Parsing uses Jackson's streaming parser, straight from the line's chars into the fields of an
 * {@link Article}: no tree is built (only the captured field's value, if any, becomes a node). The
 * whole line is parsed before any field is checked, so that malformed JSON is reported as such
 * whatever the order of the fields.
 *
 * <p>{@code id} may be a string or an integer; {@code published} is an ISO-8601 date-time (an
 * offset is dropped: times are the publisher's wall clock) or date (its start); other fields are
 * ignored, apart from the one named by {@code captureField}. Duplicate keys in one object are an
 * error. Immutable and thread-safe.
 */
public final class JsonlRecord {
  /**
   * The streaming parser's factory for records without a captured field: jackson-core only, so a
   * run that captures nothing never initializes databind (whose date-format defaults load the
   * JDK's locale data, about 0.15 s of a cold start).
   */
  private static final JsonFactory RECORDS = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** The mapper for records with a captured field, whose value becomes a tree; loaded on first use. */
  private static final class Trees {
    static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // the captured field's value is read from inside the record; the record's end is checked here
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** A parser of JSONL records. */
  public static JsonlRecord parser() {
    return new JsonlRecord();
  }

  private JsonlRecord() {}

  /**
   * A parsed line: the article and the captured field's value, or the reason the line was
   * skipped (e.g. {@code missing "text"; line skipped}).
   *
   * @param article the article, absent when the line is invalid
   * @param field   the captured field's value when present and not null
   * @param error   why the line is not an article, absent when it is one
   */
  public record Parsed(Optional<Article> article, Optional<JsonNode> field, Optional<String> error) {
    /** Validates that exactly one of article and error is present. */
    public Parsed {
      Objects.requireNonNull(article, "article must not be null");
      Objects.requireNonNull(field, "field must not be null");
      Objects.requireNonNull(error, "error must not be null");
      if (article.isPresent() == error.isPresent()) {
        throw new IllegalArgumentException("exactly one of article and error must be present");
      }
    }

    static Parsed ok(Article article, Optional<JsonNode> field) {
      return new Parsed(Optional.of(article), field, Optional.empty());
    }

    static Parsed error(String message) {
      return new Parsed(Optional.empty(), Optional.empty(), Optional.of(message));
    }
  }

  /** Parses one non-blank JSONL line; never throws for any content. */
  public Parsed parse(String json) {
    return parse(json, Optional.empty());
  }

  /** Parses one non-blank JSONL line, also capturing the value of {@code captureField}. */
  public Parsed parse(String json, Optional<String> captureField) {
    Objects.requireNonNull(json, "json must not be null");
    return parse(json.toCharArray(), json.length(), captureField);
  }

  /**
   * Parses the first {@code length} chars of {@code chars} (one non-blank JSONL line, read but not
   * kept), also capturing the value of {@code captureField}; never throws for any content.
   */
  public Parsed parse(char[] chars, int length, Optional<String> captureField) {
    Objects.requireNonNull(chars, "chars must not be null");
    Objects.requireNonNull(captureField, "captureField must not be null");
    Objects.checkFromIndexSize(0, length, chars.length);
    Record r = new Record();
    try (JsonParser parser = captureField.isPresent()
        ? Trees.MAPPER.createParser(chars, 0, length)
        : RECORDS.createParser(ObjectReadContext.empty(), chars, 0, length)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        parser.skipChildren();
        checkEnd(parser);
        return Parsed.error("expected a JSON object, found " + type(first) + "; line skipped");
      }
      for (String field = parser.nextName(); field != null; field = parser.nextName()) {
        JsonToken value = parser.nextToken();
        if (captureField.isPresent() && captureField.get().equals(field)) {
          r.captured = Trees.MAPPER.readTree(parser);
          if (isKnown(field)) {
            // a known field that is also captured: its value is read from the captured node
            r.put(field, r.captured);
          }
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
      return Parsed.error("malformed JSON" + (column > 0 ? " at column " + column : "") + ": "
          + firstLine(e.getOriginalMessage()) + "; line skipped");
    }
    try {
      String id = r.id();
      String text = r.required("text", r.text);
      Article.Builder b = Article.builder(id, text);
      r.optional("source", r.source).filter(s -> !s.isBlank()).ifPresent(b::source);
      r.optional("title", r.title).ifPresent(b::title);
      r.optional("published", r.published).ifPresent(p -> b.published(parseTime(p)));
      Optional<JsonNode> field = Optional.ofNullable(r.captured).filter(v -> !v.isNull());
      return Parsed.ok(b.build(), field);
    } catch (BadField e) {
      return Parsed.error(e.getMessage() + "; line skipped");
    } catch (IllegalArgumentException e) {
      return Parsed.error("invalid article: " + e.getMessage() + "; line skipped");
    }
  }

  /**
   * {@code published} as the command line reads it: an ISO-8601 date-time (an offset is dropped)
   * or date (its start).
   *
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static LocalDateTime parsePublished(String s) {
    Objects.requireNonNull(s, "published must not be null");
    try {
      return parseTime(s);
    } catch (BadField e) {
      throw new IllegalArgumentException(e.getMessage());
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

  /**
   * An ISO-8601 date-time (local, or with an offset, whose local part is kept as the publisher's
   * wall-clock time) or date (taken as its start).
   */
  static LocalDateTime parseTime(String s) {
    // Which form it is, told apart without an exception: parseBest tries each query and throws
    // and catches one for every local date-time, about five stack traces per article of a feed
    // without offsets (a tenth of the reader thread's time). The local part is what both of its
    // queries kept: the fields of the date and of the time as written.
    try {
      if (readsWhole(DateTimeFormatter.ISO_DATE_TIME, s)) {
        return LocalDateTime.from(DateTimeFormatter.ISO_DATE_TIME.parse(s));
      }
      if (readsWhole(DateTimeFormatter.ISO_DATE, s)) {
        return LocalDate.parse(s, DateTimeFormatter.ISO_DATE).atStartOfDay();
      }
    } catch (DateTimeException outOfRange) {
      // the form of one, with a field out of range (2013-02-30): neither
    }
    throw new BadField("\"published\" is not an ISO-8601 date or date-time (e.g. 2013-01-23 or"
        + " 2013-01-23T21:28:59): \"" + s + "\"");
  }

  /** Whether {@code format} reads all of {@code s} (fields not yet checked); never throws. */
  private static boolean readsWhole(DateTimeFormatter format, String s) {
    ParsePosition at = new ParsePosition(0);
    return format.parseUnresolved(s, at) != null && at.getErrorIndex() < 0 && at.getIndex() == s.length();
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

  /** A field of a JSONL record that is missing or has the wrong type; its message names it. */
  private static final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadField(String message) {
      super(message, null, false, false);
    }
  }
}
