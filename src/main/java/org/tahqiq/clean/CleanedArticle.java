package org.tahqiq.clean;

import java.util.List;
import java.util.Objects;
import org.tahqiq.article.Article;
import org.tahqiq.text.MappedText;

/**
 * The main story of an article with publisher boilerplate removed, plus a record of every
 * removal.
 *
 * <p>{@link #text()} maps into {@code article.text()}: every char of the kept story is a raw char
 * and maps to its own raw offset, so later stages can point at evidence in the original text.
 * Kept lines keep their raw content (minus leading/trailing blanks) and are joined by the raw line
 * break that followed them; a run of blank or removed lines that contained at least one blank line
 * becomes exactly one blank line (a paragraph break). Every raw char is either in the kept text,
 * inside a {@link Removal#raw()} span, or blank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article  the article that was cleaned, unchanged
 * @param text     the kept story, mapped into {@code article.text()}
 * @param removals what was removed, ordered by raw offset, never overlapping
 */
public record CleanedArticle(Article article, MappedText text, List<Removal> removals) {

  public CleanedArticle {
    Objects.requireNonNull(article, "article must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(removals, "removals must not be null");
    if (!text.raw().equals(article.text())) {
      throw new IllegalArgumentException(
          "text must map into the text of article '" + article.id() + "'");
    }
    removals = List.copyOf(removals);
  }

  /** The removals with the given reason, in raw order. */
  public List<Removal> removals(RemovalReason reason) {
    Objects.requireNonNull(reason, "reason must not be null");
    return removals.stream().filter(r -> r.reason() == reason).toList();
  }
}
