package org.tahqiq.diff;

import java.util.List;

/** Visits the sentence pairs of different articles whose content words overlap enough. */
final class SentencePairs {
  private SentencePairs() {}

  /** Receives one sentence pair and its weighted overlap. */
  @FunctionalInterface
  interface Visitor {
    void visit(ArticleEvidence a, int sa, ArticleEvidence b, int sb, double overlap);
  }

  /**
   * Calls {@code visitor} for every pair of sentences {@code sa} of {@code a} and {@code sb} of a
   * later article {@code b} whose {@link StemSets#dice weighted Dice overlap} is at least {@code
   * minOverlap}.
   */
  static void forEach(List<ArticleEvidence> articles, StemWeights weights, double minOverlap, Visitor visitor) {
    for (ArticleEvidence a : articles) {
      for (ArticleEvidence b : articles) {
        if (b.index <= a.index) {
          continue;
        }
        for (int sa = 0; sa < a.sentenceStems.size(); sa++) {
          for (int sb = 0; sb < b.sentenceStems.size(); sb++) {
            double overlap = StemSets.dice(a.sentenceStems.get(sa), b.sentenceStems.get(sb), weights);
            if (overlap >= minOverlap) {
              visitor.visit(a, sa, b, sb, overlap);
            }
          }
        }
      }
    }
  }
}
