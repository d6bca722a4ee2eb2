package org.tahqiq.report;

import java.util.List;
import java.util.Objects;
import org.tahqiq.diff.Fact;
import org.tahqiq.diff.Outcome;

/**
 * One event cluster of a report with the fact diff of its articles. Immutable.
 *
 * @param id       the cluster's id (the id of its first article, see {@link
 *                 org.tahqiq.cluster.EventCluster}; with an archive, the event's stable id, see
 *                 {@link org.tahqiq.cluster.EventStream#events()})
 * @param articles ids of the member articles, first article first
 * @param facts    the fact diff of the members, conflicts first (see {@link
 *                 org.tahqiq.diff.FactDiffReport#facts()}); empty for a single-article cluster
 *                 unless {@link NewsAnalysis.Builder#diffSingletons(boolean)} is on, since one
 *                 source alone has nothing to be compared with
 * @param archived the members held from earlier runs ({@link NewsAnalysis#analyzeAgainst}), in
 *                 the order of {@code articles}: listed there, but not among the report's
 *                 articles and not in the diff, since an archive keeps no text; empty otherwise
 */
public record ClusterReport(String id, List<String> articles, List<Fact> facts, List<String> archived) {

  /** A cluster without archived members. */
  public ClusterReport(String id, List<String> articles, List<Fact> facts) {
    this(id, articles, facts, List.of());
  }

  public ClusterReport {
    Objects.requireNonNull(id, "id must not be null");
    articles = List.copyOf(Objects.requireNonNull(articles, "articles must not be null"));
    facts = List.copyOf(Objects.requireNonNull(facts, "facts must not be null"));
    archived = List.copyOf(Objects.requireNonNull(archived, "archived must not be null"));
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("cluster '" + id + "' has no articles");
    }
    if (!new java.util.HashSet<>(articles).containsAll(archived)) {
      throw new IllegalArgumentException("cluster '" + id + "': archived members " + archived
          + " are not all among its articles " + articles);
    }
  }

  /** Whether the cluster has only one article. */
  public boolean isSingleton() {
    return articles.size() == 1;
  }

  /** The facts with the given outcome, in report order. */
  public List<Fact> withOutcome(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome must not be null");
    return facts.stream().filter(f -> f.outcome() == outcome).toList();
  }
}
