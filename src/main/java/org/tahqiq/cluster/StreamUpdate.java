package org.tahqiq.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened when one article was added to an {@link EventStream}. Immutable.
 *
 * @param articleId the added article's id
 * @param status    how the article was taken in
 * @param cluster   the event cluster that contains it now (a singleton if it matches nothing);
 *                  empty when it was {@link Status#EXPIRED}
 * @param retired   ids of the articles this add pushed out of the time window (possibly including
 *                  the added one), in {@link org.tahqiq.dedup.ArticleOrder}
 */
public record StreamUpdate(String articleId, Status status, Optional<EventCluster> cluster, List<String> retired) {

  /** The outcome of adding an article. */
  public enum Status {
    /** The article is in the stream; {@code cluster} says with which others. */
    CLUSTERED,
    /** The article is in the stream but has too few terms to be compared: a singleton. */
    TOO_SHORT,
    /** The article is older than the window allows and was dropped at once. */
    EXPIRED
  }

  public StreamUpdate {
    Objects.requireNonNull(articleId, "articleId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(cluster, "cluster must not be null");
    retired = List.copyOf(Objects.requireNonNull(retired, "retired must not be null"));
  }
}
