package org.tahqiq.spark;

import java.util.List;
import scala.collection.immutable.ArraySeq;

/** Conversions between Java arrays and the values of Spark's array columns in {@code Row}s. */
final class Rows {
  private Rows() {}

  /** An {@code array<int>} column value wrapping {@code values} (not copied). */
  static Object seq(int[] values) {
    return ArraySeq.unsafeWrapArray(values);
  }

  /** An {@code array<long>} column value wrapping {@code values} (not copied). */
  static Object seq(long[] values) {
    return ArraySeq.unsafeWrapArray(values);
  }

  /** An {@code array<string>} column value holding {@code values}. */
  static Object seqOf(List<String> values) {
    return ArraySeq.unsafeWrapArray(values.toArray(new String[0]));
  }

  /** The ints of an {@code array<int>} column value read with {@code Row.getList}. */
  static int[] ints(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** The longs of an {@code array<long>} column value read with {@code Row.getList}. */
  static long[] longs(List<Long> values) {
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
