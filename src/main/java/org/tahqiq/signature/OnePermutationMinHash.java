package org.tahqiq.signature;

import java.util.Arrays;

/**
 * {@link MinHashScheme#ONE_PERMUTATION}: one permutation hashing (Li, Owen and Zhang, NIPS 2012)
 * with densification (Shrivastava, "Optimal Densification for Fast and Accurate Minwise Hashing",
 * ICML 2017; Mai, Rao, Kapilevich, Rossi, Abbasi-Yadkori and Sinha, "On Densification for Minwise
 * Hashing", UAI 2020). O(n + k log k) per set.
 *
 * <p><b>Binning.</b> Each element is mixed once with the seed, {@code y = fmix64(x ^ e)}. The high
 * 32 bits choose its bin by multiply-shift range reduction, {@code bin = (hi32(y) * k) >>> 32}
 * (Lemire's fastrange: no division, no modulo bias beyond {@code k / 2^32}, no overflow for any
 * valid k); the low 32 bits, independent of the bin, are its value. Each bin keeps the unsigned
 * minimum value; a component is that minimum.
 *
 * <p><b>Densification.</b> Bins that received no element are filled with the value of a non-empty
 * bin chosen by data-independent hashing, so that two sets fill an empty bin from the same place
 * whenever they can. We use the fast variant of Mai et al.: in rounds {@code r = 1, 2, ...} every
 * originally non-empty bin {@code s}, in ascending order, proposes its value to bin {@code
 * fastrange(fmix64(d ^ (r << 32 | s)), k)}; a still-empty bin takes the first proposal it gets. For
 * a bin empty in both sets, the first proposer that is non-empty in the union is the same for
 * both, so the bin matches exactly when that proposer's union minimum lies in the intersection:
 * every component still matches with probability J (the LSH property), and Mai et al. show the
 * variance is no worse than Shrivastava's optimal densification. Unlike Shrivastava's per-bin
 * probing, whose expected cost is O(k^2) for sets much smaller than k, this terminates in O(k log
 * k) expected time for every input (coupon collector).
 *
 * <p>A densified component is a copy of another bin's minimum, not a minimum over the bin's own
 * elements, so signatures of this scheme cannot be merged into the signature of a union.
 *
 * <p>Immutable and thread-safe; its hashers are not.
 */
final class OnePermutationMinHash extends AbstractMinHashPolicy {

  /** Marks an empty bin; larger than every 32-bit value. */
  private static final long EMPTY = Long.MAX_VALUE;

  private final long densifyKey;

  OnePermutationMinHash(int k, long seed) {
    super(MinHashScheme.ONE_PERMUTATION, k, seed);
    this.densifyKey = Mixing.deriveKey(seed, Mixing.DOMAIN_DENSIFY);
  }

  @Override
  public MinHasher newHasher() {
    return new OnePermutationHasher();
  }

  private final class OnePermutationHasher extends Hasher {
    /** Per-bin minimum of the low 32 bits (in [0, 2^32)) or {@link #EMPTY}. */
    private final long[] bins = new long[k];
    /** The originally non-empty bins, ascending: the densification sources. */
    private final int[] sources = new int[k];

    @Override
    int[] components(long[] hashes, int from, int to) {
      long[] bin = bins;
      Arrays.fill(bin, EMPTY);
      for (int j = from; j < to; j++) {
        long y = Mixing.mixElement(hashes[j], elementKey);
        int b = Mixing.fastRange(y, bin.length);
        long v = y & 0xffffffffL;
        if (v < bin[b]) {
          bin[b] = v;
        }
      }
      densify(bin);
      int[] components = new int[bin.length];
      for (int i = 0; i < components.length; i++) {
        components[i] = (int) bin[i];
      }
      return components;
    }

    /** Fills every empty bin (fast densification of Mai et al.); requires one non-empty bin. */
    private void densify(long[] bin) {
      int n = bin.length;
      int sourceCount = 0;
      for (int i = 0; i < n; i++) {
        if (bin[i] != EMPTY) {
          sources[sourceCount++] = i;
        }
      }
      int filled = sourceCount;
      for (long round = 1; filled < n; round++) {
        for (int i = 0; i < sourceCount; i++) {
          int s = sources[i];
          int target = Mixing.fastRange(Mixing.fmix64(densifyKey ^ (round << 32 | s)), n);
          if (bin[target] == EMPTY) {
            bin[target] = bin[s];
            if (++filled == n) {
              return;
            }
          }
        }
      }
    }
  }
}
