package org.tahqiq.signature;

import java.util.Objects;

/**
 * How to MinHash a set of 64-bit shingle hashes: the {@linkplain MinHashScheme scheme}, the number
 * of components {@code k} and the seed. A policy is the immutable, shareable half of signing; it
 * creates {@linkplain MinHasher hashers}, the reusable, single-threaded half that owns the work
 * arrays (the split follows hash4j's {@code SimilarityHashPolicy}/{@code SimilarityHasher}).
 *
 * <p>Signatures are comparable exactly when they come from equal policies (same scheme, k and
 * seed). For a given policy the signature of a set is frozen by signature format version 1: it
 * does not change across releases, JVMs or platforms.
 *
 * <p>Choosing {@code k}: the standard error of a Jaccard estimate is about {@code sqrt(J(1-J)/k)},
 * so {@code k = 128} gives at most 0.044 and {@code k = 256} at most 0.031. Valid values are {@code
 * 1 <= k <=} {@value Signature#MAX_COMPONENTS} for every scheme (for {@link
 * MinHashScheme#ONE_PERMUTATION} k need not be a power of two: bins are chosen by multiply-shift
 * range reduction, which is unbiased to within {@code k / 2^32} for any k).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface MinHashPolicy {

  /**
   * The seed of {@link #defaults(int)}: the ASCII bytes of "tahqiq". Fixed forever so that default
   * signatures from different runs and machines are comparable.
   */
  long DEFAULT_SEED = 0x746168716971L;

  /**
   * A policy for the given scheme, number of components and seed.
   *
   * @throws NullPointerException if {@code scheme} is null
   * @throws IllegalArgumentException if {@code k} is outside {@code [1, }{@value
   *     Signature#MAX_COMPONENTS}{@code ]}
   */
  static MinHashPolicy create(MinHashScheme scheme, int k, long seed) {
    Objects.requireNonNull(scheme, "scheme must not be null");
    Signature.checkK(k);
    switch (scheme) {
      case CLASSIC:
        return new ClassicMinHash(k, seed);
      case ONE_PERMUTATION:
        return new OnePermutationMinHash(k, seed);
      case SUPER_MINHASH:
        return new SuperMinHash(k, seed);
      default:
        throw new AssertionError("unhandled scheme " + scheme);
    }
  }

  /**
   * A policy with the {@linkplain MinHashScheme#defaultScheme() default scheme} and {@link
   * #DEFAULT_SEED}.
   *
   * @throws IllegalArgumentException if {@code k} is outside {@code [1, }{@value
   *     Signature#MAX_COMPONENTS}{@code ]}
   */
  static MinHashPolicy defaults(int k) {
    return create(MinHashScheme.defaultScheme(), k, DEFAULT_SEED);
  }

  /** The MinHash algorithm. */
  MinHashScheme scheme();

  /** Number of 32-bit components of every signature. */
  int k();

  /** The seed every hash function is derived from. */
  long seed();

  /** A new hasher; create one per thread and reuse it. */
  MinHasher newHasher();

  /** The signature of the empty set under this policy. */
  default Signature emptySignature() {
    return Signature.empty(scheme(), k(), seed());
  }
}
