package org.tahqiq.signature;

/**
 * The MinHash algorithms Tahqiq can sign a shingle set with. Signatures of different schemes are
 * never comparable. The numeric {@link #code()} is part of the persisted signature format and never
 * changes for an existing constant.
 *
 * <p>Immutable and thread-safe.
 */
public enum MinHashScheme {
  /** k independent hash functions, the minimum of each: the textbook reference (Broder 1997). */
  CLASSIC(1),
  /** One permutation hashing with optimal densification (Shrivastava, ICML 2017): O(n + k). */
  ONE_PERMUTATION(2),
  /** SuperMinHash (Ertl 2017) as implemented by hash4j. */
  SUPER_MINHASH(3);

  private final int code;

  MinHashScheme(int code) {
    this.code = code;
  }

  /** Stable identifier used in the binary formats. */
  public int code() {
    return code;
  }

  /**
   * The scheme of {@link MinHashPolicy#defaults(int)}: {@link #ONE_PERMUTATION}, the fastest scheme
   * (O(n + k log k) per set, against O(n k) for CLASSIC and a costlier per-element step for
   * SUPER_MINHASH) whose Jaccard estimation error on article pairs is no worse than CLASSIC's; see
   * {@code SchemeAccuracyTest} for the measurement behind this choice. It may change only together
   * with a new default policy, never for existing persisted signatures, which record their scheme.
   */
  public static MinHashScheme defaultScheme() {
    return ONE_PERMUTATION;
  }

  /** The scheme with the given stable code. */
  public static MinHashScheme fromCode(int code) {
    for (MinHashScheme s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown MinHash scheme code " + code);
  }

  /** Whether {@link #fromCode(int)} accepts {@code code}. */
  static boolean isKnownCode(int code) {
    for (MinHashScheme s : values()) {
      if (s.code == code) {
        return true;
      }
    }
    return false;
  }
}
