package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LshParametersTest {

  /**
   * Expected bandings are those of datasketch's {@code MinHashLSH._optimal_param} (same criterion,
   * same scan order), computed with its SciPy {@code quad} integrals for these inputs.
   */
  @ParameterizedTest
  @CsvSource({
    "0.9, 128, 0.5, 0.5, 5, 25",
    "0.8, 128, 0.5, 0.5, 9, 13",
    "0.5, 128, 0.5, 0.5, 25, 5",
    "0.5, 64, 0.5, 0.5, 14, 4",
    "0.7, 256, 0.5, 0.5, 25, 10",
    "0.8, 128, 0.9, 0.1, 6, 21",
  })
  void optimalAgreesWithDatasketch(
      double threshold, int k, double fpWeight, double fnWeight, int bands, int rows) {
    assertEquals(
        new LshParameters(bands, rows), LshParameters.optimal(threshold, k, fpWeight, fnWeight));
  }

  /**
   * Independent check against closed-form integrals: for {@code b ≤ 12} the binomial expansion of
   * {@code (1 − s^r)^b} integrates exactly, so the optimiser's Simpson quadrature must pick the
   * banding that the exact error ranks first among all bandings with few bands.
   */
  @ParameterizedTest
  @CsvSource({"0.9, 128, 0.5", "0.8, 128, 0.5", "0.8, 128, 0.9", "0.85, 100, 0.3"})
  void optimalMinimisesTheExactWeightedError(double threshold, int k, double fpWeight) {
    double fnWeight = 1.0 - fpWeight;
    LshParameters chosen = LshParameters.optimal(threshold, k, fpWeight, fnWeight);
    assertTrue(chosen.bands() <= 12, "test premise: few bands, got " + chosen);
    assertTrue(chosen.componentsUsed() <= k);
    double best = exactError(threshold, chosen, fpWeight, fnWeight);
    for (int b = 1; b <= 12; b++) {
      for (int r = 1; b * r <= k; r++) {
        LshParameters other = new LshParameters(b, r);
        assertTrue(
            best <= exactError(threshold, other, fpWeight, fnWeight) + 1e-12,
            chosen + " is beaten by " + other);
      }
    }
  }

  @Test
  void defaultThresholdBandingCrossesMidProbabilityNearThreshold() {
    LshParameters p = LshParameters.optimal(0.8, 128);
    double atThreshold = p.candidateProbability(0.8);
    assertTrue(atThreshold > 0.25 && atThreshold < 0.75, "P(0.8) = " + atThreshold);
    assertTrue(p.candidateProbability(0.6) < 0.05);
    assertTrue(p.candidateProbability(0.95) > 0.99);
  }

  @Test
  void extremeThresholdsGiveTheExtremeBandings() {
    // t = 1: no false negatives possible, so minimise the false-positive area: one band of all rows.
    assertEquals(new LshParameters(1, 128), LshParameters.optimal(1.0, 128));
    // t = 0: no false positives possible, so maximise recall: every component its own band.
    assertEquals(new LshParameters(128, 1), LshParameters.optimal(0.0, 128));
  }

  @Test
  void candidateProbabilityIsTheBandingFormula() {
    LshParameters p = new LshParameters(9, 13);
    assertEquals(0.0, p.candidateProbability(0.0));
    assertEquals(1.0, p.candidateProbability(1.0));
    for (double s = 0.05; s < 1.0; s += 0.05) {
      assertEquals(1 - Math.pow(1 - Math.pow(s, 13), 9), p.candidateProbability(s), 1e-12);
    }
    double previous = 0.0;
    for (int i = 1; i <= 100; i++) {
      double value = p.candidateProbability(i / 100.0);
      assertTrue(value >= previous, "monotone at " + i);
      previous = value;
    }
  }

  @Test
  void approximateThresholdIsWhereOneBandIsExpectedToMatch() {
    // At s = (1/b)^(1/r) a band matches with probability exactly 1/b.
    for (LshParameters p :
        new LshParameters[] {new LshParameters(9, 13), new LshParameters(20, 5), new LshParameters(1, 7)}) {
      double b = p.bands();
      assertEquals(
          1 - Math.pow(1 - 1 / b, b), p.candidateProbability(p.approximateThreshold()), 1e-12);
    }
  }

  /**
   * The bandings chosen over a grid of k, thresholds and weights, pinned by a SHA-256 of their
   * listing as the first implementation (one exp per grid point and banding) chose them: a
   * faster evaluation of the same criterion must choose the same bandings, exact ties included
   * (k = 2 and 3 at t = 0.5 are ties between 1 × 1 and 2 × 1, which the scan order decides).
   */
  @Test
  void optimalChoicesArePinnedOverAGrid() throws Exception {
    StringBuilder listing = new StringBuilder();
    for (int k : new int[] {1, 2, 3, 8, 16, 64, 128}) {
      for (int t = 0; t <= 100; t += 5) {
        for (double fpWeight : new double[] {0.5, 0.1}) {
          LshParameters p = LshParameters.optimal(t / 100.0, k, fpWeight, 1 - fpWeight);
          listing.append(k).append(' ').append(t).append(' ').append(fpWeight).append(' ').append(p).append('\n');
        }
      }
    }
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
        .digest(listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        "42a93e1fab6db9c33ee48ccc2c668888a4c642eb24063bc3e8d7bfc697d075b9",
        java.util.HexFormat.of().formatHex(digest),
        listing.toString());
  }

  @Test
  void invalidArgumentsAreRejectedWithTheirValue() {
    assertMessage(() -> new LshParameters(0, 5), "bands must be at least 1: 0");
    assertMessage(() -> new LshParameters(3, -1), "rows must be at least 1: -1");
    assertMessage(() -> new LshParameters(1 << 16, 1 << 16), "overflows");
    assertMessage(() -> LshParameters.optimal(Double.NaN, 128), "threshold must be in [0, 1]: NaN");
    assertMessage(() -> LshParameters.optimal(1.2, 128), "1.2");
    assertMessage(() -> LshParameters.optimal(0.8, 0), "numComponents must be at least 1: 0");
    assertMessage(() -> LshParameters.optimal(0.8, 128, -0.1, 1), "falsePositiveWeight");
    assertMessage(() -> LshParameters.optimal(0.8, 128, 0.5, Double.POSITIVE_INFINITY), "falseNegativeWeight");
    assertMessage(() -> LshParameters.optimal(0.8, 128, 0, 0), "both 0");
    assertMessage(() -> new LshParameters(2, 2).candidateProbability(-0.5), "-0.5");
  }

  private static void assertMessage(Runnable action, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  private static double exactError(double t, LshParameters p, double fpWeight, double fnWeight) {
    // G(x) = ∫₀ˣ (1 − s^r)^b ds = Σⱼ C(b,j) (−1)ʲ x^{rj+1} / (rj+1)
    double falsePositive = t - missIntegral(t, p);
    double falseNegative = missIntegral(1.0, p) - missIntegral(t, p);
    return fpWeight * falsePositive + fnWeight * falseNegative;
  }

  private static double missIntegral(double x, LshParameters p) {
    int b = p.bands();
    int r = p.rows();
    double sum = 0.0;
    double binomial = 1.0;
    for (int j = 0; j <= b; j++) {
      sum += (j % 2 == 0 ? 1 : -1) * binomial * Math.pow(x, r * j + 1) / (r * j + 1);
      binomial = binomial * (b - j) / (j + 1);
    }
    return sum;
  }
}
