package org.tahqiq.cluster;

/**
 * Quality of a clustering against gold event labels. Immutable.
 *
 * <p><b>Pairwise</b> measures look at unordered pairs of articles: a pair is predicted when both
 * are in one predicted cluster, gold when both have one gold label. Precision = correct predicted
 * pairs / predicted pairs, recall = correct / gold pairs. <b>B-cubed</b> (Bagga and Baldwin 1998)
 * averages over articles: an article's precision is the fraction of its predicted cluster
 * (itself included) that shares its gold label, its recall the fraction of its gold group that is
 * in its predicted cluster.
 *
 * <p>Singletons: they form no pair, so they never count in the pairwise measures except by the
 * gold pairs they miss; in B-cubed every article counts once, and a predicted singleton has
 * precision 1. A measure whose denominator is 0 (no predicted pairs, or no gold pairs) is 1 by
 * convention: nothing was claimed wrongly, nothing was there to find. F1 is the harmonic mean, 0
 * when precision and recall are both 0.
 *
 * @param articles           number of articles evaluated
 * @param predictedPairs     pairs in the same predicted cluster
 * @param goldPairs          pairs with the same gold label
 * @param correctPairs       pairs that are both
 * @param pairwisePrecision  {@code correctPairs / predictedPairs}
 * @param pairwiseRecall     {@code correctPairs / goldPairs}
 * @param pairwiseF1         harmonic mean of the two
 * @param bcubedPrecision    mean per-article B-cubed precision
 * @param bcubedRecall       mean per-article B-cubed recall
 * @param bcubedF1           harmonic mean of the two
 */
public record ClusterEvaluation(
    int articles,
    long predictedPairs,
    long goldPairs,
    long correctPairs,
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1) {

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "pairwise P=%.3f R=%.3f F1=%.3f (%d correct of %d predicted, %d gold pairs); "
            + "B-cubed P=%.3f R=%.3f F1=%.3f; %d articles",
        pairwisePrecision, pairwiseRecall, pairwiseF1, correctPairs, predictedPairs, goldPairs,
        bcubedPrecision, bcubedRecall, bcubedF1, articles);
  }
}
