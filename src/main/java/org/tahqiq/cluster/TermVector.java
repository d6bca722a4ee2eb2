package org.tahqiq.cluster;

/**
 * The terms of one article: distinct term hashes in ascending (signed) order with their
 * occurrence counts. Immutable after construction (the arrays are never exposed for writing).
 */
final class TermVector {
  static final TermVector EMPTY = new TermVector(new long[0], new int[0]);

  private final long[] terms;
  private final int[] counts;

  /** Takes ownership of the arrays; {@code terms} strictly ascending, {@code counts} positive. */
  TermVector(long[] terms, int[] counts) {
    if (terms.length != counts.length) {
      throw new IllegalArgumentException("terms and counts differ in length");
    }
    this.terms = terms;
    this.counts = counts;
  }

  int size() {
    return terms.length;
  }

  long term(int i) {
    return terms[i];
  }

  int count(int i) {
    return counts[i];
  }

  /** The distinct term hashes; a copy. */
  long[] termsCopy() {
    return terms.clone();
  }
}
