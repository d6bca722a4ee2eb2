package org.tahqiq.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The stable event ids of an {@link EventStream}: which event id each held article was last
 * reported under, and the order in which ids were first given out. {@link #assign} names the
 * clusters of a new result by the rule of {@link EventStream#events()}:
 *
 * <ol>
 *   <li>Old ids are taken oldest first (the order they were first given). An old id goes to the
 *       not yet named cluster holding its earliest carrier (in {@link
 *       org.tahqiq.dedup.ArticleOrder}; a carrier is a member last reported under that id). So a
 *       merge keeps the oldest id, and in a split the part with the earliest carrier keeps it while
 *       the other parts take their next-oldest id or a fresh one.
 *   <li>A cluster left without an id gets a fresh one: the id of its first member not already
 *       naming another event of the result (of the first member with {@code "~2"}, {@code "~3"},
 *       ... appended when every member's id does), numbered after every id given before.
 * </ol>
 *
 * The outcome is a function of the result and the previous ids alone. Not thread-safe: the stream
 * calls it under its monitor.
 */
final class EventIds {
  private final Map<String, String> eventOf = new HashMap<>();
  private final Map<String, Long> numberOf = new HashMap<>();
  private long next;

  /** The event id {@code articleId} was last reported under, if any. */
  Optional<String> eventOf(String articleId) {
    return Optional.ofNullable(eventOf.get(articleId));
  }

  /** The order in which {@code eventId} was first given out. */
  long numberOf(String eventId) {
    Long n = numberOf.get(eventId);
    if (n == null) {
      throw new IllegalArgumentException("unknown event id '" + eventId + "'");
    }
    return n;
  }

  /** The number the next fresh id will get. */
  long nextNumber() {
    return next;
  }

  /** Restores one saved id (when reading a stream's state). */
  void restore(String articleId, String eventId, long number) {
    if (number < 0 || number >= next) {
      throw new IllegalArgumentException("event number " + number + " of '" + eventId + "' is not below " + next);
    }
    Long known = numberOf.putIfAbsent(eventId, number);
    if (known != null && known != number) {
      throw new IllegalArgumentException("event id '" + eventId + "' has numbers " + known + " and " + number);
    }
    eventOf.put(articleId, eventId);
  }

  /** Restores the number of the next fresh id (before {@link #restore}). */
  void restoreNext(long restoredNext) {
    if (restoredNext < 0) {
      throw new IllegalArgumentException("negative next event number " + restoredNext);
    }
    next = restoredNext;
  }

  /** Forgets a retired article. */
  void forget(String articleId) {
    eventOf.remove(articleId);
  }

  /**
   * The events of {@code clusters} (a partition of the held articles, each cluster's members in
   * article order) under their stable ids, in the clusters' order; records the ids for the next
   * call. {@code rank} gives each held article's position in article order.
   */
  List<StreamEvent> assign(List<EventCluster> clusters, ToIntFunction<String> rank) {
    // For each old id: its carriers as (rank, cluster index), to be taken earliest first.
    Map<String, List<long[]>> carriers = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (String member : clusters.get(c).articles()) {
        String old = eventOf.get(member);
        if (old != null) {
          carriers.computeIfAbsent(old, x -> new ArrayList<>()).add(new long[] {rank.applyAsInt(member), c});
        }
      }
    }
    String[] oldIds = carriers.keySet().toArray(String[]::new);
    Arrays.sort(oldIds, (a, b) -> Long.compare(numberOf.get(a), numberOf.get(b)));
    String[] named = new String[clusters.size()];
    Map<String, Long> numbers = new HashMap<>();
    for (String old : oldIds) {
      List<long[]> list = carriers.get(old);
      list.sort((x, y) -> Long.compare(x[0], y[0]));
      for (long[] carrier : list) {
        int c = (int) carrier[1];
        if (named[c] == null) {
          named[c] = old;
          numbers.put(old, numberOf.get(old));
          break;
        }
      }
    }
    Set<String> taken = new HashSet<>(numbers.keySet());
    for (int c = 0; c < clusters.size(); c++) {
      if (named[c] == null) {
        named[c] = fresh(clusters.get(c).articles(), taken);
        taken.add(named[c]);
        numbers.put(named[c], next++);
      }
    }
    List<StreamEvent> events = new ArrayList<>(clusters.size());
    eventOf.clear();
    for (int c = 0; c < clusters.size(); c++) {
      for (String member : clusters.get(c).articles()) {
        eventOf.put(member, named[c]);
      }
      events.add(new StreamEvent(named[c], clusters.get(c)));
    }
    numberOf.clear();
    numberOf.putAll(numbers);
    return events;
  }

  private static String fresh(List<String> members, Set<String> taken) {
    for (String m : members) {
      if (!taken.contains(m)) {
        return m;
      }
    }
    for (long n = 2; ; n++) {
      String id = members.get(0) + "~" + n;
      if (!taken.contains(id)) {
        return id;
      }
    }
  }
}
