package org.tahqiq.index;

import java.util.Arrays;

/**
 * The heads of the band chains of an {@link LshIndex}: a {@link ProbingTable} of nodes {@code
 * slot × bands + band}, one per distinct (band, contents), positioned by the hash of the band
 * number and its {@code rows} components. Band contents are compared exactly; the hash only
 * positions. The chains' links and the components stay in the index, which this table reads.
 *
 * <p>Not thread-safe: the owning index's read/write lock guards every call.
 */
final class BandChainTable {

  /** The odd multiplier of the band hash's chain (MurmurHash3's first {@code fmix64} constant). */
  private static final long MULTIPLIER = 0xFF51_AFD7_ED55_8CCDL;
  /** The golden-ratio increment of SplitMix64, 2^64 / phi: spreads the band numbers. */
  private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

  private final LshIndex index;
  private final int bands;
  private final int rows;
  private final ProbingTable table;

  /** An empty table with room for {@code expectedChains} chains of {@code index}'s bands. */
  BandChainTable(LshIndex index, int bands, int rows, long expectedChains) {
    this.index = index;
    this.bands = bands;
    this.rows = rows;
    this.table = new ProbingTable(expectedChains, this::nodeHash);
  }

  /**
   * Position of the chain of {@code band} whose contents equal {@code src[offset, offset + rows)},
   * or {@code ~p} where {@code p} is the free cell ending the probe run.
   */
  int find(int[] src, int offset, int band) {
    return find(src, offset, band, bandHash(src, offset, band));
  }

  /** {@link #find(int[], int, int)} with the contents' {@link #bandHash}, computed by the caller. */
  int find(int[] src, int offset, int band, long hash) {
    for (int i = table.home(hash); ; i = table.after(i)) {
      int node = table.valueAt(i);
      if (node == ProbingTable.EMPTY) {
        return ~i;
      }
      if (node % bands == band) {
        int slot = node / bands;
        int start = index.base(slot) + band * rows;
        if (Arrays.equals(index.page(slot), start, start + rows, src, offset, offset + rows)) {
          return i;
        }
      }
    }
  }

  /** The head node of the chain at the occupied {@code position}. */
  int headAt(int position) {
    return table.valueAt(position);
  }

  /** Makes {@code node}, of the same band contents, the head of the chain at {@code position}. */
  void replaceHead(int position, int node) {
    table.replace(position, node);
  }

  /**
   * Starts a chain with {@code node}, whose contents have this {@link #bandHash}, at the free cell
   * {@code position} (the {@code ~p} of find).
   */
  void addChain(int position, int node, long hash) {
    table.insert(position, node, hash);
  }

  /** Deletes the chain at the occupied {@code position}, whose only node is being unlinked. */
  void deleteChain(int position) {
    table.delete(position);
  }

  /** Whether {@code additional} more chains fit. */
  boolean canHold(int additional) {
    return table.canHold(additional);
  }

  /**
   * Makes room for {@code additional} more chains; positions found before may be stale. Requires
   * {@link #canHold canHold(additional)}.
   */
  void reserve(int additional) {
    table.reserve(additional);
  }

  /** Bytes of the table's cells. */
  long memoryBytes() {
    return table.memoryBytes();
  }

  private long nodeHash(int node) {
    int slot = node / bands;
    int band = node - slot * bands;
    return bandHash(index.page(slot), index.base(slot) + band * rows, band);
  }

  /**
   * Hash of {@code band} and its contents {@code src[offset, offset + rows)}; allocation-free.
   * Positions only, never persisted: equality is decided on the contents, so the hash changes no
   * result. The components are MinHash values, already uniform, so a multiply–xorshift chain
   * finished by MurmurHash3's {@code fmix64} spreads them as well as a byte hash would; it costs
   * plain multiplies, where komihash's 128-bit products are calls in a short run's first-tier
   * compiled code (about 4 % of a cold {@code dedup}'s worker time, benchmarks/README.md).
   */
  long bandHash(int[] src, int offset, int band) {
    long h = (band + 1) * GOLDEN_GAMMA;
    for (int i = offset, end = offset + rows; i < end; i++) {
      long x = (h ^ (src[i] & 0xFFFF_FFFFL)) * MULTIPLIER;
      h = x ^ (x >>> 29);
    }
    return fmix64(h);
  }

  /** MurmurHash3's 64-bit finalizer: a bijection whose every output bit depends on every input bit. */
  private static long fmix64(long h) {
    h ^= h >>> 33;
    h *= MULTIPLIER;
    h ^= h >>> 33;
    h *= 0xC4CE_B9FE_1A85_EC53L;
    h ^= h >>> 33;
    return h;
  }
}
