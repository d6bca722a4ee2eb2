package org.tahqiq.dedup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tahqiq.article.ArticleFailure;

/**
 * What happened when one article was added to a {@link DuplicateStream}. Immutable.
 *
 * @param articleId the added article's id
 * @param status    whether it stayed alone, joined or merged groups, or was too short to compare
 * @param group     the group that contains it now, if any (its representative may have changed if
 *                  the new article is earlier than the old representative)
 * @param matches   the earlier articles it was verified against, most similar first
 * @param failure   why it was skipped, exactly when the status is {@link Status#FAILED}
 */
public record AddResult(String articleId, Status status, Optional<DuplicateGroup> group,
    List<DuplicatePair> matches, Optional<ArticleFailure> failure) {

  /** The outcome of adding an article. */
  public enum Status {
    /** No earlier article is a near-duplicate of it. */
    UNIQUE,
    /** It joined exactly one existing group (or formed a new pair with one earlier article). */
    JOINED,
    /** It matched members of two or more groups and connected them into one. */
    MERGED,
    /** It has fewer shingles than the detector's minimum and is never grouped. */
    TOO_SHORT,
    /**
     * Its processing threw; the stream is unchanged (the article is not held, its id may be added
     * again) and {@link DuplicateStream#skipped()} lists it.
     */
    FAILED
  }

  /** A result without failure. */
  public AddResult(String articleId, Status status, Optional<DuplicateGroup> group, List<DuplicatePair> matches) {
    this(articleId, status, group, matches, Optional.empty());
  }

  public AddResult {
    Objects.requireNonNull(articleId, "articleId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(group, "group must not be null");
    matches = List.copyOf(matches);
    Objects.requireNonNull(failure, "failure must not be null");
    if (failure.isPresent() != (status == Status.FAILED)) {
      throw new IllegalArgumentException("a failure is given exactly with status FAILED");
    }
  }
}
