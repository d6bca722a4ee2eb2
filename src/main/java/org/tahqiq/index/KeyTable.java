package org.tahqiq.index;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.function.IntFunction;

/**
 * The key lookup of an {@link LshIndex}: a {@link ProbingTable} of document slots positioned by
 * the hash of their key, so that a key finds its slot in expected constant time. Keys themselves
 * stay in the index, read through a callback fixed at construction.
 *
 * <p>Not thread-safe: the owning index's read/write lock guards every call.
 */
final class KeyTable {

  /** Positions only, never persisted. */
  private static final Hasher64 HASHER = Hashing.komihash5_0();

  private final IntFunction<String> keyOfSlot;
  private final ProbingTable table;

  /**
   * An empty table with room for {@code slots} keys.
   *
   * @param keyOfSlot the key stored in a slot that is in the table
   */
  KeyTable(int slots, IntFunction<String> keyOfSlot) {
    this.keyOfSlot = keyOfSlot;
    this.table = new ProbingTable(slots, slot -> hash(keyOfSlot.apply(slot)));
  }

  /** The hash positioning {@code key}; computed once per operation by the caller. */
  static long hash(String key) {
    return HASHER.hashCharsToLong(key);
  }

  /** Position of {@code key}, or {@code ~p} where {@code p} is the free cell ending the probe run. */
  int find(String key, long hash) {
    for (int i = table.home(hash); ; i = table.after(i)) {
      int slot = table.valueAt(i);
      if (slot == ProbingTable.EMPTY) {
        return ~i;
      }
      if (keyOfSlot.apply(slot).equals(key)) {
        return i;
      }
    }
  }

  /** Position of {@code key}, or a negative number when absent. */
  int find(String key) {
    return find(key, hash(key));
  }

  /** The slot at the occupied {@code position}. */
  int slotAt(int position) {
    return table.valueAt(position);
  }

  /**
   * Stores {@code slot}, whose key has this {@code hash}, at the free cell {@code position} (the
   * {@code ~p} of {@link #find}).
   */
  void add(int position, int slot, long hash) {
    table.insert(position, slot, hash);
  }

  /** Removes the entry at the occupied {@code position}. */
  void delete(int position) {
    table.delete(position);
  }

  /** Whether one more key fits. */
  boolean canHoldOneMore() {
    return table.canHold(1);
  }

  /**
   * Makes room for one more key. Requires {@link #canHoldOneMore()}.
   *
   * @return whether the table was rehashed: positions found before are then stale
   */
  boolean reserveOne() {
    return table.reserve(1);
  }

  /** Bytes of the table's cells. */
  long memoryBytes() {
    return table.memoryBytes();
  }
}
