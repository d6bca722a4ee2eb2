package org.tahqiq.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tahqiq.article.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of the command line's JSONL input, {@code {"id", "text", "title"?, "source"?,
 * "published"?}}, parsed into an {@link Article} or into the reason it is not one — the one place
 * that decides what a valid record is, for {@code ArticleReader} and for other readers of the same
 * input (the Spark jobs of {@code tahqiq-spark}), so that they accept and reject exactly the same
 * lines with the same messages.
 *
 * <p>{@code id} may be a string or an integer; {@code published} is an ISO-8601 date-time (an
 * offset is dropped: times are the publisher's wall clock) or date (its start); other fields are
 * ignored, apart from the one named by {@code captureField}. Duplicate keys in one object are an
 * error. Immutable and thread-safe.
 */
public final class JsonlRecord {
  private final JsonMapper mapper = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

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
    Objects.requireNonNull(captureField, "captureField must not be null");
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JacksonException e) {
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      return Parsed.error("malformed JSON" + (column > 0 ? " at column " + column : "") + ": "
          + firstLine(e.getOriginalMessage()) + "; line skipped");
    }
    if (node == null || !node.isObject()) {
      return Parsed.error("expected a JSON object, found " + (node == null ? "nothing" : type(node))
          + "; line skipped");
    }
    try {
      String id = idOf(node);
      String text = required(node, "text");
      Article.Builder b = Article.builder(id, text);
      optionalString(node, "source").filter(s -> !s.isBlank()).ifPresent(b::source);
      optionalString(node, "title").ifPresent(b::title);
      optionalString(node, "published").ifPresent(p -> b.published(parseTime(p)));
      Optional<JsonNode> field = captureField.map(node::get).filter(v -> !v.isNull());
      return Parsed.ok(b.build(), field);
    } catch (BadField e) {
      return Parsed.error(e.getMessage() + "; line skipped");
    } catch (IllegalArgumentException e) {
      return Parsed.error("invalid article: " + e.getMessage() + "; line skipped");
    }
  }

  private static String idOf(JsonNode node) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw new BadField("missing \"id\"");
    }
    if (id.isString()) {
      return id.stringValue();
    }
    if (id.isIntegralNumber()) {
      return id.asString();
    }
    throw new BadField("\"id\" must be a string or an integer, found " + type(id));
  }

  private static String required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new BadField("missing \"" + field + "\"");
    }
    if (!v.isString()) {
      throw new BadField("\"" + field + "\" must be a string, found " + type(v));
    }
    return v.stringValue();
  }

  private static Optional<String> optionalString(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isString()) {
      throw new BadField("\"" + field + "\" must be a string, found " + type(v));
    }
    return Optional.of(v.stringValue());
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

  private static String type(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
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
