package org.tahqiq.pipeline;

import java.util.Objects;
import org.tahqiq.article.Article;
import org.tahqiq.clean.CleanedArticle;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.text.MappedText;

/**
 * An article after the text pipeline: what the cleaner kept and removed, the normalized story text
 * (mapping back to raw offsets), and its shingle set. The input of deduplication, clustering and
 * fact extraction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cleaned    the cleaner's result, including the original article and every removal
 * @param normalized the cleaned story after Arabic normalization; offsets map into the raw text
 * @param shingles   the shingle hashes of {@code normalized}; empty for an article without content
 */
public record ProcessedArticle(CleanedArticle cleaned, MappedText normalized, ShingleSet shingles) {

  public ProcessedArticle {
    Objects.requireNonNull(cleaned, "cleaned must not be null");
    Objects.requireNonNull(normalized, "normalized must not be null");
    Objects.requireNonNull(shingles, "shingles must not be null");
  }

  /** The original article. */
  public Article article() {
    return cleaned.article();
  }

  /** The article's id. */
  public String id() {
    return cleaned.article().id();
  }
}
