package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of stable event ids, on clusters given by hand: a new event takes its first member's
 * id, an event keeps its id as members come and go, a merge keeps the oldest id, and in a split
 * the part with the earliest member of the old event keeps it.
 */
class EventIdsTest {
  private static EventCluster c(String... ids) {
    return new EventCluster(ids[0], List.of(ids));
  }

  /** Ranks in the order the ids are written ("a" < "b" < ...): the article order of these tests. */
  private static List<String> ids(EventIds ids, EventCluster... clusters) {
    Map<String, Integer> rank = new HashMap<>();
    Stream.of(clusters).flatMap(x -> x.articles().stream()).sorted().forEach(id -> rank.put(id, rank.size()));
    return ids.assign(List.of(clusters), rank::get).stream().map(StreamEvent::id).toList();
  }

  @Test
  void newEventsTakeTheirFirstMembersId() {
    EventIds ids = new EventIds();
    assertEquals(List.of("a", "c"), ids(ids, c("a", "b"), c("c")));
    assertEquals(2, ids.nextNumber());
  }

  @Test
  void anEventKeepsItsIdWhenItsFirstMemberGoesOrAnEarlierOneJoins() {
    EventIds ids = new EventIds();
    ids(ids, c("b", "c"));
    // "b" retired, "d" joined: still the event "b".
    ids.forget("b");
    assertEquals(List.of("b"), ids(ids, c("c", "d")));
    // An earlier-published "a" joins: the cluster's id becomes "a", the event's stays "b".
    assertEquals(List.of("b"), ids(ids, c("a", "c", "d")));
  }

  @Test
  void aMergeKeepsTheOldestId() {
    EventIds ids = new EventIds();
    ids(ids, c("x", "y"));          // "x" given first
    ids(ids, c("a", "b"), c("x", "y")); // "a" given after "x", although its article is earlier
    assertEquals(List.of("x"), ids(ids, c("a", "b", "x", "y")));
  }

  @Test
  void inASplitThePartWithTheEarliestMemberKeepsTheIdAndTheOtherTakesAFreshOne() {
    EventIds split = new EventIds();
    ids(split, c("a", "b", "c", "d"));
    // The part with "a" keeps "a"; "b" is the first member of the other part and names no event.
    assertEquals(List.of("a", "b"), ids(split, c("a"), c("b", "c", "d")));
    // Whichever part is listed first.
    EventIds other = new EventIds();
    ids(other, c("a", "b", "c", "d"));
    assertEquals(List.of("b", "a"), ids(other, c("b", "c", "d"), c("a")));
  }

  @Test
  void aFreshIdNeverRepeatsAnIdInUse() {
    EventIds ids = new EventIds();
    ids(ids, c("b", "c"));
    // "a" joined event "b" and was reported under it; then "a" and "c" part from "b": the part
    // {a, c} has the earliest carrier "a", so it keeps "b"; the part {b} needs a fresh id, and its
    // only member's id "b" names the other event already.
    ids(ids, c("a", "b", "c"));
    assertEquals(List.of("b", "b~2"), ids(ids, c("a", "c"), c("b")));
  }
}
