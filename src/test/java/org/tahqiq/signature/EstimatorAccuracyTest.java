package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jaccard estimator of every scheme against theory, on random set pairs of known similarity.
 *
 * <p>For each scheme, k and target J: {@value #PAIRS} pairs with unions of 200 to 2000 elements,
 * drawn from a fixed seed, signed with a policy seed that differs per pair. Per cell we assert:
 *
 * <ul>
 *   <li><b>no bias</b>: the mean error is within {@value #BIAS_Z} standard errors (from the observed
 *       spread) of 0. That is 3 standard errors corrected for the 45 cells tested together
 *       (Bonferroni): at a plain 3 per cell, some cell of an unbiased scheme would fail for about
 *       one fixed seed in nine; at 3.7 the family-wise false alarm rate is 1%. (A bias this test
 *       could miss, below about 0.006 at k = 256, was ruled out separately: 6,000 pairs per scheme
 *       gave |mean error| below 0.0004, about one standard error.)
 *   <li><b>CLASSIC variance</b>: each component of CLASSIC matches independently with probability
 *       J, so its RMSE must be within 20% of the binomial {@code sqrt(J(1-J)/k)} (the RMSE of 300
 *       errors has a relative standard error of about 4%, so 20% is a five-sigma band);
 *   <li><b>ONE_PERMUTATION and SUPER_MINHASH variance</b>: both sample the union without
 *       replacement and may be <em>more</em> accurate than binomial, so the upper bound is {@code
 *       1.2 sqrt(J(1-J)/k)}, and as a sanity floor at least half of it: with unions mostly much
 *       larger than k, no scheme is twice as accurate as independent sampling, and a smaller error
 *       would mean the test compared dependent quantities.
 * </ul>
 */
class EstimatorAccuracyTest {

  static final int PAIRS = 300;
  /** Two-sided z for a 1% family-wise error over 45 cells: Phi^-1(1 - 0.01 / 90) = 3.69. */
  static final double BIAS_Z = 3.7;
  static final double[] TARGET_J = {0.1, 0.3, 0.5, 0.8, 0.95};

  static Stream<Arguments> schemesAndK() {
    return Stream.of(MinHashScheme.values())
        .flatMap(s -> Stream.of(64, 128, 256).map(k -> Arguments.of(s, k)));
  }

  @ParameterizedTest(name = "{0} k={1}")
  @MethodSource("schemesAndK")
  void estimatesAreUnbiasedWithTheoreticalError(MinHashScheme scheme, int k) {
    for (double target : TARGET_J) {
      SplittableRandom rnd = new SplittableRandom(0x5eed_0000L + k * 31L + Math.round(target * 100));
      double sum = 0;
      double sumSquares = 0;
      double binomialVariance = 0;
      for (int p = 0; p < PAIRS; p++) {
        SetPair pair = SetPair.random(rnd, 200 + rnd.nextInt(1801), target);
        MinHasher hasher = MinHashPolicy.create(scheme, k, rnd.nextLong()).newHasher();
        double error = hasher.sign(pair.a()).estimateJaccard(hasher.sign(pair.b())) - pair.jaccard();
        sum += error;
        sumSquares += error * error;
        binomialVariance += pair.jaccard() * (1 - pair.jaccard()) / k;
      }
      double mean = sum / PAIRS;
      double rmse = Math.sqrt(sumSquares / PAIRS);
      double standardError = Math.sqrt((sumSquares / PAIRS - mean * mean) / (PAIRS - 1));
      double binomialRmse = Math.sqrt(binomialVariance / PAIRS);
      String cell = String.format(
          "%s k=%d J=%.2f: mean error %.5f (SE %.5f), RMSE %.5f vs binomial %.5f",
          scheme, k, target, mean, standardError, rmse, binomialRmse);

      assertTrue(Math.abs(mean) <= BIAS_Z * standardError, "biased: " + cell);
      double lowerFactor = scheme == MinHashScheme.CLASSIC ? 0.8 : 0.5;
      assertTrue(rmse <= 1.2 * binomialRmse, "too inaccurate: " + cell);
      assertTrue(rmse >= lowerFactor * binomialRmse, "implausibly accurate: " + cell);
    }
  }
}
