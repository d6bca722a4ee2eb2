package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures every scheme on the same real-article pairs ({@link ArticlePairs}) and checks the choice
 * of {@link MinHashScheme#defaultScheme()}: its root mean square estimation error must be no worse
 * than CLASSIC's. The pairs are fixed; the randomness is over {@value #POLICY_SEEDS} policy seeds.
 * Run {@link #main} to print the table the report quotes.
 */
class SchemeAccuracyTest {

  static final int POLICY_SEEDS = 60;
  static final int[] KS = {64, 128, 256};

  /**
   * Allowed excess of the default's RMSE over CLASSIC's: each RMSE is measured from ~2,400
   * estimates, so its relative standard error is about 1.5%; 5% is over three of them combined.
   */
  static final double TOLERANCE = 1.05;

  /** RMSE of each scheme at {@code k} over all article pairs and policy seeds. */
  static Map<MinHashScheme, Double> rmse(List<ArticlePairs.Labelled> pairs, int k) {
    Map<MinHashScheme, Double> out = new EnumMap<>(MinHashScheme.class);
    for (MinHashScheme scheme : MinHashScheme.values()) {
      double squares = 0;
      int n = 0;
      for (int s = 0; s < POLICY_SEEDS; s++) {
        MinHasher hasher = MinHashPolicy.create(scheme, k, 1000 + s).newHasher();
        for (ArticlePairs.Labelled p : pairs) {
          double e = hasher.sign(p.pair().a()).estimateJaccard(hasher.sign(p.pair().b())) - p.pair().jaccard();
          squares += e * e;
          n++;
        }
      }
      out.put(scheme, Math.sqrt(squares / n));
    }
    return out;
  }

  @Test
  void defaultSchemeIsNoLessAccurateThanClassicOnArticlePairs() {
    List<ArticlePairs.Labelled> pairs = ArticlePairs.all();
    for (int k : KS) {
      Map<MinHashScheme, Double> rmse = rmse(pairs, k);
      double def = rmse.get(MinHashScheme.defaultScheme());
      double classic = rmse.get(MinHashScheme.CLASSIC);
      assertTrue(def <= TOLERANCE * classic, "k=" + k + ": " + rmse);
    }
  }

  /** Prints the pairs' similarities and every scheme's RMSE; the numbers behind the default. */
  public static void main(String[] args) {
    List<ArticlePairs.Labelled> pairs = ArticlePairs.all();
    for (ArticlePairs.Labelled p : pairs) {
      System.out.printf(
          "%-36s J=%.3f |A|=%d |B|=%d%n", p.label(), p.pair().jaccard(), p.pair().a().length, p.pair().b().length);
    }
    for (int k : KS) {
      double meanBinomial = 0;
      for (ArticlePairs.Labelled p : pairs) {
        double j = p.pair().jaccard();
        meanBinomial += j * (1 - j) / k;
      }
      System.out.printf(
          "k=%d  binomial sqrt(J(1-J)/k) averaged: %.4f  RMSE: %s%n",
          k, Math.sqrt(meanBinomial / pairs.size()), rmse(pairs, k));
    }
  }
}
