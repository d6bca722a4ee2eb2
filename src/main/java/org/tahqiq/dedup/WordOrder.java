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
    return a.length == 0 || b.length == 0 ? 0 : lcs(a, b, band(a, b), null);
  }

  /** The band's half-width for {@code a} and {@code b}. */
  private static int band(int[] a, int[] b) {
    return MIN_BAND + Math.min(a.length, b.length) / BAND_DIVISOR;
  }

  /**
   * The dynamic program of the LCS restricted to the band, for non-empty {@code a} and {@code b};
   * returns its length. With a {@code direction} array ({@code |a| · (2·band + 1)} bytes) it also
   * records, for the in-band cell {@code (i, j)} at {@code [(i − 1)·width + (j − i + band)]}, the
   * step that made it ({@link #DIAGONAL}, {@link #UP}, {@link #LEFT}), for {@link #align} to trace.
   */
  private static int lcs(int[] a, int[] b, int band, byte[] direction) {
    int n = a.length;
    int m = b.length;
    int width = 2 * band + 1;
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
      int base = (i - 1) * width - i + band;
      for (int j = lo; j <= hi; j++) {
        int up = previous[j];
        int left = current[j - 1];
        byte d;
        if (a[i - 1] == b[j - 1]) {
          current[j] = previous[j - 1] + 1; // never below up or left
          d = DIAGONAL;
        } else if (up >= left) {
          current[j] = up;
          d = UP;
        } else {
          current[j] = left;
          d = LEFT;
        }
        if (direction != null) {
          direction[base + j] = d;
        }
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

  /**
   * What an in-place alignment of two word sequences of lengths {@code lengthA} and {@code
   * lengthB} explains: {@code matched} words kept in place (the aligned LCS), and in each text the
   * words {@code substitutedA} / {@code substitutedB} of short runs that differ while the words on
   * both sides match (as many words in each text, or one more in one of them: a replacement by a
   * synonym or a spelled-out figure). The other words are left over: stretches only one text has,
   * or longer rewrites; {@code longestInsertion} is the longest such gap (its longer side).
   */
  record Alignment(int lengthA, int lengthB, int matched, int substitutedA, int substitutedB,
      int longestInsertion) {

    /**
     * The share of both texts' words that the alignment explains as kept or replaced in place,
     * {@code (2·matched + substitutedA + substitutedB) / (|a| + |b|)}, in [0, 1]; 0 for two empty
     * sequences.
     */
    double inPlaceShare() {
      long total = (long) lengthA + lengthB;
      return total == 0 ? 0 : (2.0 * matched + substitutedA + substitutedB) / total;
    }

    /** The aligned order similarity {@code 2·matched / (|a| + |b|)}, as {@link #similarity}. */
    double orderSimilarity() {
      long total = (long) lengthA + lengthB;
      return total == 0 ? 0 : 2.0 * matched / total;
    }
  }

  /** Longest run of differing words between two matched ones that still counts as a substitution. */
  static final int MAX_SUBSTITUTION = 3;

  /**
   * The in-place alignment of {@code a} and {@code b}: the aligned LCS of {@link #alignedLcsLength}
   * traced back, and each gap between consecutive matched words (and before the first, after the
   * last) classified as a substitution when its two sides have at most {@value #MAX_SUBSTITUTION}
   * words and differ in length by at most one, else as insertions. {@code O(|a| · band)} time and
   * bytes.
   */
  static Alignment align(int[] a, int[] b) {
    int n = a.length;
    int m = b.length;
    if (n == 0 || m == 0) {
      return new Alignment(n, m, 0, 0, 0, Math.max(n, m));
    }
    int band = band(a, b);
    int width = 2 * band + 1;
    byte[] direction = new byte[Math.multiplyExact(n, width)];
    lcs(a, b, band, direction);
    int rows = Math.min(n, m + band); // the rows the band reaches
    // Trace back from the end of both texts; the anchors come out last first.
    int[] anchorsA = new int[Math.min(n, m)];
    int[] anchorsB = new int[Math.min(n, m)];
    int count = 0;
    int i = rows;
    int j = m;
    while (i > 0 && j > 0) {
      int hi = Math.min(m, i + band);
      int lo = Math.max(1, i - band);
      if (j > hi) {
        j = hi; // right of the band: the row's last in-band value was carried
        continue;
      }
      if (j < lo) {
        break; // left of the band: nothing matched before
      }
      byte d = direction[(i - 1) * width - i + band + j];
      if (d == DIAGONAL) {
        anchorsA[count] = i - 1;
        anchorsB[count] = j - 1;
        count++;
        i--;
        j--;
      } else if (d == UP) {
        i--;
      } else {
        j--;
      }
    }
    int substitutedA = 0;
    int substitutedB = 0;
    int longest = 0;
    int endA = n; // the gap before the anchor at (endA, endB), walking back
    int endB = m;
    for (int k = 0; k <= count; k++) {
      int startA = k < count ? anchorsA[k] + 1 : 0;
      int startB = k < count ? anchorsB[k] + 1 : 0;
      int gapA = endA - startA;
      int gapB = endB - startB;
      if (Math.max(gapA, gapB) <= MAX_SUBSTITUTION && Math.abs(gapA - gapB) <= 1) {
        substitutedA += gapA;
        substitutedB += gapB;
      } else {
        longest = Math.max(longest, Math.max(gapA, gapB));
      }
      if (k < count) {
        endA = anchorsA[k];
        endB = anchorsB[k];
      }
    }
    return new Alignment(n, m, count, substitutedA, substitutedB, longest);
  }

  private static final byte DIAGONAL = 1;
  private static final byte UP = 2;
  private static final byte LEFT = 3;
}
