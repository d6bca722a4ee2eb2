package org.tahqiq.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Inverse sentence frequency of stems within the diffed articles: words every source repeats in
 * every sentence of a story (the names of its protagonists) align sentences less than words that
 * only the sentences about one fact share ("آخر مرة زار", "آنذاك"). {@code w = ln((S + K) / (f +
 * 0.5))} for a stem in {@code f} of the {@code S} sentences, smoothed by {@code K =} {@link
 * #SMOOTHING} so that in a small group (two headlines) a shared word still weighs nearly as much as
 * an unshared one. Immutable once built.
 */
final class StemWeights implements ToDoubleFunction<String> {
  /** Pseudo-sentences added to the count; see the class comment. */
  static final int SMOOTHING = 10;
  private final Map<String, Integer> sentenceFrequency = new HashMap<>();
  private final int sentences;

  StemWeights(List<ArticleEvidence> articles) {
    int s = 0;
    for (ArticleEvidence a : articles) {
      for (Set<String> stems : a.sentenceStems) {
        s++;
        for (String stem : stems) {
          sentenceFrequency.merge(stem, 1, Integer::sum);
        }
      }
    }
    this.sentences = s;
  }

  @Override
  public double applyAsDouble(String stem) {
    int f = sentenceFrequency.getOrDefault(stem, 0);
    return Math.log((sentences + SMOOTHING) / (f + 0.5));
  }
}
