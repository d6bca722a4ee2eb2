package org.tahqiq.signature;

import java.util.Objects;

/**
 * What every {@link MinHashPolicy} implementation shares: scheme, number of components, seed and
 * the seed-derived element key; value semantics on (scheme, k, seed); and a hasher skeleton that
 * checks its input and signs the empty set, leaving the scheme only the filling of components.
 * Immutable; subclasses must stay so.
 */
abstract class AbstractMinHashPolicy implements MinHashPolicy {

  private final MinHashScheme scheme;
  protected final int k;
  protected final long seed;
  /** Key of the seeded pre-mix {@code fmix64(x ^ elementKey)} every scheme applies to elements. */
  protected final long elementKey;

  AbstractMinHashPolicy(MinHashScheme scheme, int k, long seed) {
    this.scheme = scheme;
    this.k = Signature.checkK(k);
    this.seed = seed;
    this.elementKey = Mixing.deriveKey(seed, Mixing.DOMAIN_ELEMENT);
  }

  @Override
  public final MinHashScheme scheme() {
    return scheme;
  }

  @Override
  public final int k() {
    return k;
  }

  @Override
  public final long seed() {
    return seed;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof AbstractMinHashPolicy p && p.scheme == scheme && p.k == k && p.seed == seed;
  }

  @Override
  public final int hashCode() {
    return 31 * (31 * scheme.hashCode() + Integer.hashCode(k)) + Long.hashCode(seed);
  }

  @Override
  public final String toString() {
    return "MinHashPolicy[" + scheme + ", k=" + k + ", seed=" + seed + "]";
  }

  /** A reusable hasher of this policy; not thread-safe. */
  abstract class Hasher implements MinHasher {

    @Override
    public final MinHashPolicy policy() {
      return AbstractMinHashPolicy.this;
    }

    @Override
    public final Signature sign(long[] hashes, int from, int to) {
      Objects.requireNonNull(hashes, "hashes must not be null");
      Objects.checkFromToIndex(from, to, hashes.length);
      if (from == to) {
        return emptySignature();
      }
      return Signature.wrap(scheme, seed, components(hashes, from, to));
    }

    /** The k components of the non-empty set {@code hashes[from, to)}, in a new array. */
    abstract int[] components(long[] hashes, int from, int to);
  }
}
