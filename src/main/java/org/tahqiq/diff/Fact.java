package org.tahqiq.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the sources speak about — "the year of Putin's previous visit", "the leader he met
 * then" — with what each source claims and how the claims relate. Immutable.
 *
 * @param kind         the kind of value
 * @param subject      a few words of context that say what the fact is about, taken from the
 *                     evidence sentences
 * @param outcome      how the claims relate
 * @param conflictKind for {@link Outcome#CONFLICT}, what the sources disagree on; else empty
 * @param confidence   how sure the diff is that the claims speak of the same thing and relate as
 *                     stated, in [0, 1]
 * @param claims       the claims, one or more per article, in article order
 */
public record Fact(
    FactKind kind,
    String subject,
    Outcome outcome,
    Optional<ConflictKind> conflictKind,
    double confidence,
    List<Claim> claims) {

  public Fact {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(conflictKind, "conflictKind must not be null (use Optional.empty())");
    if (conflictKind.isPresent() != (outcome == Outcome.CONFLICT)) {
      throw new IllegalArgumentException("a conflict kind goes with CONFLICT and only with it: " + outcome);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one claim");
    }
  }

  /** The ids of the articles that make a claim, in claim order, without repeats. */
  public List<String> articles() {
    return claims.stream().map(Claim::article).distinct().toList();
  }
}
