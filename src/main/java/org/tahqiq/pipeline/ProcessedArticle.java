package org.tahqiq.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tahqiq.article.Article;
import org.tahqiq.clean.CleanedArticle;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.text.MappedText;
import org.tahqiq.token.AnalyzedText;

/**
 * An article after the text pipeline: what the cleaner kept and removed, the normalized story text
 * (mapping back to raw offsets), its shingle set, and the analysis of its text (tokens, stems,
 * sentences). The one input of deduplication, clustering, fact extraction and the fact diff: each
 * reads the text core's result from here instead of tokenizing or stemming again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cleaned    the cleaner's result, including the original article and every removal
 * @param normalized the cleaned story after Arabic normalization; offsets map into the raw text
 * @param shingles   the shingle hashes of {@code normalized}; empty for an article without content
 * @param analysis   the tokens, stems and sentences of {@code normalized}, by the pipeline's
 *                   stemmer; made on first use, so deduplication, which reads only the shingles,
 *                   does not pay for it
 */
public record ProcessedArticle(
    CleanedArticle cleaned, MappedText normalized, ShingleSet shingles, AnalyzedText analysis) {

  /**
   * @throws IllegalArgumentException if {@code analysis} is not of {@code normalized} (the same
   *     object)
   */
  public ProcessedArticle {
    Objects.requireNonNull(cleaned, "cleaned must not be null");
    Objects.requireNonNull(normalized, "normalized must not be null");
    Objects.requireNonNull(shingles, "shingles must not be null");
    Objects.requireNonNull(analysis, "analysis must not be null");
    if (analysis.text() != normalized) {
      throw new IllegalArgumentException("analysis must be of the normalized text");
    }
  }

  /** The original article. */
  public Article article() {
    return cleaned.article();
  }

  /** The article's id. */
  public String id() {
    return cleaned.article().id();
  }

  /**
   * Checks that {@code processed} holds no null and no id twice, as the stages that take a
   * collection of processed articles require.
   *
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException naming a repeated id
   */
  public static void requireDistinctIds(List<ProcessedArticle> processed) {
    Objects.requireNonNull(processed, "processed must not be null");
    Set<String> ids = new HashSet<>();
    for (ProcessedArticle p : processed) {
      Objects.requireNonNull(p, "processed must not contain null");
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("duplicate article id '" + p.id() + "'");
      }
    }
  }
}
