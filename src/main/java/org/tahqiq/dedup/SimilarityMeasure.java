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
  CONTAINMENT,
  /**
   * Copies that were <em>edited</em>: phrases or words reordered, words replaced by synonyms.
   * Word n-grams do not survive reordering, so this mode compares the sets of an article's
   * distinct stemmed content words (unigrams, stopwords dropped) by their Jaccard similarity, and
   * requires the two texts' numbers to agree: when both state numbers, at least half of the
   * smaller set of distinct numbers must be in the larger (an edited copy keeps its figures; two
   * reports of one beat, "13 arrested" and "30 arrested", share their words but not them). Its
   * default threshold is {@value #DEFAULT_REWRITE_THRESHOLD} and an article needs at least {@value
   * #REWRITE_MIN_SHINGLES} distinct content words, so that a few common words never make two short
   * texts copies. Candidates come from the LSH index banded for that Jaccard threshold, as for
   * {@link #JACCARD}.
   *
   * <p>Chosen by measurement on ExAra/AraPlagDet passages mixed into 40,000 news articles
   * (benchmarks/README.md, "Matching you can rely on"): word 3-grams find no word-shuffled copy
   * and half the phrase-shuffled ones; stemmed content words find all of both (recall 0.99–1.00)
   * in any order. Containment of those sets (at 0.8) was tried first and dropped: a short article
   * is "contained" in a long one of the same beat, and about a third of the pairs it added were
   * not copies. Jaccard at 0.6 found a quarter of the synonym-substituted copies but a sample of
   * the pairs it added was 40 % false; at the default 0.75 the added pairs read 86 % true (pair
   * precision about 0.97 overall) and synonym recall is 0.05. Word sets cannot tell a light
   * rewrite of one agency story from the next report on the same case, so this mode is for
   * copies whose words were kept; weighting rare words (weighted MinHash) is the next step.
   * Precision first: the default mode stays {@link #JACCARD} over word 3-grams.
   */
  REWRITES;

  /** Smallest size ratio for which containment candidates are looked for reliably. */
  public static final double CONTAINMENT_SIZE_RATIO = 0.5;

  /** Default threshold of {@link #REWRITES}: Jaccard similarity of stemmed content-word sets. */
  public static final double DEFAULT_REWRITE_THRESHOLD = 0.75;

  /** Smallest number of distinct content words of an article compared in {@link #REWRITES} mode. */
  public static final int REWRITE_MIN_SHINGLES = 20;

  /** The Jaccard similarity the LSH index must find to serve a threshold {@code t} of this measure. */
  double jaccardFloor(double t) {
    if (this != CONTAINMENT) {
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
    if (this != CONTAINMENT || j <= 0) {
      return Math.max(0, Math.min(1, j));
    }
    double intersection = j * (a + b) / (1 + j);
    return Math.min(1, intersection / Math.min(a, b));
  }
}
