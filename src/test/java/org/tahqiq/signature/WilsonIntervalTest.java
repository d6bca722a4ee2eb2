package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

  @ParameterizedTest
  @CsvSource({"0.975, 1.959963984540054", "0.995, 2.5758293035489", "0.5, 0", "0.001, -3.090232306167813"})
  void normalQuantileMatchesTables(double p, double z) {
    assertEquals(z, JaccardEstimate.standardNormalQuantile(p), 1e-8);
  }

  @Test
  void intervalMatchesTheWilsonFormula() {
    // 30 of 100 at 95%, by hand: z = 1.95996, z^2/n = 0.038415, centre 0.319207 / 1.038415 = 0.307400,
    // half width 1.88746 * sqrt(0.0021 + 0.000096) = 0.088451. (The Wald interval is [0.2102, 0.3898].)
    JaccardEstimate e = JaccardEstimate.wilson(30, 100, 0.95);
    assertEquals(0.30, e.estimate(), 0);
    assertEquals(0.218949, e.lower(), 1e-5);
    assertEquals(0.395851, e.upper(), 1e-5);
  }

  @Test
  void intervalStaysInsideTheUnitIntervalAtTheExtremes() {
    JaccardEstimate none = JaccardEstimate.wilson(0, 64, 0.95);
    JaccardEstimate all = JaccardEstimate.wilson(64, 64, 0.95);
    assertEquals(0, none.lower(), 0);
    assertTrue(none.upper() > 0.04 && none.upper() < 0.07, none.toString());
    assertEquals(1, all.upper(), 0);
    assertTrue(all.lower() > 0.93 && all.lower() < 0.96, all.toString());
  }

  @Test
  void higherConfidenceGivesWiderInterval() {
    assertTrue(JaccardEstimate.wilson(40, 128, 0.99).width() > JaccardEstimate.wilson(40, 128, 0.9).width());
  }

  @Test
  void invalidConfidenceIsRejectedWithTheValue() {
    for (double c : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> JaccardEstimate.wilson(3, 10, c));
      assertTrue(e.getMessage().contains("confidence"), e.getMessage());
    }
  }

  /**
   * Over 2000 CLASSIC trials at several J the 95% interval must cover the true J in 95% +- 1.5% of
   * them: with 2000 Bernoulli(0.95) trials the coverage count has a standard deviation of 0.49%,
   * and the Wilson interval's own coverage error for k = 128 is well below 1%.
   */
  @Test
  void ninetyFivePercentIntervalCoversTheTrueJaccardNinetyFivePercentOfTheTime() {
    SplittableRandom rnd = new SplittableRandom(95);
    double[] targets = {0.2, 0.5, 0.7, 0.9};
    int trials = 2000;
    int covered = 0;
    for (int t = 0; t < trials; t++) {
      SetPair pair = SetPair.random(rnd, 300 + rnd.nextInt(300), targets[t % targets.length]);
      MinHasher hasher = MinHashPolicy.create(MinHashScheme.CLASSIC, 128, rnd.nextLong()).newHasher();
      JaccardEstimate e = hasher.sign(pair.a()).jaccard(hasher.sign(pair.b()));
      if (e.lower() <= pair.jaccard() && pair.jaccard() <= e.upper()) {
        covered++;
      }
    }
    double coverage = covered / (double) trials;
    assertTrue(Math.abs(coverage - 0.95) <= 0.015, "coverage " + coverage);
  }

  @Test
  void emptySignatureGivesAnExactZero() {
    MinHashPolicy policy = MinHashPolicy.defaults(64);
    Signature empty = policy.newHasher().sign();
    Signature some = policy.newHasher().sign(1L, 2L, 3L);
    JaccardEstimate e = empty.jaccard(some);
    assertEquals(new JaccardEstimate(0, 0, 0, 0, 64), e);
    assertEquals(new JaccardEstimate(0, 0, 0, 0, 64), empty.jaccard(empty));
  }

  @Test
  void recordRejectsInconsistentValues() {
    assertThrows(IllegalArgumentException.class, () -> new JaccardEstimate(0.5, 0.6, 0.7, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> new JaccardEstimate(0.5, 0.4, 0.6, 11, 10));
    assertThrows(IllegalArgumentException.class, () -> new JaccardEstimate(0.5, 0.4, 0.6, 5, 0));
  }
}
