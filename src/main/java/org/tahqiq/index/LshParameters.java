package org.tahqiq.index;

import java.util.Arrays;

/**
 * The banding of an LSH index: a signature's first {@code bands × rows} components are cut into
 * {@code bands} bands of {@code rows} consecutive components, and two documents become candidates
 * when all components of at least one band agree.
 *
 * <p>For MinHash, each component agrees with probability equal to the Jaccard similarity {@code s}
 * of the two sets, independently, so a band agrees with probability {@code s^rows} and the pair is
 * a candidate with probability {@link #candidateProbability(double) 1 − (1 − s^rows)^bands}: an
 * S-shaped curve whose steep part sits near {@link #approximateThreshold()}.
 *
 * <p>{@link #optimal} balances false positives against false negatives. When recall comes first —
 * a pair at a given similarity must be missed with probability at most δ, whatever the seed —
 * {@link LshTables#forRecall} chooses the rows and several independent tables of this banding
 * from the miss probability {@code (1 − s^rows)^(tables·bands)}.
 *
 * <p>Immutable value; thread-safe.
 *
 * @param bands number of bands, at least 1
 * @param rows components per band, at least 1
 */
public record LshParameters(int bands, int rows) {

  /**
   * Subintervals of the composite Simpson rule used by {@link #optimal}, per integral. The
   * integrand is a polynomial of degree {@code bands·rows ≤ k}; with 4096 subintervals the rule's
   * error ({@code h⁴/180 · max|f⁗|}) stays below about 1e-9 for k ≤ 256, well under the gaps
   * between neighbouring parameter choices.
   */
  private static final int SIMPSON_INTERVALS = 4096;

  /**
   * Relative difference of two weighted errors below which {@link #optimal} treats them as equal;
   * far above the rounding of the sums (about 1e-15) and far below the Simpson error (1e-9).
   */
  private static final double TIE_TOLERANCE = 1e-12;

  /** Default weights of {@link #optimal(double, int)}: false positives and negatives count equally. */
  private static final double DEFAULT_WEIGHT = 0.5;

  /** Validates the banding. */
  public LshParameters {
    if (bands < 1) {
      throw new IllegalArgumentException("bands must be at least 1: " + bands);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1: " + rows);
    }
    if ((long) bands * rows > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "bands × rows overflows an int: " + bands + " × " + rows);
    }
  }

  /**
   * The banding for {@code numComponents}-component signatures that best separates pairs above
   * {@code threshold} from pairs below it, weighting false positives and false negatives equally.
   *
   * @see #optimal(double, int, double, double)
   */
  public static LshParameters optimal(double threshold, int numComponents) {
    return optimal(threshold, numComponents, DEFAULT_WEIGHT, DEFAULT_WEIGHT);
  }

  /**
   * The banding {@code b × r ≤ numComponents} minimising {@code falsePositiveWeight · FP +
   * falseNegativeWeight · FN}, where {@code FP = ∫₀ᵗ P(s) ds} is the area under the candidate
   * probability {@code P} below the threshold and {@code FN = ∫ₜ¹ (1 − P(s)) ds} the area it misses
   * above it (the criterion of datasketch's {@code MinHashLSH}, so the same inputs give the same
   * banding). Candidates are scanned with {@code b} ascending, then {@code r} ascending, and the
   * first strict minimum wins.
   *
   * <p>The integrals are computed with the composite Simpson rule on {@value #SIMPSON_INTERVALS}
   * subintervals of {@code [0, t]} and of {@code [t, 1]}. The cost is {@code O(k log k)} candidate
   * bandings times the grid size, one multiplication per grid point and banding (no
   * transcendental function in the inner loop): about a millisecond for k = 128.
   *
   * @param threshold Jaccard similarity separating wanted from unwanted pairs, in {@code [0, 1]}
   * @param numComponents the signatures' number of components, at least 1
   * @param falsePositiveWeight weight of the false-positive area, finite and {@code ≥ 0}
   * @param falseNegativeWeight weight of the false-negative area, finite and {@code ≥ 0}; the two
   *     weights must not both be zero (only their ratio matters)
   */
  public static LshParameters optimal(
      double threshold,
      int numComponents,
      double falsePositiveWeight,
      double falseNegativeWeight) {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
    }
    if (numComponents < 1) {
      throw new IllegalArgumentException("numComponents must be at least 1: " + numComponents);
    }
    requireWeights(falsePositiveWeight, falseNegativeWeight);

    // The grid points are shared by all bandings. Walking r upwards, s^r is the previous row
    // count's value times s, and the band-miss probability m(s) = 1 − s^r is tabulated once per r;
    // walking b upwards, (1 − s^r)^b is the previous band count's
    // value times m(s), so a banding costs one multiplication per grid point (no exp or pow).
    double[] below = grid(0.0, threshold);
    double[] above = grid(threshold, 1.0);
    double[] rowMatchBelow = new double[below.length]; // s^r, one more factor s per row count
    double[] rowMatchAbove = new double[above.length];
    Arrays.fill(rowMatchBelow, 1.0);
    Arrays.fill(rowMatchAbove, 1.0);
    double[] missBelow = new double[below.length];
    double[] missAbove = new double[above.length];
    double[] allMissBelow = new double[below.length];
    double[] allMissAbove = new double[above.length];
    double bestError = Double.POSITIVE_INFINITY;
    int bestBands = 0;
    int bestRows = 0;
    for (int r = 1; r <= numComponents; r++) {
      tabulateBandMiss(below, rowMatchBelow, missBelow);
      tabulateBandMiss(above, rowMatchAbove, missAbove);
      Arrays.fill(allMissBelow, 1.0);
      Arrays.fill(allMissAbove, 1.0);
      int maxBands = numComponents / r;
      for (int b = 1; b <= maxBands; b++) {
        // FP = ∫₀ᵗ (1 − (1 − s^r)^b) ds = t − ∫₀ᵗ (1 − s^r)^b ds;  FN = ∫ₜ¹ (1 − s^r)^b ds.
        double falsePositive = threshold - simpsonOfPowers(missBelow, allMissBelow, threshold);
        double falseNegative = simpsonOfPowers(missAbove, allMissAbove, 1.0 - threshold);
        double error = falsePositiveWeight * falsePositive + falseNegativeWeight * falseNegative;
        // Tie-break as datasketch scans: b ascending, then r ascending. Errors within
        // TIE_TOLERANCE (relative) are ties: exact ties (e.g. k = 2 at t = 0.5) must not be decided
        // by the rounding of the summation order.
        double tolerance = TIE_TOLERANCE * Math.max(error, bestError == Double.POSITIVE_INFINITY ? 0.0 : bestError);
        boolean better = error < bestError - tolerance;
        boolean tie = !better && Math.abs(error - bestError) <= tolerance;
        if (better || (tie && (b < bestBands || (b == bestBands && r < bestRows)))) {
          bestError = error;
          bestBands = b;
          bestRows = r;
        }
      }
    }
    return new LshParameters(bestBands, bestRows);
  }

  /** Number of signature components the bands use: {@code bands × rows}. */
  public int componentsUsed() {
    return bands * rows;
  }

  /**
   * Probability that two documents of Jaccard similarity {@code s} become candidates: {@code 1 −
   * (1 − s^rows)^bands}.
   *
   * @param s Jaccard similarity in {@code [0, 1]}
   */
  public double candidateProbability(double s) {
    if (!(s >= 0.0 && s <= 1.0)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + s);
    }
    double bandMatch = Math.pow(s, rows);
    if (bandMatch >= 1.0) {
      return 1.0;
    }
    return -Math.expm1(bands * Math.log1p(-bandMatch));
  }

  /**
   * The similarity {@code (1/bands)^(1/rows)} near which the candidate probability rises most
   * steeply: the threshold this banding effectively implements.
   */
  public double approximateThreshold() {
    return Math.pow(1.0 / bands, 1.0 / rows);
  }

  /** Throws unless both weights are finite, non-negative and not both zero. */
  static void requireWeights(double falsePositiveWeight, double falseNegativeWeight) {
    requireWeight("falsePositiveWeight", falsePositiveWeight);
    requireWeight("falseNegativeWeight", falseNegativeWeight);
    if (falsePositiveWeight == 0.0 && falseNegativeWeight == 0.0) {
      throw new IllegalArgumentException("falsePositiveWeight and falseNegativeWeight are both 0");
    }
  }

  private static void requireWeight(String name, double weight) {
    if (!(weight >= 0.0 && weight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and non-negative: " + weight);
    }
  }

  /** {@code SIMPSON_INTERVALS + 1} equally spaced points from {@code from} to {@code to}. */
  private static double[] grid(double from, double to) {
    double[] s = new double[SIMPSON_INTERVALS + 1];
    double h = (to - from) / SIMPSON_INTERVALS;
    for (int i = 0; i < s.length; i++) {
      s[i] = from + i * h;
    }
    s[SIMPSON_INTERVALS] = to; // exact end point, free of accumulated rounding
    return s;
  }

  /**
   * Advances {@code rowMatch[i]} from {@code s[i]^(r−1)} to {@code s[i]^r} and sets {@code out[i] =
   * 1 − s[i]^r}: the probability that one band of {@code r} rows disagrees.
   */
  private static void tabulateBandMiss(double[] s, double[] rowMatch, double[] out) {
    for (int i = 0; i < s.length; i++) {
      rowMatch[i] *= s[i];
      out[i] = 1.0 - rowMatch[i];
    }
  }

  /**
   * Multiplies each {@code power[i]} by {@code base[i]} (so that it goes from {@code base^(b−1)}
   * to {@code base^b}) and returns the composite Simpson integral of the new values over an
   * interval of the given length, on the equally spaced grid the arrays are tabulated on.
   */
  private static double simpsonOfPowers(double[] base, double[] power, double length) {
    int n = base.length - 1;
    double ends = 0.0;
    double odd = 0.0;
    double even = 0.0;
    for (int i = 0; i <= n; i++) {
      double value = power[i] * base[i];
      power[i] = value;
      if (i == 0 || i == n) {
        ends += value;
      } else if ((i & 1) == 1) {
        odd += value;
      } else {
        even += value;
      }
    }
    return (ends + 4.0 * odd + 2.0 * even) * (length / n) / 3.0;
  }
}
