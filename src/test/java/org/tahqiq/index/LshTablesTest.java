package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recall-first choice of tables: the formula, its guarantee, its limits. */
class LshTablesTest {

  @ParameterizedTest
  @CsvSource({"0.12, 0.001, 128, 8", "0.2, 0.001, 128, 4", "0.5, 0.0001, 64, 2", "0.05, 0.01, 256, 16",
      "0.3, 0.001, 16, 8", "0.9, 0.001, 128, 1"})
  void missProbabilityAtTheSimilarityIsAtMostTheBound(double s, double delta, int k, int maxTables) {
    LshTables t = LshTables.forRecall(s, delta, k, maxTables);
    assertTrue(t.tables() <= maxTables, t::toString);
    assertTrue(t.perTable().componentsUsed() <= k, t::toString);
    assertTrue(t.missProbability(s) <= delta, () -> t + " misses " + t.missProbability(s));
    // Above the similarity the guarantee only gets better.
    assertTrue(t.missProbability(Math.min(1, s + 0.05)) <= t.missProbability(s));
    // One table fewer would break it (the smallest number of tables for these rows is chosen).
    if (t.tables() > 1) {
      LshTables fewer = new LshTables(t.tables() - 1, t.perTable());
      assertTrue(fewer.missProbability(s) > delta, fewer::toString);
    }
    // More rows would need more tables than allowed (the largest row count is chosen).
    int rows = t.perTable().rows() + 1;
    if (rows <= k) {
      double bands = Math.log(delta) / Math.log1p(-Math.pow(s, rows));
      assertTrue(Math.ceil(bands / (k / rows)) > maxTables, "rows " + rows + " would fit: " + t);
    }
  }

  @Test
  void knownConfigurationOfTheEventClustererDefaults() {
    // J = 0.12, δ = 0.001, k = 128: two rows need ln(0.001) / ln(1 − 0.0144) ≈ 476 bands, 8 tables of 64.
    LshTables t = LshTables.forRecall(0.12, 0.001, 128, 8);
    assertEquals(new LshTables(8, new LshParameters(64, 2)), t);
    assertEquals(512, t.totalBands());
    assertEquals(Math.pow(1 - 0.0144, 512), t.missProbability(0.12), 1e-12);
    assertEquals(1 - t.missProbability(0.05), t.candidateProbability(0.05), 1e-12);
  }

  @Test
  void candidateProbabilityIsMonotoneAndReachesTheEnds() {
    LshTables t = new LshTables(3, new LshParameters(64, 2));
    assertEquals(0.0, t.candidateProbability(0.0), 0);
    assertEquals(1.0, t.candidateProbability(1.0), 0);
    assertEquals(0.0, t.missProbability(1.0), 0);
    double previous = 0;
    for (int i = 1; i <= 100; i++) {
      double p = t.candidateProbability(i / 100.0);
      assertTrue(p >= previous);
      previous = p;
    }
    // One table of the same banding is exactly LshParameters' S-curve.
    LshParameters p = new LshParameters(20, 5);
    assertEquals(p.candidateProbability(0.4), LshTables.single(p).candidateProbability(0.4), 1e-12);
  }

  @Test
  void impossibleOrInvalidRequestsFailNamingTheArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LshTables.forRecall(0.001, 1e-6, 8, 1));
    assertTrue(e.getMessage().contains("cannot be found"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LshTables.forRecall(0, 0.001, 128, 8));
    assertThrows(IllegalArgumentException.class, () -> LshTables.forRecall(0.5, 1, 128, 8));
    assertThrows(IllegalArgumentException.class, () -> LshTables.forRecall(0.5, 0.001, 0, 8));
    assertThrows(IllegalArgumentException.class, () -> LshTables.forRecall(0.5, 0.001, 128, 0));
    assertThrows(IllegalArgumentException.class, () -> new LshTables(0, new LshParameters(1, 1)));
    assertThrows(IllegalArgumentException.class, () -> new LshTables(1, new LshParameters(1, 1)).missProbability(1.5));
    assertThrows(IllegalArgumentException.class, () -> new LshTables(1, new LshParameters(1, 1)).candidateProbability(-0.1));
  }
}
