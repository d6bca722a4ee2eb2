package org.tahqiq.spark;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import scala.collection.immutable.ArraySeq;

/** Conversions between Java arrays and the values of Spark's array columns in {@code Row}s. */
final class Rows {
  private Rows() {}

  /**
   * {@code records} turned lazily into rows by {@code toRow}, one at a time as Spark pulls them:
   * a partition is never held in memory whole.
   */
  static <T> Iterator<Row> mapped(Iterator<T> records, Function<? super T, Row> toRow) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return toRow.apply(records.next());
      }
    };
  }

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

  /**
   * The {@code array<int>} key of LSH band {@code band}: its {@code rows} components, compared
   * exactly, so two signatures share the key when they agree on the whole band, as in {@link
   * org.tahqiq.index.LshIndex}.
   */
  static Object band(int[] components, int band, int rows) {
    return seq(java.util.Arrays.copyOfRange(components, band * rows, (band + 1) * rows));
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
