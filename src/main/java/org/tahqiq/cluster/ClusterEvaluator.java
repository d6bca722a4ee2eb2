package org.tahqiq.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Scores a clustering against gold labels: pairwise and B-cubed precision, recall and F1 (see
 * {@link ClusterEvaluation} for the definitions and the conventions on singletons and empty
 * denominators). Runs in time linear in the number of articles, from the contingency table of
 * predicted clusters × gold groups.
 *
 * <p>Stateless; thread-safe.
 */
public final class ClusterEvaluator {
  private ClusterEvaluator() {}

  /**
   * Evaluates {@code predicted} (article id → predicted cluster id) against {@code gold} (article id
   * → gold event id). Both must label exactly the same articles; label strings are only compared
   * for equality within each map.
   *
   * @throws IllegalArgumentException naming an article labelled in one map only, or if empty
   */
  public static ClusterEvaluation evaluate(Map<String, String> predicted, Map<String, String> gold) {
    Objects.requireNonNull(predicted, "predicted must not be null");
    Objects.requireNonNull(gold, "gold must not be null");
    if (!predicted.keySet().equals(gold.keySet())) {
      TreeSet<String> onlyPredicted = new TreeSet<>(predicted.keySet());
      onlyPredicted.removeAll(gold.keySet());
      TreeSet<String> onlyGold = new TreeSet<>(gold.keySet());
      onlyGold.removeAll(predicted.keySet());
      throw new IllegalArgumentException("predicted and gold must label the same articles; only predicted: "
          + head(onlyPredicted) + ", only gold: " + head(onlyGold));
    }
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("nothing to evaluate: no articles");
    }
    Map<String, Integer> predictedSizes = new HashMap<>();
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<Cell, Integer> cells = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = Objects.requireNonNull(predicted.get(e.getKey()), () -> "null predicted label of '" + e.getKey() + "'");
      String g = Objects.requireNonNull(e.getValue(), () -> "null gold label of '" + e.getKey() + "'");
      predictedSizes.merge(p, 1, Integer::sum);
      goldSizes.merge(g, 1, Integer::sum);
      cells.merge(new Cell(p, g), 1, Integer::sum);
    }
    long predictedPairs = 0;
    for (int n : predictedSizes.values()) {
      predictedPairs += pairs(n);
    }
    long goldPairs = 0;
    for (int n : goldSizes.values()) {
      goldPairs += pairs(n);
    }
    long correct = 0;
    double bp = 0;
    double br = 0;
    for (Map.Entry<Cell, Integer> e : cells.entrySet()) {
      long n = e.getValue();
      correct += pairs(n);
      // Each of the n articles of the cell has n agreeing articles in its predicted cluster.
      bp += (double) n * n / predictedSizes.get(e.getKey().predicted);
      br += (double) n * n / goldSizes.get(e.getKey().gold);
    }
    int articles = gold.size();
    double precision = predictedPairs == 0 ? 1.0 : (double) correct / predictedPairs;
    double recall = goldPairs == 0 ? 1.0 : (double) correct / goldPairs;
    bp /= articles;
    br /= articles;
    return new ClusterEvaluation(articles, predictedPairs, goldPairs, correct,
        precision, recall, f1(precision, recall), bp, br, f1(bp, br));
  }

  /** Evaluates a clustering result; see {@link #evaluate(Map, Map)}. */
  public static ClusterEvaluation evaluate(ClusteringResult result, Map<String, String> gold) {
    Objects.requireNonNull(result, "result must not be null");
    return evaluate(result.assignments(), gold);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  private static String head(TreeSet<String> ids) {
    if (ids.size() <= 5) {
      return ids.toString();
    }
    return ids.headSet(ids.stream().skip(5).findFirst().orElseThrow()) + " and " + (ids.size() - 5) + " more";
  }

  private record Cell(String predicted, String gold) {}
}
