package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The probing mechanics under heavy collisions: after any sequence of inserts, deletes (backward
 * shift) and rehashes every stored value is found by probing from its home and no deleted value is.
 */
class ProbingTableTest {

  /** Few distinct hashes, so probe runs are long and wrap around the end of the array. */
  private static long clusteredHash(int value) {
    return (value % 5) * 0x9E3779B97F4A7C15L - 3;
  }

  private static int find(ProbingTable table, int value) {
    for (int i = table.home(clusteredHash(value)); ; i = table.after(i)) {
      int stored = table.valueAt(i);
      if (stored == ProbingTable.EMPTY || stored == value) {
        return stored == value ? i : ~i;
      }
    }
  }

  @Test
  void everyStoredValueStaysReachableThroughDeletesAndRehashes() {
    ProbingTable table = new ProbingTable(4, ProbingTableTest::clusteredHash);
    BitSet stored = new BitSet();
    SplittableRandom random = new SplittableRandom(20261202L);
    for (int step = 0; step < 20_000; step++) {
      int value = random.nextInt(300);
      int position = find(table, value);
      if (position >= 0) {
        assertTrue(stored.get(value), "found a value never stored or already deleted: " + value);
        table.delete(position);
        stored.clear(value);
      } else {
        assertFalse(stored.get(value), "lost stored value " + value);
        assertTrue(table.canHold(1));
        if (table.reserve(1)) {
          position = find(table, value);
        }
        table.insert(~position, value, clusteredHash(value));
        stored.set(value);
      }
      assertEquals(stored.cardinality(), table.count());
      assertTrue(2L * table.count() * Integer.BYTES <= table.memoryBytes(), "load above one half");
    }
    for (int value = 0; value < 300; value++) {
      assertEquals(stored.get(value), find(table, value) >= 0, "value " + value);
    }
  }

  /**
   * One hash for every value: displacements pass the one-byte cap ({@link ProbingTable#FAR}), so
   * deletion also takes the path that asks for the hash again.
   */
  @Test
  void valuesDisplacedBeyondTheByteCapStayReachableThroughDeletes() {
    ProbingTable table = new ProbingTable(600, value -> 42L);
    int n = 500;
    for (int value = 0; value < n; value++) {
      int position = findSameHash(table, value);
      table.insert(~position, value, 42L);
    }
    SplittableRandom random = new SplittableRandom(7L);
    BitSet stored = new BitSet();
    stored.set(0, n);
    for (int step = 0; step < n; step++) {
      int value = random.nextInt(n);
      int position = findSameHash(table, value);
      assertEquals(stored.get(value), position >= 0, "value " + value);
      if (position >= 0) {
        table.delete(position);
        stored.clear(value);
      }
      assertEquals(stored.cardinality(), table.count());
    }
    for (int value = 0; value < n; value++) {
      assertEquals(stored.get(value), findSameHash(table, value) >= 0, "value " + value);
    }
  }

  private static int findSameHash(ProbingTable table, int value) {
    for (int i = table.home(42L); ; i = table.after(i)) {
      int stored = table.valueAt(i);
      if (stored == ProbingTable.EMPTY || stored == value) {
        return stored == value ? i : ~i;
      }
    }
  }

  @Test
  void replaceKeepsThePositionAndCount() {
    ProbingTable table = new ProbingTable(0, ProbingTableTest::clusteredHash);
    table.insert(~find(table, 7), 7, clusteredHash(7));
    int position = find(table, 7);
    table.replace(position, 12); // same hash class (mod 5)
    assertEquals(12, table.valueAt(position));
    assertEquals(1, table.count());
    assertTrue(find(table, 12) >= 0);
    assertTrue(find(table, 7) < 0);
  }

  @Test
  void capacityIsBoundedByTheLargestTable() {
    ProbingTable table = new ProbingTable(0, ProbingTableTest::clusteredHash);
    assertTrue(table.canHold(ProbingTable.MAX_LENGTH / 2));
    assertFalse(table.canHold(ProbingTable.MAX_LENGTH / 2 + 1));
    assertFalse(table.reserve(8), "16 cells hold 8 values at load one half");
    assertTrue(table.reserve(9));
  }
}
