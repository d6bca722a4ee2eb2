package org.tahqiq.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * <h2>Binary format, version 1</h2>
 *
 * {@link #toByteArray()} and {@link #writeTo(OutputStream)} write {@code 20 + 4k} bytes, all
 * multi-byte integers little-endian:
 *
 * <pre>
 * offset  size  field
 *      0     4  magic: the ASCII bytes 'T' 'Q' 'S' 'G' (0x54 0x51 0x53 0x47)
 *      4     1  format version: 1
 *      5     1  scheme: {@link MinHashScheme#code()} (1 CLASSIC, 2 ONE_PERMUTATION, 3 SUPER_MINHASH)
 *      6     1  flags: bit 0 set = empty signature; bits 1-7 are reserved and must be 0
 *      7     1  bits per component: 32
 *      8     4  k, the number of components: int32, 1 &lt;= k &lt;= {@value #MAX_COMPONENTS}
 *     12     8  seed: int64
 *     20    4k  components 0 .. k-1: int32 each; all 0 when the signature is empty
 * </pre>
 *
 * Version 1 is frozen, and so are the component values every {@link MinHashPolicy} computes for a
 * given input: signatures persisted today compare correctly with signatures computed by any later
 * release. A change to either gets a new version number; readers reject versions they do not know.
 *
 * <p>Immutable and thread-safe.
 */
public final class Signature {

  /** The largest supported number of components, {@code 2^16}. */
  public static final int MAX_COMPONENTS = 1 << 16;

  /** The current (and only) binary format version. */
  public static final int FORMAT_VERSION = 1;

  private static final byte[] MAGIC = {'T', 'Q', 'S', 'G'};
  private static final int HEADER_BYTES = 20;
  private static final int FLAG_EMPTY = 1;
  private static final int BITS_PER_COMPONENT = 32;

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

  /** Size in bytes of the binary form: {@code 20 + 4k}. */
  public int serializedSize() {
    return HEADER_BYTES + Integer.BYTES * components.length;
  }

  /** The binary form described in the class documentation. */
  public byte[] toByteArray() {
    ByteBuffer out = ByteBuffer.allocate(serializedSize()).order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC)
        .put((byte) FORMAT_VERSION)
        .put((byte) scheme.code())
        .put((byte) (empty ? FLAG_EMPTY : 0))
        .put((byte) BITS_PER_COMPONENT)
        .putInt(components.length)
        .putLong(seed);
    for (int c : components) {
      out.putInt(empty ? 0 : c);
    }
    return out.array();
  }

  /**
   * Writes the binary form described in the class documentation. Does not flush or close {@code
   * out}.
   */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    out.write(toByteArray());
  }

  /**
   * Reads a signature written by {@link #toByteArray()}; {@code bytes} must hold exactly one.
   *
   * @throws SignatureFormatException if the bytes are not a valid version 1 signature, are
   *     truncated or have trailing bytes; the message names what was read
   */
  public static Signature fromByteArray(byte[] bytes) throws SignatureFormatException {
    Objects.requireNonNull(bytes, "bytes must not be null");
    if (bytes.length < HEADER_BYTES) {
      throw new SignatureFormatException(
          "truncated signature header: " + bytes.length + " bytes, expected " + HEADER_BYTES);
    }
    Header header = Header.parse(Arrays.copyOf(bytes, HEADER_BYTES));
    int expected = HEADER_BYTES + Integer.BYTES * header.k;
    if (bytes.length < expected) {
      throw truncatedComponents(header.k, bytes.length - HEADER_BYTES);
    }
    if (bytes.length > expected) {
      throw new SignatureFormatException(
          (bytes.length - expected)
              + " trailing bytes after a signature of k="
              + header.k
              + " ("
              + expected
              + " bytes)");
    }
    return header.withComponents(Arrays.copyOfRange(bytes, HEADER_BYTES, expected));
  }

  /**
   * Reads one signature written by {@link #writeTo(OutputStream)}, consuming exactly its bytes, so
   * several signatures can be read from one stream in sequence. Does not close {@code in}.
   *
   * @throws SignatureFormatException if the bytes are not a valid version 1 signature or the stream
   *     ends early; the message names what was read
   * @throws IOException if reading fails
   */
  public static Signature readFrom(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    byte[] head = in.readNBytes(HEADER_BYTES);
    if (head.length < HEADER_BYTES) {
      throw new SignatureFormatException(
          "truncated signature header: " + head.length + " bytes, expected " + HEADER_BYTES);
    }
    Header header = Header.parse(head);
    byte[] body = in.readNBytes(Integer.BYTES * header.k);
    if (body.length < Integer.BYTES * header.k) {
      throw truncatedComponents(header.k, body.length);
    }
    return header.withComponents(body);
  }

  private static SignatureFormatException truncatedComponents(int k, int got) {
    return new SignatureFormatException(
        "truncated signature: header says k="
            + k
            + " components ("
            + Integer.BYTES * k
            + " bytes) but only "
            + got
            + " bytes follow");
  }

  /** The validated fixed-size header of the binary form. */
  private static final class Header {
    final MinHashScheme scheme;
    final boolean empty;
    final int k;
    final long seed;

    private Header(MinHashScheme scheme, boolean empty, int k, long seed) {
      this.scheme = scheme;
      this.empty = empty;
      this.k = k;
      this.seed = seed;
    }

    static Header parse(byte[] head) throws SignatureFormatException {
      ByteBuffer in = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
      if (!Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        throw new SignatureFormatException(
            "bad magic " + hex(head, 0, MAGIC.length) + ", expected 54 51 53 47 ('TQSG')");
      }
      int version = Byte.toUnsignedInt(in.get(4));
      if (version != FORMAT_VERSION) {
        throw new SignatureFormatException(
            "unsupported signature format version " + version + ", expected " + FORMAT_VERSION);
      }
      int code = Byte.toUnsignedInt(in.get(5));
      if (!MinHashScheme.isKnownCode(code)) {
        throw new SignatureFormatException(
            "unknown MinHash scheme code " + code + " at offset 5");
      }
      int flags = Byte.toUnsignedInt(in.get(6));
      if ((flags & ~FLAG_EMPTY) != 0) {
        throw new SignatureFormatException(
            "reserved flag bits set: flags 0x" + Integer.toHexString(flags) + " at offset 6");
      }
      int bits = Byte.toUnsignedInt(in.get(7));
      if (bits != BITS_PER_COMPONENT) {
        throw new SignatureFormatException(
            "unsupported bits per component " + bits + ", expected " + BITS_PER_COMPONENT);
      }
      int k = in.getInt(8);
      if (k < 1 || k > MAX_COMPONENTS) {
        throw new SignatureFormatException(
            "number of components k=" + k + " out of range [1, " + MAX_COMPONENTS + "]");
      }
      return new Header(MinHashScheme.fromCode(code), (flags & FLAG_EMPTY) != 0, k, in.getLong(12));
    }

    Signature withComponents(byte[] body) throws SignatureFormatException {
      ByteBuffer in = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
      int[] components = new int[k];
      for (int i = 0; i < k; i++) {
        components[i] = in.getInt();
        if (empty && components[i] != 0) {
          throw new SignatureFormatException(
              "empty signature with non-zero component "
                  + i
                  + " = 0x"
                  + Integer.toHexString(components[i]));
        }
      }
      return new Signature(scheme, seed, components, empty);
    }
  }

  private static String hex(byte[] bytes, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        s.append(' ');
      }
      s.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
    }
    return s.toString();
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
