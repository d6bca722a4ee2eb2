package org.tahqiq.dedup;

import java.util.Objects;

/**
 * Two articles verified as near-duplicates, with the similarity that verified them.
 *
 * @param first      the id that comes first in {@link ArticleOrder}
 * @param second     the other id
 * @param similarity the detector's {@link SimilarityMeasure} of the two shingle sets, estimated from
 *                   their signatures (or exact, under {@link Verification#EXACT}), in [0, 1]
 */
public record DuplicatePair(String first, String second, double similarity) {
  public DuplicatePair {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
    }
  }
}
