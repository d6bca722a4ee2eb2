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
 * the first {@link #EMPTY} cell. A value is stored with the hash its user probed with; the table
 * asks for a stored value's hash again, through a callback fixed at construction, only when it
 * rehashes. Beside each value it keeps the
 * value's displacement from its home cell in one byte (saturating at {@value #FAR}), so that a
 * deletion's backward shift finds each moved value's home without asking for its hash: asking
 * would read the value's own data, one cache miss per shifted entry, the largest cost of a sliding
 * window's removals (benchmarks/README.md). One byte more per cell; nothing is allocated per
 * operation.
 *
 * <p>Not thread-safe: the owner serializes all access (in {@link LshIndex}, its read/write lock).
 */
final class ProbingTable {

  /** What {@link #valueAt} returns for an empty cell. */
  static final int EMPTY = -1;

  /** Largest number of cells; the table then holds at most half as many values. */
  static final int MAX_LENGTH = 1 << 30;

  private static final int MIN_LENGTH = 16;

  /** A displacement of at least this many cells is not stored: the hash is asked for again. */
  static final int FAR = 255;

  private final IntToLongFunction hashOfValue;
  private int[] cells;
  /** Each occupied cell's distance from its value's home, capped at {@link #FAR} (unsigned). */
  private byte[] displacements;
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
    this.displacements = new byte[cells.length];
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

  /**
   * Stores a new {@code value}, of this {@code hash}, in the empty cell {@code position} that
   * ended its probe run from {@code home(hash)}.
   */
  void insert(int position, int value, long hash) {
    cells[position] = value + 1;
    setDisplacement(position, (position - home(hash)) & (cells.length - 1));
    count++;
  }

  private void setDisplacement(int position, int displacement) {
    displacements[position] = (byte) Math.min(displacement, FAR);
  }

  /** The home cell of the value in the occupied cell {@code position}. */
  private int homeOf(int position, int mask) {
    int d = displacements[position] & 0xFF;
    if (d == FAR) {
      return (int) hashOfValue.applyAsLong(cells[position] - 1) & mask;
    }
    return (position - d) & mask;
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
      int home = homeOf(i, mask);
      if (((i - home) & mask) >= ((i - hole) & mask)) {
        cells[hole] = cells[i];
        setDisplacement(hole, (hole - home) & mask);
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
    byte[] moved = new byte[length];
    int mask = length - 1;
    for (int entry : cells) {
      if (entry != 0) {
        int home = (int) hashOfValue.applyAsLong(entry - 1) & mask;
        int i = home;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = entry;
        moved[i] = (byte) Math.min((i - home) & mask, FAR);
      }
    }
    cells = table;
    displacements = moved;
    return true;
  }

  /** Bytes of the cell and displacement arrays. */
  long memoryBytes() {
    return (long) cells.length * (Integer.BYTES + 1);
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
