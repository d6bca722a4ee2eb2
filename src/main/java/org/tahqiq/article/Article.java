package org.tahqiq.article;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as a caller hands it to Tahqiq: the raw text exactly as published, with the
 * metadata that later stages use (the source to tell outlets apart, the publication time to resolve
 * relative dates and to weigh event distance).
 *
 * <p>Immutable value; safe to share between threads. Invalid input fails fast with an
 * {@link IllegalArgumentException} (or {@link NullPointerException} for a null where a value is
 * required) whose message names the field.
 *
 * @param id        caller's identifier, unique within one analysis; never blank
 * @param source    the outlet that published it (a site name, an agency); never blank,
 *                  {@link #UNKNOWN_SOURCE} when the caller does not know it
 * @param published publisher-local wall-clock publication time, if known; its year in
 *                  {@link #MIN_YEAR}–{@link #MAX_YEAR}
 * @param title     the headline, if the caller has it separately from the body
 * @param text      the raw body text, possibly with publisher boilerplate; never null, may be empty
 */
public record Article(
    String id,
    String source,
    Optional<LocalDateTime> published,
    Optional<String> title,
    String text) {

  /** First year a publication time may have (times are resolved within years 1–9999). */
  public static final int MIN_YEAR = 1;

  /** Last year a publication time may have. */
  public static final int MAX_YEAR = 9999;

  /** The source of an article whose outlet the caller does not know. */
  public static final String UNKNOWN_SOURCE = "unknown";

  public Article {
    Objects.requireNonNull(id, "id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(source, "source must not be null (use Article.UNKNOWN_SOURCE)");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank (article id '" + id + "')");
    }
    Objects.requireNonNull(published, "published must not be null (use Optional.empty())");
    if (published.isPresent()
        && (published.get().getYear() < MIN_YEAR || published.get().getYear() > MAX_YEAR)) {
      throw new IllegalArgumentException("published " + published.get() + " is outside the years "
          + MIN_YEAR + "-" + MAX_YEAR + " (article id '" + id + "')");
    }
    Objects.requireNonNull(title, "title must not be null (use Optional.empty())");
    Objects.requireNonNull(text, "text must not be null (article id '" + id + "')");
  }

  /** An article with only an id and a body: unknown source, no time, no title. */
  public static Article of(String id, String text) {
    return new Article(id, UNKNOWN_SOURCE, Optional.empty(), Optional.empty(), text);
  }

  /** Starts a builder for an article with the given id and raw body text. */
  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  /**
   * Builder for {@link Article}; not thread-safe, validates on {@link #build()}. Setting an
   * optional field to {@code null} clears it.
   */
  public static final class Builder {
    private final String id;
    private final String text;
    private String source = UNKNOWN_SOURCE;
    private LocalDateTime published;
    private String title;

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    /** The publishing outlet; must not be blank. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Publisher-local publication time; {@code null} for unknown. */
    public Builder published(LocalDateTime published) {
      this.published = published;
      return this;
    }

    /** The headline; {@code null} or blank for none. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Article build() {
      return new Article(
          id,
          source,
          Optional.ofNullable(published),
          Optional.ofNullable(title).filter(t -> !t.isBlank()),
          text);
    }
  }
}
