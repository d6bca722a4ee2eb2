package org.tahqiq.signature;

/**
 * The 64-bit mixing primitives behind every MinHash scheme of this package.
 *
 * <p>The inputs are already uniformly distributed 64-bit shingle hashes, so what the schemes need
 * is not a byte-sequence hash function but a cheap, seedable bijection that re-randomises one long
 * (and, for {@link MinHashScheme#CLASSIC}, k of them per element in the innermost loop). MurmurHash3's
 * {@code fmix64} finalizer is exactly that: a bijection with full avalanche (every input bit flips
 * every output bit with probability close to 1/2). It is kept here, not taken from a library, so
 * that persisted signatures never change with a dependency upgrade: every value computed here is
 * frozen by signature format version 1.
 *
 * <p>Stateless; thread-safe.
 */
final class Mixing {

  /** The golden-ratio increment of SplitMix64: 2^64 / phi, odd. */
  static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** Key derivation domain of the per-element pre-mix shared by all schemes. */
  static final int DOMAIN_ELEMENT = 1;
  /** Key derivation domain of the densification probes of one permutation hashing. */
  static final int DOMAIN_DENSIFY = 2;
  /** First key derivation domain of the CLASSIC hash functions; function i uses domain 16 + i. */
  static final int DOMAIN_CLASSIC_FIRST = 16;

  private Mixing() {}

  /**
   * MurmurHash3's 64-bit finalizer (Austin Appleby, public domain): a bijection of the 64-bit
   * values with full avalanche.
   */
  static long fmix64(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * A key derived from the user's seed for one purpose ({@code domain}): the {@code domain}-th
   * output of a SplitMix64-style sequence started at {@code seed}, so distinct domains give
   * unrelated keys and distinct seeds give unrelated key sets.
   */
  static long deriveKey(long seed, int domain) {
    return fmix64(seed + domain * GOLDEN_GAMMA);
  }

  /**
   * The seeded re-randomisation of one input element hash. A bijection for every key, so distinct
   * inputs stay distinct and duplicates stay duplicates.
   */
  static long mixElement(long elementHash, long elementKey) {
    return fmix64(elementHash ^ elementKey);
  }

  /**
   * Lemire's multiply-shift range reduction ("fastrange") of the high 32 bits of {@code h} to
   * {@code [0, n)}: {@code floor(hi32 * n / 2^32)}. Unlike {@code %} it needs no division and, for a
   * uniform {@code h}, every result has probability within {@code n / 2^32} of {@code 1/n}. The
   * product fits in 64 bits for every {@code n <= 2^31 - 1}; requires {@code n > 0}.
   */
  static int fastRange(long h, int n) {
    return (int) (((h >>> 32) * n) >>> 32);
  }
}
