package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tahqiq.signature.Signature;

/**
 * The observed candidate rate follows the banding theory. With classic MinHash each component of
 * two sets agrees with probability equal to their Jaccard similarity {@code s}, independently, so a
 * band of {@code r} rows agrees with probability {@code s^r} and a pair is a candidate with
 * probability {@code 1 − (1 − s^r)^b} exactly. For {@code N} independent pairs the observed rate is
 * binomial; it must lie within four standard errors (plus 0.01 slack for the 2⁻³² low-bit
 * collisions and the mix functions' imperfect independence).
 */
class LshSCurveTest {
  private static final int K = 128;
  private static final int PAIRS = 400;
  private static final int UNION = 120;
  private static final double[] SIMILARITIES = {0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

  @Test
  void candidateRateFollowsTheSCurve() {
    SplittableRandom random = new SplittableRandom(20240611L);
    List<LshParameters> bandings =
        List.of(LshParameters.optimal(0.8, K), new LshParameters(20, 5), new LshParameters(32, 4));
    for (double target : SIMILARITIES) {
      int shared = (int) Math.round(target * UNION);
      int own = (UNION - shared) / 2;
      double s = shared / (double) (shared + 2 * own); // the exact Jaccard of every pair
      Signature[] stored = new Signature[PAIRS];
      Signature[] queries = new Signature[PAIRS];
      for (int i = 0; i < PAIRS; i++) {
        long[][] pair = TestMinHash.pair(random, shared, own);
        stored[i] = TestMinHash.sign(pair[0], K);
        queries[i] = TestMinHash.sign(pair[1], K);
      }
      for (LshParameters banding : bandings) {
        LshIndex index = LshIndex.builder().parameters(banding).numComponents(K).build();
        for (int i = 0; i < PAIRS; i++) {
          index.insert("p" + i, stored[i]);
        }
        int hits = 0;
        for (int i = 0; i < PAIRS; i++) {
          List<String> candidates = index.query(queries[i]);
          if (candidates.contains("p" + i)) {
            hits++;
          }
          // Pairs share no elements across i, so no other document may be a candidate.
          assertTrue(candidates.size() <= 1, "unrelated candidates " + candidates);
        }
        double expected = banding.candidateProbability(s);
        double observed = hits / (double) PAIRS;
        double tolerance = 4 * Math.sqrt(expected * (1 - expected) / PAIRS) + 0.01;
        assertEquals(
            expected, observed, tolerance, "s = " + s + ", " + banding + ": " + hits + "/" + PAIRS);
      }
    }
  }
}
