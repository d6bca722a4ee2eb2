package org.tahqiq.index;

import java.util.SplittableRandom;
import org.tahqiq.signature.MinHashScheme;
import org.tahqiq.signature.Signature;

/**
 * Test-only textbook CLASSIC MinHash over sets of longs: component {@code j} is the low 32 bits of
 * {@code min over x of mix(x XOR salt_j)}, with {@code k} salts derived from the seed. Two sets of
 * Jaccard similarity {@code s} agree on each component with probability {@code s} (up to 2⁻³²),
 * independently across components, which is what the LSH theory assumes.
 */
final class TestMinHash {
  private TestMinHash() {}

  static final long SEED = 0x7A4D1C5EL;

  static Signature sign(long[] set, int k) {
    return sign(set, k, SEED);
  }

  static Signature sign(long[] set, int k, long seed) {
    if (set.length == 0) {
      return Signature.empty(MinHashScheme.CLASSIC, k, seed);
    }
    int[] components = new int[k];
    for (int j = 0; j < k; j++) {
      long salt = mix(seed + (j + 1) * 0x9E3779B97F4A7C15L);
      long min = Long.MAX_VALUE;
      for (long x : set) {
        min = Math.min(min, mix(x ^ salt));
      }
      components[j] = (int) min;
    }
    return Signature.of(MinHashScheme.CLASSIC, seed, components);
  }

  /** SplitMix64's finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** {@code size} distinct random longs. */
  static long[] randomSet(SplittableRandom random, int size) {
    java.util.HashSet<Long> seen = new java.util.HashSet<>();
    long[] set = new long[size];
    int n = 0;
    while (n < size) {
      long x = random.nextLong();
      if (seen.add(x)) {
        set[n++] = x;
      }
    }
    return set;
  }

  /**
   * Two sets of exactly {@code shared + 2·own} distinct elements in their union: {@code shared}
   * common ones and {@code own} private ones each; Jaccard = shared / (shared + 2·own).
   */
  static long[][] pair(SplittableRandom random, int shared, int own) {
    long[] all = randomSet(random, shared + 2 * own);
    long[] a = new long[shared + own];
    long[] b = new long[shared + own];
    System.arraycopy(all, 0, a, 0, shared);
    System.arraycopy(all, 0, b, 0, shared);
    System.arraycopy(all, shared, a, shared, own);
    System.arraycopy(all, shared + own, b, shared, own);
    return new long[][] {a, b};
  }

  /** A copy of {@code base} with its first {@code replaced} elements swapped for fresh ones. */
  static long[] mutate(SplittableRandom random, long[] base, int replaced) {
    long[] copy = base.clone();
    for (int i = 0; i < replaced; i++) {
      copy[i] = random.nextLong();
    }
    return copy;
  }
}
