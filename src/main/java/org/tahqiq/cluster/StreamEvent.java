package org.tahqiq.cluster;

import java.util.Objects;

/**
 * One event of an {@link EventStream} under its stable id: the id it was given when first seen,
 * kept while the event goes on (across saves and restores of the stream), and the event's current
 * cluster. See {@link EventStream#events()} for how ids are assigned. Immutable.
 *
 * @param id      the event's stable id; equal to {@code cluster.id()} for an event seen for the
 *                first time, possibly different later (its first member may have been retired, or
 *                an earlier-published article may have joined it)
 * @param cluster the event's members now
 */
public record StreamEvent(String id, EventCluster cluster) {

  public StreamEvent {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(cluster, "cluster must not be null");
  }
}
