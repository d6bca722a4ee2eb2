package org.tahqiq.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The MinHash signature of one shingle set: {@code k} 32-bit components whose pairwise collision
 * rate estimates the Jaccard similarity of the underlying sets. Signatures are made by a {@link
 * MinHasher}.
 *
 * <p>A signature remembers the {@link MinHashScheme}, the number of components and the seed it was
 * built with; comparing signatures that differ in any of them throws {@link
 * IncompatibleSignatureException}. The signature of an empty set is {@linkplain #isEmpty() empty}
 * and estimates Jaccard 0 against everything, itself included, so documents without content never
 * look like duplicates of each other.
 *
 * <p>{@link #jaccard(Signature)} gives the estimate with a confidence interval; {@link
 * #merge(Signature)} combines CLASSIC signatures into the signature of the union.
 *
 * <h2>Binary format</h2>
 *
 * {@link #toByteArray()} and {@link #writeTo(OutputStream)} write format {@code TQSG} version
 * {@value #FORMAT_VERSION}, {@code 29 + 4k} bytes: the common preamble of every Tahqiq format
 * (magic, i32 version), the scheme code, k, the seed, the flags (bit 0: empty), the k components
 * and a CRC-32C; byte map in {@link org.tahqiq.format.Formats}. The readers also read version 1
 * ({@code 20 + 4k} bytes, one-byte version, no checksum), which earlier releases wrote.
 *
 * <p>Both versions are frozen, and so are the component values every {@link MinHashPolicy}
 * computes for a given input: signatures persisted today compare correctly with signatures
 * computed by any later release. A change to either gets a new version number; readers reject
 * versions they do not know.
 *
 * <p>Immutable and thread-safe.
 */
public final class Signature {

  /** The largest supported number of components, {@code 2^16}. */
  public static final int MAX_COMPONENTS = 1 << 16;

  /** The binary format version written ({@link #fromByteArray} also reads version 1). */
  public static final int FORMAT_VERSION = SignatureFormat.VERSION;

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

  /**
   * A signature with the given components (copied).
   *
   * @throws IllegalArgumentException unless {@code 1 <= components.length <=} {@value
   *     #MAX_COMPONENTS}
   */
  public static Signature of(MinHashScheme scheme, long seed, int[] components) {
    Objects.requireNonNull(scheme, "scheme must not be null");
    Objects.requireNonNull(components, "components must not be null");
    if (components.length == 0) {
      throw new IllegalArgumentException("a signature needs at least one component");
    }
    checkK(components.length);
    return new Signature(scheme, seed, components.clone(), false);
  }

  /**
   * The signature of the empty set for the given parameters.
   *
   * @throws IllegalArgumentException unless {@code 1 <= k <=} {@value #MAX_COMPONENTS}
   */
  public static Signature empty(MinHashScheme scheme, int k, long seed) {
    Objects.requireNonNull(scheme, "scheme must not be null");
    return new Signature(scheme, seed, new int[checkK(k)], true);
  }

  /** Wraps {@code components} without copying; for this package's hashers only. */
  static Signature wrap(MinHashScheme scheme, long seed, int[] components) {
    return new Signature(scheme, seed, components, false);
  }

  /** Returns {@code k} if it is a valid number of components, else throws. */
  static int checkK(int k) {
    if (k < 1 || k > MAX_COMPONENTS) {
      throw new IllegalArgumentException(
          "k must be in [1, " + MAX_COMPONENTS + "]: " + k);
    }
    return k;
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

  /**
   * The Jaccard estimate with a 95% Wilson score interval; see {@link JaccardEstimate}.
   *
   * @throws IncompatibleSignatureException if {@code other} has another scheme, k or seed
   */
  public JaccardEstimate jaccard(Signature other) {
    return estimateJaccard(other, JaccardEstimate.DEFAULT_CONFIDENCE);
  }

  /**
   * The Jaccard estimate with a Wilson score interval of the given two-sided confidence level
   * (e.g. 0.95); an exact 0 with a zero-width interval if either signature is empty.
   *
   * @throws IncompatibleSignatureException if {@code other} has another scheme, k or seed
   * @throws IllegalArgumentException unless {@code 0 < confidence < 1}
   */
  public JaccardEstimate estimateJaccard(Signature other, double confidence) {
    JaccardEstimate.checkConfidence(confidence);
    int matches = matchingComponents(other);
    if (empty || other.empty) {
      return JaccardEstimate.exactZero(components.length);
    }
    return JaccardEstimate.wilson(matches, components.length, confidence);
  }

  /**
   * The signature of the union of the two signed sets, without the sets: for CLASSIC signatures
   * {@code sign(A).merge(sign(B)).equals(sign(A ∪ B))}. Each CLASSIC component is the minimum of a
   * 32-bit hash over the set, so the union's component is the unsigned minimum of the two. Merging
   * with an empty signature returns the other one.
   *
   * @throws IncompatibleSignatureException if {@code other} has another scheme, k or seed
   * @throws UnsupportedOperationException for ONE_PERMUTATION (densified components are copies of
   *     other bins, not minima over their own bin) and SUPER_MINHASH (its components are not
   *     per-element minima): no merge of such signatures equals the signature of the union
   */
  public Signature merge(Signature other) {
    requireCompatible(other);
    if (scheme != MinHashScheme.CLASSIC) {
      throw new UnsupportedOperationException(
          scheme
              + " signatures cannot be merged: their components are not minima over the set, so no"
              + " combination of two signatures equals the signature of the union; sign the union"
              + " or use CLASSIC");
    }
    if (other.empty) {
      return this;
    }
    if (empty) {
      return other;
    }
    int[] merged = new int[components.length];
    for (int i = 0; i < merged.length; i++) {
      int a = components[i];
      int b = other.components[i];
      merged[i] = Integer.compareUnsigned(a, b) <= 0 ? a : b;
    }
    return new Signature(scheme, seed, merged, false);
  }

  /** Size in bytes of the binary form written: {@code 29 + 4k}. */
  public int serializedSize() {
    return SignatureFormat.OVERHEAD_BYTES + Integer.BYTES * components.length;
  }

  /** The binary form described in the class documentation. */
  public byte[] toByteArray() {
    return SignatureFormat.toByteArray(this);
  }

  /**
   * Writes the binary form described in the class documentation. Does not close {@code out}.
   */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    SignatureFormat.write(this, out);
  }

  /**
   * Reads a signature written by {@link #toByteArray()} (version 2, or version 1 of earlier
   * releases); {@code bytes} must hold exactly one.
   *
   * @throws SignatureFormatException if the bytes are not a valid signature of a version this
   *     library reads, are truncated or have trailing bytes; the message names the field
   */
  public static Signature fromByteArray(byte[] bytes) throws SignatureFormatException {
    Objects.requireNonNull(bytes, "bytes must not be null");
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(bytes);
    try {
      Signature s = SignatureFormat.read(in, "");
      if (in.available() > 0) {
        throw new SignatureFormatException(in.available() + " trailing bytes after a signature of k=" + s.k()
            + " (" + (bytes.length - in.available()) + " bytes)");
      }
      return s;
    } catch (SignatureFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("a byte array cannot fail to read", e);
    }
  }

  /**
   * Reads one signature written by {@link #writeTo(OutputStream)} (either version), consuming
   * exactly its bytes, so several signatures can be read from one stream in sequence. Does not
   * close {@code in}.
   *
   * @throws SignatureFormatException if the bytes are not a valid signature or the stream ends
   *     early; the message names the field
   * @throws IOException if reading fails
   */
  public static Signature readFrom(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return SignatureFormat.read(in, "");
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
