package org.tahqiq.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of event clustering: a partition of the articles. Immutable.
 *
 * @param clusters every article in exactly one cluster (articles that match no other are
 *                 singleton clusters), ordered by their first members ({@link
 *                 org.tahqiq.dedup.ArticleOrder})
 * @param tooShort ids of articles with fewer terms than the clusterer's minimum, in the same
 *                 order; each is a singleton in {@code clusters} and never joined by emptiness
 */
public record ClusteringResult(List<EventCluster> clusters, List<String> tooShort) {

  public ClusteringResult {
    clusters = List.copyOf(Objects.requireNonNull(clusters, "clusters must not be null"));
    tooShort = List.copyOf(Objects.requireNonNull(tooShort, "tooShort must not be null"));
  }

  /** The clusters of two or more articles. */
  public List<EventCluster> multiArticleClusters() {
    return clusters.stream().filter(c -> !c.isSingleton()).toList();
  }

  /** Article id → cluster id, for every article; the input of {@link ClusterEvaluator}. */
  public Map<String, String> assignments() {
    Map<String, String> out = new HashMap<>();
    for (EventCluster c : clusters) {
      for (String a : c.articles()) {
        out.put(a, c.id());
      }
    }
    return out;
  }

  /** Number of articles. */
  public int articleCount() {
    return clusters.stream().mapToInt(EventCluster::size).sum();
  }
}
