package org.tahqiq.signature;

/**
 * An estimate of the Jaccard similarity of two sets from their signatures, with a confidence
 * interval.
 *
 * <p>{@code estimate = matches / k}, the fraction of equal components: each component matches with
 * probability J (up to false matches of distinct 32-bit values, rarer than {@code 2.4e-5} for sets
 * below 100,000 elements), so {@code matches} is treated as Binomial(k, J) and the estimate is
 * unbiased. {@code [lower, upper]} is the Wilson score interval for a binomial proportion (Wilson
 * 1927): unlike the normal ("Wald") interval it stays inside [0, 1] and keeps close to its nominal
 * coverage at 0 or k matches and for small k. For CLASSIC this is exact modelling; ONE_PERMUTATION
 * and SUPER_MINHASH sample without replacement and have lower variance, so their intervals are
 * conservative.
 *
 * <p>When either signature is {@linkplain Signature#isEmpty() empty} the similarity is 0 by
 * definition, not estimated: estimate, lower and upper are all 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param estimate the point estimate {@code matches / k}, in [0, 1]
 * @param lower lower end of the confidence interval, {@code 0 <= lower <= estimate}
 * @param upper upper end of the confidence interval, {@code estimate <= upper <= 1}
 * @param matches number of equal components, {@code 0 <= matches <= k}
 * @param k number of components compared, at least 1
 */
public record JaccardEstimate(double estimate, double lower, double upper, int matches, int k) {

  /** The confidence level of {@link Signature#jaccard(Signature)}. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /** Validates the invariants listed on the record components. */
  public JaccardEstimate {
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    if (matches < 0 || matches > k) {
      throw new IllegalArgumentException("matches must be in [0, k=" + k + "]: " + matches);
    }
    if (!(0 <= lower && lower <= estimate && estimate <= upper && upper <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= lower <= estimate <= upper <= 1: lower="
              + lower
              + ", estimate="
              + estimate
              + ", upper="
              + upper);
    }
  }

  /** The width {@code upper - lower} of the interval. */
  public double width() {
    return upper - lower;
  }

  /**
   * The estimate for {@code matches} equal components out of {@code k}, with a Wilson score
   * interval of the given two-sided confidence level.
   *
   * @throws IllegalArgumentException if {@code k < 1}, {@code matches} is outside [0, k] or {@code
   *     confidence} is not strictly between 0 and 1
   */
  public static JaccardEstimate wilson(int matches, int k, double confidence) {
    checkConfidence(confidence);
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    if (matches < 0 || matches > k) {
      throw new IllegalArgumentException("matches must be in [0, k=" + k + "]: " + matches);
    }
    double z = standardNormalQuantile(0.5 + confidence / 2);
    double p = matches / (double) k;
    double z2k = z * z / k;
    double center = (p + z2k / 2) / (1 + z2k);
    double half = z / (1 + z2k) * Math.sqrt(p * (1 - p) / k + z2k / (4.0 * k));
    // Rounding can push the bounds a few ulps past p or [0, 1]; p is always inside the exact interval.
    double lower = Math.min(Math.max(0, center - half), p);
    double upper = Math.max(Math.min(1, center + half), p);
    return new JaccardEstimate(p, lower, upper, matches, k);
  }

  /** The exact similarity 0 of a comparison involving an empty set. */
  static JaccardEstimate exactZero(int k) {
    return new JaccardEstimate(0, 0, 0, 0, k);
  }

  static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence must be strictly between 0 and 1: " + confidence);
    }
  }

  /**
   * The quantile function of the standard normal distribution, by Peter Acklam's rational
   * approximation (relative error below 1.2e-9, ample for interval bounds); {@code 0 < p < 1}.
   */
  static double standardNormalQuantile(double p) {
    final double pLow = 0.02425;
    if (p < pLow) {
      return tail(Math.sqrt(-2 * Math.log(p)));
    }
    if (p > 1 - pLow) {
      return -tail(Math.sqrt(-2 * Math.log1p(-p)));
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                        + 1.383577518672690e+02)
                    * r
                - 3.066479806614716e+01)
                * r
            + 2.506628277459239e+00)
        * q
        / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                        + 6.680131188771972e+01)
                    * r
                - 1.328068155288572e+01)
                * r
            + 1);
  }

  /** Acklam's lower-tail approximation in terms of {@code q = sqrt(-2 ln p)}. */
  private static double tail(double q) {
    return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                        - 2.549732539343734e+00)
                    * q
                + 4.374664141464968e+00)
                * q
            + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                    + 3.754408661907416e+00)
                * q
            + 1);
  }
}
