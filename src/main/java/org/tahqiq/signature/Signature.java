package org.tahqiq.signature;

import java.util.Arrays;
import java.util.Objects;

/**
 * The MinHash signature of one shingle set: {@code k} 32-bit components whose pairwise collision
 * rate estimates the Jaccard similarity of the underlying sets.
 *
 * <p>A signature remembers the {@link MinHashScheme}, the number of components and the seed it was
 * built with; comparing signatures that differ in any of them throws {@link
 * IncompatibleSignatureException}. The signature of an empty set is {@linkplain #isEmpty() empty}
 * and estimates Jaccard 0 against everything, itself included, so documents without content never
 * look like duplicates of each other.
 *
 * <p>Immutable and thread-safe.
 */
public final class Signature {

  private final MinHashScheme scheme;
  private final long seed;
  private final int[] components;
  private final boolean empty;

  private Signature(MinHashScheme scheme, long seed, int[] components, boolean empty) {
    this.scheme = scheme;
    this.seed = seed;
    this.components = components;
    this.empty = empty;
  }

  /** A signature with the given components (copied). */
  public static Signature of(MinHashScheme scheme, long seed, int[] components) {
    Objects.requireNonNull(scheme, "scheme must not be null");
    Objects.requireNonNull(components, "components must not be null");
    if (components.length == 0) {
      throw new IllegalArgumentException("a signature needs at least one component");
    }
    return new Signature(scheme, seed, components.clone(), false);
  }

  /** The signature of the empty set for the given parameters. */
  public static Signature empty(MinHashScheme scheme, int k, long seed) {
    Objects.requireNonNull(scheme, "scheme must not be null");
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    return new Signature(scheme, seed, new int[k], true);
  }

  /** Wraps {@code components} without copying; for this package's hashers only. */
  static Signature wrap(MinHashScheme scheme, long seed, int[] components) {
    return new Signature(scheme, seed, components, false);
  }

  public MinHashScheme scheme() {
    return scheme;
  }

  public long seed() {
    return seed;
  }

  /** Number of components. */
  public int k() {
    return components.length;
  }

  /** Component {@code i}, {@code 0 <= i < k()}. */
  public int component(int i) {
    return components[i];
  }

  /** A copy of all components. */
  public int[] components() {
    return components.clone();
  }

  /** Whether this is the signature of an empty shingle set. */
  public boolean isEmpty() {
    return empty;
  }

  /** Whether {@code other} was built with the same scheme, k and seed. */
  public boolean isCompatibleWith(Signature other) {
    return other.scheme == scheme && other.seed == seed && other.components.length == components.length;
  }

  /** Throws {@link IncompatibleSignatureException} unless {@code other} is compatible. */
  public void requireCompatible(Signature other) {
    Objects.requireNonNull(other, "other signature must not be null");
    if (!isCompatibleWith(other)) {
      throw new IncompatibleSignatureException(
          "signatures are not comparable: "
              + describe()
              + " vs "
              + other.describe());
    }
  }

  /** Number of equal components; 0 if either side is empty. */
  public int matchingComponents(Signature other) {
    requireCompatible(other);
    if (empty || other.empty) {
      return 0;
    }
    int m = 0;
    int[] a = components;
    int[] b = other.components;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        m++;
      }
    }
    return m;
  }

  /** Estimated Jaccard similarity: the fraction of equal components (0 if either is empty). */
  public double estimateJaccard(Signature other) {
    return matchingComponents(other) / (double) components.length;
  }

  private String describe() {
    return scheme + "(k=" + components.length + ", seed=" + seed + ")";
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Signature)) {
      return false;
    }
    Signature s = (Signature) o;
    return scheme == s.scheme && seed == s.seed && empty == s.empty && Arrays.equals(components, s.components);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * scheme.hashCode() + Long.hashCode(seed)) + Arrays.hashCode(components) + (empty ? 1 : 0);
  }

  @Override
  public String toString() {
    return "Signature[" + describe() + (empty ? ", empty" : "") + "]";
  }
}
