package org.tahqiq.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A set of articles found to report the same event. Immutable.
 *
 * <p>Members are ordered by {@link org.tahqiq.dedup.ArticleOrder} (earliest publication time, then
 * smallest id); the first member's id doubles as the cluster's id, so the same input always yields
 * the same cluster ids whatever its order.
 *
 * @param id       the id of the first member
 * @param articles ids of all members (one or more), first member first
 */
public record EventCluster(String id, List<String> articles) {

  public EventCluster {
    Objects.requireNonNull(id, "id must not be null");
    articles = List.copyOf(Objects.requireNonNull(articles, "articles must not be null"));
    if (articles.isEmpty() || !articles.get(0).equals(id)) {
      throw new IllegalArgumentException("articles must start with the cluster id '" + id + "': " + articles);
    }
    if (new HashSet<>(articles).size() != articles.size()) {
      throw new IllegalArgumentException("articles of cluster '" + id + "' repeat an id: " + articles);
    }
  }

  /** Number of member articles. */
  public int size() {
    return articles.size();
  }

  /** Whether the cluster has only one article. */
  public boolean isSingleton() {
    return articles.size() == 1;
  }
}
