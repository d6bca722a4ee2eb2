package org.tahqiq.dedup;

import java.util.List;
import java.util.Objects;

/**
 * A set of articles that are near-duplicates of each other (connected through verified pairs).
 *
 * <p>The {@code representative} is chosen by {@link ArticleOrder}: the earliest publication time,
 * then the smallest id; it doubles as the group's id, so the same input always yields the same group
 * ids whatever its order. {@code members} are in the same order and start with the representative.
 * Immutable.
 *
 * @param representative id of the representative article
 * @param members        ids of all members (two or more), representative first
 */
public record DuplicateGroup(String representative, List<String> members) {

  public DuplicateGroup {
    Objects.requireNonNull(representative, "representative must not be null");
    members = List.copyOf(members);
    if (members.isEmpty() || !members.get(0).equals(representative)) {
      throw new IllegalArgumentException("members must start with the representative " + representative);
    }
  }

  /** Number of members. */
  public int size() {
    return members.size();
  }
}
