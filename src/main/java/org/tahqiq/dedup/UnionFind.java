package org.tahqiq.dedup;

import java.util.Arrays;

/**
 * The project's one union-find (disjoint-set forest) over elements {@code 0 .. size()-1}: path
 * halving in {@link #find}, and a circular list through each set's members so that a set can be
 * listed in time proportional to its size ({@link #next}). Near-duplicate groups and the fact
 * diff's copy groups are both built on it.
 *
 * <p>Not thread-safe: confine an instance to one thread or guard it.
 */
public final class UnionFind {
  private int[] parent;
  private int[] next;
  private int size;

  /** An empty forest with room for {@code expected} elements before it grows. */
  public UnionFind(int expected) {
    int capacity = Math.max(1, expected);
    parent = new int[capacity];
    next = new int[capacity];
  }

  /** Adds a new singleton set and returns its element, {@code size()} before the call. */
  public int add() {
    if (size == parent.length) {
      int capacity = parent.length >= (Integer.MAX_VALUE >> 1) ? Integer.MAX_VALUE - 8 : parent.length * 2;
      if (capacity <= size) {
        throw new IllegalStateException("union-find is full: " + size + " elements");
      }
      parent = Arrays.copyOf(parent, capacity);
      next = Arrays.copyOf(next, capacity);
    }
    int x = size++;
    parent[x] = x;
    next[x] = x;
    return x;
  }

  /** Number of elements. */
  public int size() {
    return size;
  }

  /** The representative of {@code x}'s set. */
  public int find(int x) {
    check(x);
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /**
   * Joins the sets of {@code a} and {@code b}; the representative of {@code a}'s set stays the
   * representative. Returns whether they were different sets.
   */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    parent[rb] = ra;
    // Splice the two circular member lists into one.
    int t = next[a];
    next[a] = next[b];
    next[b] = t;
    return true;
  }

  /** The member after {@code x} in its set's circular list ({@code x} itself for a singleton). */
  public int next(int x) {
    check(x);
    return next[x];
  }

  private void check(int x) {
    if (x < 0 || x >= size) {
      throw new IndexOutOfBoundsException("element " + x + " of " + size);
    }
  }
}
