package org.tahqiq.index;

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
   * bandings times the grid size: a few milliseconds for k = 128.
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

    // The grid points are shared by all bandings; per row count r we tabulate log(1 − s^r) once,
    // so each banding costs one expm1 per grid point: P(s) = 1 − (1 − s^r)^b = −expm1(b·log(1 − s^r)).
    double[] below = grid(0.0, threshold);
    double[] above = grid(threshold, 1.0);
    double[] logBelow = new double[below.length];
    double[] logAbove = new double[above.length];
    double bestError = Double.POSITIVE_INFINITY;
    int bestBands = 0;
    int bestRows = 0;
    for (int r = 1; r <= numComponents; r++) {
      tabulateLogMiss(below, r, logBelow);
      tabulateLogMiss(above, r, logAbove);
      int maxBands = numComponents / r;
      for (int b = 1; b <= maxBands; b++) {
        double falsePositive = simpson(logBelow, b, threshold, false);
        double falseNegative = simpson(logAbove, b, 1.0 - threshold, true);
        double error = falsePositiveWeight * falsePositive + falseNegativeWeight * falseNegative;
        // Tie-break as datasketch scans: b ascending, then r ascending.
        if (error < bestError || (error == bestError && (b < bestBands || (b == bestBands && r < bestRows)))) {
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

  /** {@code out[i] = log(1 − s[i]^r)}; −∞ where {@code s[i] = 1}. */
  private static void tabulateLogMiss(double[] s, int r, double[] out) {
    for (int i = 0; i < s.length; i++) {
      out[i] = Math.log1p(-Math.pow(s[i], r));
    }
  }

  /**
   * Composite Simpson integral over an interval of the given length of {@code P(s) = 1 − e^{b·L}}
   * (or of {@code 1 − P(s) = e^{b·L}} when {@code complement}), where {@code L} holds {@code log(1
   * − s^r)} on the equally spaced grid.
   */
  private static double simpson(double[] logMiss, int b, double length, boolean complement) {
    int n = logMiss.length - 1;
    double sum = 0.0;
    for (int i = 0; i <= n; i++) {
      double x = b * logMiss[i];
      double value = complement ? Math.exp(x) : -Math.expm1(x);
      int weight = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
      sum += weight * value;
    }
    return sum * (length / n) / 3.0;
  }
}
