package org.tahqiq.dedup;

/**
 * What "near-duplicate" measures between two shingle sets A and B.
 *
 * <p>Both are derived from the same MinHash signatures: with estimated Jaccard {@code J} and the
 * set sizes, the intersection is {@code J(|A|+|B|)/(1+J)}, so containment needs no extra sketch.
 */
public enum SimilarityMeasure {
  /**
   * Jaccard resemblance {@code |A∩B| / |A∪B|}: the standard in the field (datasketch, text-dedup);
   * symmetric in size, so a copy that lost a third of the story scores about 0.67.
   */
  JACCARD,
  /**
   * Containment of the smaller set in the larger, {@code |A∩B| / min(|A|,|B|)}: a republication that
   * cut paragraphs, or a brief that was later expanded, still scores near 1. Candidates come from an
   * LSH index tuned to the Jaccard that containment {@code t} implies when the smaller article has
   * at least half the shingles of the larger ({@link #CONTAINMENT_SIZE_RATIO}); more unequal pairs
   * may be missed.
   */
  CONTAINMENT;

  /** Smallest size ratio for which containment candidates are looked for reliably. */
  public static final double CONTAINMENT_SIZE_RATIO = 0.5;

  /** The Jaccard similarity the LSH index must find to serve a threshold {@code t} of this measure. */
  double jaccardFloor(double t) {
    if (this == JACCARD) {
      return t;
    }
    double rho = CONTAINMENT_SIZE_RATIO;
    return t * rho / (1 + rho - t * rho);
  }

  /**
   * This measure from an (estimated or exact) Jaccard similarity {@code j} of sets of sizes
   * {@code a} and {@code b}, clamped to [0, 1].
   */
  double fromJaccard(double j, int a, int b) {
    if (this == JACCARD || j <= 0) {
      return Math.max(0, Math.min(1, j));
    }
    double intersection = j * (a + b) / (1 + j);
    return Math.min(1, intersection / Math.min(a, b));
  }
}
