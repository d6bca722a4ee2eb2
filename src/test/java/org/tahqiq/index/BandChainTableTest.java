package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The band hash that positions chains: it depends on the band number and on every component, and
 * spreads both random contents (what MinHash components are) and structured ones (counters,
 * contents that differ in one component) evenly over the low bits the probing table reads.
 */
class BandChainTableTest {
  private static final int BANDS = 9;
  private static final int ROWS = 13;
  /** Only the hash is exercised: it reads neither the index nor the table. */
  private static final BandChainTable TABLE = new BandChainTable(null, BANDS, ROWS, 16);

  @Test
  void everyComponentAndTheBandNumberChangeTheHash() {
    SplittableRandom random = new SplittableRandom(20261203L);
    int[] contents = new int[ROWS];
    for (int round = 0; round < 1_000; round++) {
      for (int i = 0; i < ROWS; i++) {
        contents[i] = random.nextInt();
      }
      long hash = TABLE.bandHash(contents, 0, 3);
      assertNotEquals(hash, TABLE.bandHash(contents, 0, 4));
      for (int i = 0; i < ROWS; i++) {
        int kept = contents[i];
        contents[i] ^= 1 << random.nextInt(32);
        assertNotEquals(hash, TABLE.bandHash(contents, 0, 3), "component " + i);
        contents[i] = kept;
      }
      assertEquals(hash, TABLE.bandHash(contents, 0, 3), "a function of the contents alone");
    }
  }

  @Test
  void theHashReadsOnlyItsBandsRows() {
    int[] page = new int[3 * ROWS];
    for (int i = 0; i < page.length; i++) {
      page[i] = i * 7919;
    }
    int[] alone = java.util.Arrays.copyOfRange(page, ROWS, 2 * ROWS);
    assertEquals(TABLE.bandHash(alone, 0, 1), TABLE.bandHash(page, ROWS, 1));
  }

  @Test
  void structuredAndRandomContentsSpreadOverTheLowBits() {
    // Home cells are the hash's low bits: 2^12 cells, 2^18 contents, each cell expected 64 times.
    int cells = 1 << 12;
    int n = 1 << 18;
    SplittableRandom random = new SplittableRandom(7L);
    int[][] counts = new int[3][cells];
    Set<Long> distinct = new HashSet<>();
    int[] contents = new int[ROWS];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < ROWS; i++) {
        contents[i] = random.nextInt();
      }
      counts[0][(int) TABLE.bandHash(contents, 0, k % BANDS) & (cells - 1)]++;
      java.util.Arrays.fill(contents, 0);
      contents[ROWS - 1] = k; // counters: all but the last component equal
      long h = TABLE.bandHash(contents, 0, 0);
      distinct.add(h);
      counts[1][(int) h & (cells - 1)]++;
      contents[ROWS - 1] = 0;
      contents[k % ROWS] = k / ROWS + 1; // one non-zero component, anywhere
      counts[2][(int) TABLE.bandHash(contents, 0, 0) & (cells - 1)]++;
    }
    assertEquals(n, distinct.size(), "counters collide in 64 bits");
    for (int[] c : counts) {
      // Chi-square with 4,095 degrees of freedom: mean 4,095, sd about 90; 4,600 is 5.6 sd out.
      double expected = (double) n / cells;
      double chi2 = 0;
      for (int x : c) {
        chi2 += (x - expected) * (x - expected) / expected;
      }
      assertTrue(chi2 < 4_600, "chi-square " + chi2);
    }
  }
}
