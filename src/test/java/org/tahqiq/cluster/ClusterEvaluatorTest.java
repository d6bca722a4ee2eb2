package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pairwise and B-cubed measures on small examples computed by hand. */
class ClusterEvaluatorTest {
  private static final double EPS = 1e-12;

  @Test
  void workedExample() {
    // Gold: {a,b,c} {d,e}. Predicted: {a,b} {c,d,e}.
    Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");
    ClusterEvaluation e = ClusterEvaluator.evaluate(predicted, gold);
    // Predicted pairs: ab, cd, ce, de = 4; gold pairs: ab, ac, bc, de = 4; correct: ab, de = 2.
    assertEquals(4, e.predictedPairs());
    assertEquals(4, e.goldPairs());
    assertEquals(2, e.correctPairs());
    assertEquals(0.5, e.pairwisePrecision(), EPS);
    assertEquals(0.5, e.pairwiseRecall(), EPS);
    assertEquals(0.5, e.pairwiseF1(), EPS);
    // B-cubed precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15.
    assertEquals(11.0 / 15, e.bcubedPrecision(), EPS);
    // B-cubed recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15.
    assertEquals(11.0 / 15, e.bcubedRecall(), EPS);
    assertEquals(11.0 / 15, e.bcubedF1(), EPS);
  }

  @Test
  void asymmetricExample() {
    // Gold: {a,b,c,d}. Predicted: {a,b} {c} {d}.
    Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "X");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "3");
    ClusterEvaluation e = ClusterEvaluator.evaluate(predicted, gold);
    assertEquals(1.0, e.pairwisePrecision(), EPS); // 1 of 1
    assertEquals(1.0 / 6, e.pairwiseRecall(), EPS); // 1 of 6
    assertEquals(2 * (1.0 / 6) / (1 + 1.0 / 6), e.pairwiseF1(), EPS);
    assertEquals(1.0, e.bcubedPrecision(), EPS);
    // Recall: a 1/2, b 1/2, c 1/4, d 1/4 → 1.5 / 4.
    assertEquals(0.375, e.bcubedRecall(), EPS);
    assertEquals(2 * 0.375 / 1.375, e.bcubedF1(), EPS);
  }

  @Test
  void allSingletonsAgainstAllSingletonsIsPerfectByConvention() {
    Map<String, String> gold = Map.of("a", "X", "b", "Y");
    Map<String, String> predicted = Map.of("a", "1", "b", "2");
    ClusterEvaluation e = ClusterEvaluator.evaluate(predicted, gold);
    assertEquals(0, e.predictedPairs());
    assertEquals(1.0, e.pairwiseF1(), EPS);
    assertEquals(1.0, e.bcubedF1(), EPS);
  }

  @Test
  void everythingInOneClusterAgainstSingletons() {
    Map<String, String> gold = Map.of("a", "X", "b", "Y", "c", "Z");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "1");
    ClusterEvaluation e = ClusterEvaluator.evaluate(predicted, gold);
    assertEquals(0.0, e.pairwisePrecision(), EPS);
    assertEquals(1.0, e.pairwiseRecall(), EPS); // no gold pairs to find
    assertEquals(0.0, e.pairwiseF1(), EPS);
    assertEquals(1.0 / 3, e.bcubedPrecision(), EPS);
    assertEquals(1.0, e.bcubedRecall(), EPS);
  }

  @Test
  void fromClusteringResult() {
    ClusteringResult r = new ClusteringResult(
        List.of(new EventCluster("a", List.of("a", "b")), new EventCluster("c", List.of("c"))), List.of());
    ClusterEvaluation e = ClusterEvaluator.evaluate(r, Map.of("a", "X", "b", "X", "c", "X"));
    assertEquals(1.0, e.pairwisePrecision(), EPS);
    assertEquals(1.0 / 3, e.pairwiseRecall(), EPS);
  }

  @Test
  void mismatchedArticlesAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClusterEvaluator.evaluate(Map.of("a", "1", "b", "1"), Map.of("a", "X", "z", "X")));
    assertTrue(e.getMessage().contains("[b]") && e.getMessage().contains("[z]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClusterEvaluator.evaluate(Map.of(), Map.of()));
  }
}
