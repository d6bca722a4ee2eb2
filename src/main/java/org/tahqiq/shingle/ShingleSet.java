package org.tahqiq.shingle;

import java.util.Arrays;
import java.util.Objects;

/**
 * The set of 64-bit shingle hashes of one document: distinct values in ascending (signed) order.
 * Set operations are merges of the two sorted arrays, O(n + m), without allocation.
 *
 * <p>Convention: an empty set is similar to nothing, itself included ({@link #exactJaccard} is 0
 * when either set is empty), so documents without content never look like duplicates.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShingleSet {

  private static final ShingleSet EMPTY = new ShingleSet(new long[0]);

  private final long[] hashes;

  private ShingleSet(long[] sortedDistinct) {
    this.hashes = sortedDistinct;
  }

  /** The empty set. */
  public static ShingleSet empty() {
    return EMPTY;
  }

  /** The set of the given hashes (copied, sorted, duplicates removed). */
  public static ShingleSet of(long... hashes) {
    Objects.requireNonNull(hashes, "hashes must not be null");
    return fromBuffer(hashes.clone(), hashes.length);
  }

  /**
   * The set of {@code buf[0, size)}, sorting and deduplicating {@code buf} in place and keeping
   * (a trimmed copy of) it; the caller must not use {@code buf} afterwards.
   */
  static ShingleSet fromBuffer(long[] buf, int size) {
    if (size == 0) {
      return EMPTY;
    }
    Arrays.sort(buf, 0, size);
    int distinct = 1;
    for (int i = 1; i < size; i++) {
      if (buf[i] != buf[distinct - 1]) {
        buf[distinct++] = buf[i];
      }
    }
    return new ShingleSet(distinct == buf.length ? buf : Arrays.copyOf(buf, distinct));
  }

  /** Number of distinct shingles. */
  public int size() {
    return hashes.length;
  }

  public boolean isEmpty() {
    return hashes.length == 0;
  }

  /** The {@code i}-th smallest hash, {@code 0 <= i < size()}. */
  public long hash(int i) {
    Objects.checkIndex(i, hashes.length);
    return hashes[i];
  }

  /** A copy of the hashes in ascending order. */
  public long[] toArray() {
    return hashes.clone();
  }

  /** Whether {@code hash} is in the set; O(log n). */
  public boolean contains(long hash) {
    return Arrays.binarySearch(hashes, hash) >= 0;
  }

  /** Number of hashes in both sets. */
  public int intersectionSize(ShingleSet other) {
    Objects.requireNonNull(other, "other must not be null");
    long[] a = hashes;
    long[] b = other.hashes;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /**
   * The Jaccard similarity |A ∩ B| / |A ∪ B| computed exactly, in [0, 1]; 0 when either set is
   * empty (see the class convention).
   */
  public double exactJaccard(ShingleSet other) {
    int common = intersectionSize(other);
    if (hashes.length == 0 || other.hashes.length == 0) {
      return 0.0;
    }
    // The union is at most 2^32 - 2, so long arithmetic cannot overflow.
    long union = (long) hashes.length + other.hashes.length - common;
    return common / (double) union;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShingleSet s && Arrays.equals(hashes, s.hashes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "ShingleSet[size=" + hashes.length + "]";
  }
}
