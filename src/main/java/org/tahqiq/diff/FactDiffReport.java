package org.tahqiq.diff;

import java.util.List;
import java.util.Map;

/**
 * The fact diff of a set of articles. Immutable.
 *
 * @param articles the ids of the diffed articles, in the order given
 * @param facts    conflicts first (most confident first), then refinements, approximate
 *                 agreements, agreements, and claims only one source makes
 * @param sentencesNotCompared for each article longer than the diff's sentence bound ({@link
 *                 FactDiff.Builder#maxSentences(int)}), how many of its last sentences were not
 *                 compared; articles compared in full are absent
 */
public record FactDiffReport(List<String> articles, List<Fact> facts, Map<String, Integer> sentencesNotCompared) {
  public FactDiffReport {
    articles = List.copyOf(articles);
    facts = List.copyOf(facts);
    sentencesNotCompared = Map.copyOf(sentencesNotCompared);
  }

  /** A report of articles that were all compared in full. */
  public FactDiffReport(List<String> articles, List<Fact> facts) {
    this(articles, facts, Map.of());
  }

  /** The facts with outcome {@link Outcome#CONFLICT}. */
  public List<Fact> conflicts() {
    return facts.stream().filter(f -> f.outcome() == Outcome.CONFLICT).toList();
  }

  /** The facts with the given outcome. */
  public List<Fact> withOutcome(Outcome outcome) {
    return facts.stream().filter(f -> f.outcome() == outcome).toList();
  }
}
