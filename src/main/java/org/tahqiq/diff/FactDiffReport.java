package org.tahqiq.diff;

import java.util.List;

/**
 * The fact diff of a set of articles. Immutable.
 *
 * @param articles the ids of the diffed articles, in the order given
 * @param facts    conflicts first (most confident first), then refinements, approximate
 *                 agreements, agreements, and claims only one source makes
 */
public record FactDiffReport(List<String> articles, List<Fact> facts) {
  public FactDiffReport {
    articles = List.copyOf(articles);
    facts = List.copyOf(facts);
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
