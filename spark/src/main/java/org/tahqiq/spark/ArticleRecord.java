package org.tahqiq.spark;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.tahqiq.article.Article;

/**
 * One article as a row of a Spark {@code Dataset}: the fields of {@link Article} as a Java bean
 * (Spark's bean encoder needs a no-argument constructor and setters), plus where it was read.
 * {@code published} is ISO-8601 local date-time ({@link DateTimeFormatter#ISO_LOCAL_DATE_TIME})
 * or null; {@code source} and {@code title} may be null. {@code ordinal} orders the input (file
 * by file, line by line) so that of two records with one id the first is kept, as the CLI keeps
 * it. {@code Serializable} only because Spark ships rows between JVMs; never stored that way.
 *
 * <p>Mutable bean, not thread-safe; {@link #toArticle()} validates as {@link Article} does.
 */
public final class ArticleRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private String id;
  private String source;
  private String published;
  private String title;
  private String text;
  private String location;
  private long ordinal;

  /** An empty record, for Spark's encoder. */
  public ArticleRecord() {}

  /** The record of {@code article}, read at {@code location}, {@code ordinal}-th in the input. */
  public static ArticleRecord of(Article article, String location, long ordinal) {
    Objects.requireNonNull(article, "article must not be null");
    ArticleRecord r = new ArticleRecord();
    r.id = article.id();
    r.source = article.source();
    r.published = article.published().map(DateTimeFormatter.ISO_LOCAL_DATE_TIME::format).orElse(null);
    r.title = article.title().orElse(null);
    r.text = article.text();
    r.location = location;
    r.ordinal = ordinal;
    return r;
  }

  /** The article; throws {@link IllegalArgumentException} for fields {@link Article} rejects. */
  public Article toArticle() {
    Article.Builder b = Article.builder(id, text);
    if (source != null) {
      b.source(source);
    }
    if (title != null) {
      b.title(title);
    }
    if (published != null) {
      b.published(LocalDateTime.parse(published, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }
    return b.build();
  }

  /**
   * The key that sorts records in {@link org.tahqiq.dedup.ArticleOrder}: dated articles first, by
   * time, then by id. Seconds of the publisher-local time read as UTC (only the order matters).
   */
  static long publishedSeconds(String published) {
    return published == null
        ? Long.MAX_VALUE
        : LocalDateTime.parse(published, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toEpochSecond(ZoneOffset.UTC);
  }

  static int publishedNanos(String published) {
    return published == null ? 0 : LocalDateTime.parse(published, DateTimeFormatter.ISO_LOCAL_DATE_TIME).getNano();
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getPublished() { return published; }
  public void setPublished(String published) { this.published = published; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getLocation() { return location; }
  public void setLocation(String location) { this.location = location; }
  public long getOrdinal() { return ordinal; }
  public void setOrdinal(long ordinal) { this.ordinal = ordinal; }
}
