package org.tahqiq.signature;

/**
 * The MinHash algorithms Tahqiq can sign a shingle set with. Signatures of different schemes are
 * never comparable. The numeric {@link #code()} is part of the persisted signature format and never
 * changes for an existing constant.
 *
 * <p>Immutable and thread-safe.
 */
public enum MinHashScheme {
  /**
   * k independent hash functions, the minimum of each: the textbook reference (Broder 1997). O(n k)
   * per set; the only scheme whose signatures can be {@linkplain Signature#merge merged}.
   */
  CLASSIC(1),
  /**
   * One permutation hashing with densification (Shrivastava, ICML 2017; in the O(k log k) variant
   * of Mai et al., UAI 2020): O(n + k log k) per set. The default.
   */
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
   * SUPER_MINHASH) whose Jaccard estimation error on article pairs is no worse than CLASSIC's. On
   * 40 pairs of word 3-shingle sets from real Arabic news articles (truncations, excerpts, edited
   * copies, appended and unrelated stories; 210 to 1,070 shingles), over 60 seeds, the RMSE was
   * 0.0489 / 0.0334 / 0.0227 at k = 64 / 128 / 256, against CLASSIC's 0.0502 / 0.0352 / 0.0248;
   * SUPER_MINHASH was more accurate still (0.0474 / 0.0319 / 0.0202) but 2 to 6 times slower
   * to compute (see {@code SchemeAccuracyTest}). It may change only together
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
