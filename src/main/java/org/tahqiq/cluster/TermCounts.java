package org.tahqiq.cluster;

/**
 * A mutable map from 64-bit term hashes to positive counts: open addressing with linear probing and
 * backward-shift deletion, so no tombstones accumulate while a stream's window slides. A count
 * that drops to zero removes its entry. Allocates nothing per operation except when growing.
 *
 * <p>Not thread-safe; owners serialize access.
 */
final class TermCounts {
  private static final int MIN_CAPACITY = 16;

  private long[] keys;
  private int[] counts; // 0 marks an empty cell
  private int size;
  private int mask;

  TermCounts() {
    keys = new long[MIN_CAPACITY];
    counts = new int[MIN_CAPACITY];
    mask = MIN_CAPACITY - 1;
  }

  /** The count of {@code key}, 0 when absent. */
  int get(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (counts[i] == 0) {
        return 0;
      }
      if (keys[i] == key) {
        return counts[i];
      }
    }
  }

  /** Adds {@code delta} (positive or negative) to the count of {@code key}. */
  void add(long key, int delta) {
    int i = slot(key);
    while (counts[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (counts[i] == 0) {
      if (delta < 0) {
        throw new IllegalStateException("count of term 0x" + Long.toHexString(key) + " would go negative");
      }
      if (delta == 0) {
        return;
      }
      keys[i] = key;
      counts[i] = delta;
      if (++size > (mask + 1) >>> 1) {
        grow();
      }
      return;
    }
    int updated = counts[i] + delta;
    if (updated < 0) {
      throw new IllegalStateException("count of term 0x" + Long.toHexString(key) + " would go negative");
    }
    if (updated > 0) {
      counts[i] = updated;
    } else {
      delete(i);
    }
  }

  /** Number of keys with a positive count. */
  int size() {
    return size;
  }

  /** Calls {@code visitor} with every entry, in no particular order. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        visitor.entry(keys[i], counts[i]);
      }
    }
  }

  /** Receives the entries of {@link #forEach}. */
  @FunctionalInterface
  interface Visitor {
    void entry(long key, int count);
  }

  private void delete(int hole) {
    size--;
    // Backward shift: move later cells of the probe run into the hole when their home slot allows.
    int i = hole;
    while (true) {
      i = (i + 1) & mask;
      if (counts[i] == 0) {
        break;
      }
      int home = slot(keys[i]);
      // The cell at i may move to hole unless its home lies cyclically in (hole, i].
      boolean homeInRange = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
      if (!homeInRange) {
        keys[hole] = keys[i];
        counts[hole] = counts[i];
        hole = i;
      }
    }
    counts[hole] = 0;
    keys[hole] = 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    int capacity = oldCounts.length * 2;
    keys = new long[capacity];
    counts = new int[capacity];
    mask = capacity - 1;
    for (int j = 0; j < oldCounts.length; j++) {
      if (oldCounts[j] != 0) {
        int i = slot(oldKeys[j]);
        while (counts[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }

  private int slot(long key) {
    // Term hashes are already uniform 64-bit values; fold the high half in anyway so that callers
    // passing structured keys still spread.
    return (int) (key ^ (key >>> 32)) & mask;
  }

  @Override
  public String toString() {
    return "TermCounts[" + size + " terms, capacity " + counts.length + "]";
  }
}
