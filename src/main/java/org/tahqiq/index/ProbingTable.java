package org.tahqiq.index;

import java.util.function.IntToLongFunction;

/**
 * The mechanics of an open-addressing hash table of non-negative {@code int} values with linear
 * probing: a power-of-two array of cells holding {@code value + 1} ({@code 0} marks an empty
 * cell), kept at a load of at most ½, at most {@link #MAX_LENGTH} cells long, and emptied by
 * backward shifting (Knuth, TAOCP 6.4, Algorithm R), so lookups never need tombstones.
 *
 * <p>The table does not decide equality: a user probes from {@link #home} with {@link #after},
 * reads each cell with {@link #valueAt} and compares the value against its own query, stopping at
 * the first {@link #EMPTY} cell. It only needs the hash of a stored value, for rehashing and
 * deletion, through a callback fixed at construction; nothing is allocated per operation.
 *
 * <p>Not thread-safe: the owner serializes all access (in {@link LshIndex}, its read/write lock).
 */
final class ProbingTable {

  /** What {@link #valueAt} returns for an empty cell. */
  static final int EMPTY = -1;

  /** Largest number of cells; the table then holds at most half as many values. */
  static final int MAX_LENGTH = 1 << 30;

  private static final int MIN_LENGTH = 16;

  private final IntToLongFunction hashOfValue;
  private int[] cells;
  private int count;

  /**
   * An empty table with room for {@code expectedValues} at a load of at most ½ (capped at {@link
   * #MAX_LENGTH} cells).
   *
   * @param hashOfValue the hash of a stored value; its low bits position the value
   */
  ProbingTable(long expectedValues, IntToLongFunction hashOfValue) {
    this.hashOfValue = hashOfValue;
    this.cells = new int[lengthFor(expectedValues)];
  }

  /** The cell a value of this hash is first looked for in. */
  int home(long hash) {
    return (int) hash & (cells.length - 1);
  }

  /** The cell probed after {@code position}. */
  int after(int position) {
    return (position + 1) & (cells.length - 1);
  }

  /** The value in cell {@code position}, or {@link #EMPTY}. */
  int valueAt(int position) {
    return cells[position] - 1;
  }

  /** Stores a new {@code value} in the empty cell {@code position} that ended its probe run. */
  void insert(int position, int value) {
    cells[position] = value + 1;
    count++;
  }

  /** Replaces the value in the occupied cell {@code position} by one of the same hash. */
  void replace(int position, int value) {
    cells[position] = value + 1;
  }

  /**
   * Empties the occupied cell {@code hole} by backward shifting (Algorithm R): later cells of the
   * same probe run move up when their home position is not cyclically after the hole.
   */
  void delete(int hole) {
    int mask = cells.length - 1;
    int i = (hole + 1) & mask;
    while (cells[i] != 0) {
      int entry = cells[i];
      int home = (int) hashOfValue.applyAsLong(entry - 1) & mask;
      if (((i - home) & mask) >= ((i - hole) & mask)) {
        cells[hole] = entry;
        hole = i;
      }
      i = (i + 1) & mask;
    }
    cells[hole] = 0;
    count--;
  }

  /** Number of stored values. */
  int count() {
    return count;
  }

  /** Whether {@code additional} more values fit within {@link #MAX_LENGTH} cells at load ½. */
  boolean canHold(int additional) {
    return 2L * (count + additional) <= MAX_LENGTH;
  }

  /**
   * Grows the table, if needed, so that {@code additional} more values keep the load at most ½.
   * Requires {@link #canHold canHold(additional)}.
   *
   * @return whether the table was rehashed: positions found before are then stale
   */
  boolean reserve(int additional) {
    long needed = 2L * (count + additional);
    if (needed <= cells.length) {
      return false;
    }
    int length = cells.length;
    while (length < needed) {
      length *= 2;
    }
    int[] table = new int[length];
    int mask = length - 1;
    for (int entry : cells) {
      if (entry != 0) {
        int i = (int) hashOfValue.applyAsLong(entry - 1) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = entry;
      }
    }
    cells = table;
    return true;
  }

  /** Bytes of the cell array. */
  long memoryBytes() {
    return (long) cells.length * Integer.BYTES;
  }

  /** Power-of-two table length keeping {@code entries} at a load of at most ½. */
  private static int lengthFor(long entries) {
    long length = MIN_LENGTH;
    while (length < 2 * entries && length < MAX_LENGTH) {
      length *= 2;
    }
    return (int) length;
  }
}
