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
   * The set of {@code buf[0, size)}, sorted and deduplicated in place or into a new array (large
   * sizes), the result possibly keeping {@code buf} itself; the caller must not use {@code buf}
   * afterwards.
   */
  static ShingleSet fromBuffer(long[] buf, int size) {
    if (size == 0) {
      return EMPTY;
    }
    if (size >= MIN_BUCKET_SORT_SIZE) {
      return new ShingleSet(sortDistinct(buf, size));
    }
    int distinct = sortDistinctSmall(buf, size);
    return new ShingleSet(distinct == buf.length ? buf : Arrays.copyOf(buf, distinct));
  }

  /** Below this size {@link Arrays#sort(long[], int, int)} is as fast as the bucket sort. */
  static final int MIN_BUCKET_SORT_SIZE = 64;

  /** Largest bucket the bucket sort sorts by insertion; larger ones go to {@link Arrays#sort}. */
  private static final int MAX_INSERTION_BUCKET = 24;

  /** Sorts {@code buf[0, size)} ascending and moves its distinct values to the front; returns their count. */
  private static int sortDistinctSmall(long[] buf, int size) {
    Arrays.sort(buf, 0, size);
    int distinct = 1;
    for (int i = 1; i < size; i++) {
      if (buf[i] != buf[distinct - 1]) {
        buf[distinct++] = buf[i];
      }
    }
    return distinct;
  }

  /**
   * The distinct values of {@code buf[0, size)} in ascending order, as an array of their number,
   * in expected linear time for hash values: one counting pass sizes about {@code size / 2}
   * buckets by the values' top bits (sign bit flipped, so bucket order is signed order), a
   * backward pass distributes the values into a new array, leaving each bucket's count turned
   * into its start, then each bucket, of about two values, is sorted by insertion and compacted
   * without duplicates. A bucket that skewed input made large is sorted by {@link Arrays#sort},
   * so the worst case stays O(n log n). The new array is the result unless there were duplicates,
   * which saves copying {@code buf} to its exact size.
   */
  private static long[] sortDistinct(long[] buf, int size) {
    int bits = 31 - Integer.numberOfLeadingZeros(size) - 1; // 2^bits in (size / 4, size / 2]
    int shift = Long.SIZE - bits;
    int buckets = 1 << bits;
    // bounds[b] counts bucket b, then ends it, then (after the backward pass) starts it;
    // bounds[buckets] == size ends the last bucket.
    int[] bounds = new int[buckets + 1];
    for (int i = 0; i < size; i++) {
      bounds[(int) ((buf[i] ^ Long.MIN_VALUE) >>> shift)]++;
    }
    for (int b = 1; b < buckets; b++) {
      bounds[b] += bounds[b - 1];
    }
    bounds[buckets] = size;
    long[] sorted = new long[size];
    for (int i = size - 1; i >= 0; i--) {
      long v = buf[i];
      sorted[--bounds[(int) ((v ^ Long.MIN_VALUE) >>> shift)]] = v;
    }
    int distinct = 0;
    for (int b = 0; b < buckets; b++) {
      int from = bounds[b];
      int to = bounds[b + 1];
      if (to - from > MAX_INSERTION_BUCKET) {
        Arrays.sort(sorted, from, to);
      } else {
        for (int i = from + 1; i < to; i++) {
          long v = sorted[i];
          int j = i - 1;
          while (j >= from && sorted[j] > v) {
            sorted[j + 1] = sorted[j];
            j--;
          }
          sorted[j + 1] = v;
        }
      }
      // Compact in place (the write index never passes the read index). Equal values share a
      // bucket and are adjacent after sorting it, so comparing with the last value kept suffices.
      for (int i = from; i < to; i++) {
        long v = sorted[i];
        if (distinct == 0 || v != sorted[distinct - 1]) {
          sorted[distinct++] = v;
        }
      }
    }
    return distinct == size ? sorted : Arrays.copyOf(sorted, distinct);
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
