package org.tahqiq.report;

import java.util.List;
import java.util.Objects;
import org.tahqiq.article.Article;
import org.tahqiq.clean.Removal;

/**
 * One analysed article as a report shows it: the article as given (its raw text is what every
 * offset of the report points into) and what the cleaner removed from it. Immutable.
 *
 * @param article  the article exactly as the caller gave it
 * @param removals the cleaner's removals, in text order, with raw offsets
 */
public record ArticleSummary(Article article, List<Removal> removals) {

  public ArticleSummary {
    Objects.requireNonNull(article, "article must not be null");
    removals = List.copyOf(Objects.requireNonNull(removals, "removals must not be null"));
  }

  /** The article's id. */
  public String id() {
    return article.id();
  }

  /**
   * Length of the raw text in UTF-16 code units (Java {@code char}s), the unit of every offset in
   * the report.
   */
  public int chars() {
    return article.text().length();
  }
}
