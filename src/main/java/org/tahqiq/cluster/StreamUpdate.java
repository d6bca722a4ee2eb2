package org.tahqiq.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tahqiq.article.ArticleFailure;

/**
 * What happened when one article was added to an {@link EventStream}. Immutable.
 *
 * @param articleId the added article's id
 * @param status    how the article was taken in
 * @param cluster   the event cluster that contains it now (a singleton if it matches nothing);
 *                  empty when it was {@link Status#EXPIRED}
 * @param retired   ids of the articles this add pushed out of the time window (possibly including
 *                  the added one), in {@link org.tahqiq.dedup.ArticleOrder}
 * @param failure   why it was skipped, exactly when the status is {@link Status#FAILED}
 */
public record StreamUpdate(String articleId, Status status, Optional<EventCluster> cluster,
    List<String> retired, Optional<ArticleFailure> failure) {

  /** The outcome of adding an article. */
  public enum Status {
    /** The article is in the stream; {@code cluster} says with which others. */
    CLUSTERED,
    /** The article is in the stream but has too few terms to be compared: a singleton. */
    TOO_SHORT,
    /** The article is older than the window allows and was dropped at once. */
    EXPIRED,
    /**
     * Its processing threw; the stream is unchanged and {@link EventStream#skipped()} lists it.
     */
    FAILED
  }

  /** An update without failure. */
  public StreamUpdate(String articleId, Status status, Optional<EventCluster> cluster, List<String> retired) {
    this(articleId, status, cluster, retired, Optional.empty());
  }

  public StreamUpdate {
    Objects.requireNonNull(articleId, "articleId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(cluster, "cluster must not be null");
    retired = List.copyOf(Objects.requireNonNull(retired, "retired must not be null"));
    Objects.requireNonNull(failure, "failure must not be null");
    if (failure.isPresent() != (status == Status.FAILED)) {
      throw new IllegalArgumentException("a failure is given exactly with status FAILED");
    }
  }
}
