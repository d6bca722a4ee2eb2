package org.tahqiq.signature;

import java.util.Arrays;

/**
 * {@link MinHashScheme#CLASSIC}: k independent hash functions, the minimum of each (Broder 1997).
 * O(n k) per set; the reference the faster schemes are measured against.
 *
 * <p>Hash function {@code i} of element {@code x} is {@code h_i(x) = fmix64(y + c_i)}, where {@code
 * y = fmix64(x ^ e)} is the seeded pre-mix of the element (computed once per element) and {@code
 * e}, {@code c_0 ... c_{k-1}} are keys derived from the seed. Component {@code i} is the high 32
 * bits of {@code min_x h_i(x)} (unsigned), which equals {@code min_x (h_i(x) >>> 32)}: a true
 * minimum of 32-bit hash values. That is what makes signatures {@linkplain Signature#merge
 * mergeable} (the component of a union is the unsigned minimum of the components). The price is
 * that two different elements can share the same 32-bit minimum: for sets of sizes {@code a} and
 * {@code b} the chance of such a false match per component is about {@code ab / ((a + b) 2^32) <=
 * min(a, b) / 2^32}, i.e. below 2.4e-5 for sets of 100,000 shingles, three orders of magnitude under
 * the sampling error of any practical k. (Keeping the <em>low</em> 32 bits of the 64-bit minimum
 * instead would make false matches rarer still, but those bits are not ordered like the minimum, so
 * signatures could not be merged.)
 *
 * <p>Immutable and thread-safe; its hashers are not.
 */
final class ClassicMinHash extends AbstractMinHashPolicy {

  /** Per-function keys; never exposed or modified after construction. */
  private final long[] functionKeys;

  ClassicMinHash(int k, long seed) {
    super(MinHashScheme.CLASSIC, k, seed);
    this.functionKeys = new long[k];
    for (int i = 0; i < k; i++) {
      functionKeys[i] = Mixing.deriveKey(seed, Mixing.DOMAIN_CLASSIC_FIRST + i);
    }
  }

  @Override
  public MinHasher newHasher() {
    return new ClassicHasher();
  }

  private final class ClassicHasher extends Hasher {
    /** Running minima of {@code h_i(x) >>> 32}; always in [0, 2^32), so signed comparison works. */
    private final long[] minima = new long[k];

    @Override
    int[] components(long[] hashes, int from, int to) {
      long[] min = minima;
      long[] keys = functionKeys;
      Arrays.fill(min, Long.MAX_VALUE);
      for (int j = from; j < to; j++) {
        long y = Mixing.mixElement(hashes[j], elementKey);
        for (int i = 0; i < min.length; i++) {
          long v = Mixing.fmix64(y + keys[i]) >>> 32;
          if (v < min[i]) {
            min[i] = v;
          }
        }
      }
      int[] components = new int[min.length];
      for (int i = 0; i < components.length; i++) {
        components[i] = (int) min[i];
      }
      return components;
    }
  }
}
