package org.tahqiq.dedup;

/**
 * How much of two texts' word order is shared, for the order check of {@link
 * SimilarityMeasure#REWRITES}: the longest common subsequence (LCS) of their word sequences whose
 * matched words stay near the same position, {@code |i − j| ≤ }{@value #MIN_BAND}{@code + min(|a|,
 * |b|) / }{@value #BAND_DIVISOR}.
 *
 * <p>Why aligned: a copy whose words were replaced by synonyms keeps every other word in its
 * place, so nearly all kept words match on the diagonal. Two different reports of one beat share
 * many words too, and an unrestricted LCS finds a long chance subsequence among the frequent ones
 * (on the 40k corpus, unrelated pairs with half their vocabulary shared reach an LCS of 0.5–0.6 of
 * their length); confined to a band around the diagonal those chance matches mostly fall away,
 * while the synonym-substituted copies of ExAra keep their value (median 0.67, as unrestricted).
 * The band grows with the text to absorb the drift of replacements of unequal length ("700" →
 * "سبع مائة").
 *
 * <p>Computed by the dynamic program of the LCS restricted to the band, {@code O(|a| · band)} time
 * and {@code O(|b|)} memory. Words are compared by their 32-bit token hashes (the low half of the
 * shingler's 64-bit ones): a collision between two different words of one pair has probability
 * about {@code |a| · band / 2^32} and can only lengthen the LCS by one. Stateless; thread-safe.
 */
final class WordOrder {

  /** Smallest half-width of the band around the diagonal, in words. */
  static final int MIN_BAND = 8;
  /** The band also grows by one word per this many words of the shorter text. */
  static final int BAND_DIVISOR = 10;

  private WordOrder() {}

  /** The 32-bit word hashes of a sequence of 64-bit shingle hashes (word 1-grams), in order. */
  static int[] words(long[] sequence) {
    int[] out = new int[sequence.length];
    for (int i = 0; i < sequence.length; i++) {
      out[i] = (int) sequence[i];
    }
    return out;
  }

  /**
   * The aligned order similarity of two word sequences: {@code 2 · LCS / (|a| + |b|)} with the LCS
   * restricted to the band, in [0, 1]; 0 when either is empty. Like Jaccard it is symmetric and
   * penalizes a length difference, so a short text cannot look like a copy of a long one.
   */
  static double similarity(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return 2.0 * alignedLcsLength(a, b) / ((double) a.length + b.length);
  }

  /** The length of the longest common subsequence of {@code a} and {@code b} within the band. */
  static int alignedLcsLength(int[] a, int[] b) {
    int n = a.length;
    int m = b.length;
    if (n == 0 || m == 0) {
      return 0;
    }
    int band = MIN_BAND + Math.min(n, m) / BAND_DIVISOR;
    // previous[j] / current[j]: LCS of a[0, i) and b[0, j) over paths inside the band; a cell
    // right of the band carries the row's last in-band value, a cell left of it is 0.
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - band);
      int hi = Math.min(m, i + band);
      if (lo > hi) {
        // The band has left b (a is much longer): nothing more can match.
        break;
      }
      current[lo - 1] = 0; // left of the band (or the empty prefix of b)
      for (int j = lo; j <= hi; j++) {
        current[j] = a[i - 1] == b[j - 1]
            ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      for (int j = hi + 1; j <= m; j++) {
        current[j] = current[hi];
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    int best = 0;
    for (int v : previous) {
      best = Math.max(best, v);
    }
    return best;
  }
}
