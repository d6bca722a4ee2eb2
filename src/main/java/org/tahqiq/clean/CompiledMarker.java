package org.tahqiq.clean;

import java.util.List;
import java.util.Objects;
import org.tahqiq.normalize.ArabicNormalizer;

/**
 * A {@link BoilerplateMarker} with its phrase folded once, ready to be matched against folded line
 * keys with {@code startsWith}/{@code indexOf} only (no regex, no allocation per match).
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledMarker {

  final BoilerplateMarker marker;
  /** The folded phrase. */
  private final String key;
  /** The folded phrase without leading/trailing punctuation, for the equals actions. */
  private final String core;
  /** The folded parts of a contains phrase, in order. */
  private final String[] parts;
  /**
   * For a contains phrase, the {@linkplain Bigrams bigram set} of its parts: a line lacking any
   * of them cannot match, which rules out almost every line before any search.
   */
  private final Bigrams.Required requiredBigrams;

  private CompiledMarker(BoilerplateMarker marker, String key, String core, String[] parts) {
    this.marker = marker;
    this.key = key;
    this.core = core;
    this.parts = parts;
    if (marker.action() == BoilerplateMarker.Action.DROP_LINE_IF_CONTAINS) {
      long[] set = new long[Bigrams.WORDS];
      for (String part : parts) {
        Bigrams.addAll(part, 0, part.length(), set);
      }
      requiredBigrams = new Bigrams.Required(set);
    } else {
      requiredBigrams = null;
    }
  }

  static CompiledMarker compile(
      BoilerplateMarker marker, ArabicNormalizer normalizer, StringBuilder scratch) {
    Objects.requireNonNull(marker, "marker must not be null");
    String key = Folding.key(normalizer, marker.phrase(), scratch);
    List<String> parts = marker.action() == BoilerplateMarker.Action.DROP_LINE_IF_CONTAINS
        ? Folding.splitOnGap(key)
        : List.of(key);
    for (String part : parts) {
      if (!Folding.hasLetterOrDigit(part)) {
        throw new IllegalArgumentException(
            "marker phrase has no letter or digit after folding: " + marker.toLine());
      }
    }
    return new CompiledMarker(marker, key, Folding.core(key), parts.toArray(new String[0]));
  }

  /**
   * Whether the line whose folded key is {@code line} matches; {@code coreStart}/{@code coreEnd}
   * delimit its letters and digits (see {@link Folding#coreStart}); {@code lineBigrams} is the
   * {@linkplain Bigrams bigram set} of {@code line}, needed by contains markers only (may be null
   * for the others).
   */
  boolean matches(String line, int coreStart, int coreEnd, long[] lineBigrams) {
    switch (marker.action()) {
      case CUT_REST_IF_EQUALS:
      case DROP_LIST_IF_EQUALS:
      case DROP_LINE_IF_EQUALS:
        return coreEnd - coreStart == core.length()
            && line.regionMatches(coreStart, core, 0, core.length());
      case DROP_LINE_IF_STARTS_WITH: {
        int at = Folding.isWordChar(key.charAt(0)) ? coreStart : 0;
        return line.startsWith(key, at) && boundaryAfter(line, at + key.length(), key);
      }
      case DROP_LINE_IF_ENDS_WITH: {
        int end = Folding.isWordChar(key.charAt(key.length() - 1))
            ? endBeforeClosers(line)
            : line.length();
        int at = end - key.length();
        return at >= 0 && line.startsWith(key, at) && boundaryBefore(line, at, key);
      }
      case DROP_LINE_IF_CONTAINS: {
        if (!requiredBigrams.allIn(lineBigrams)) {
          return false;
        }
        int from = 0;
        for (String part : parts) {
          int at = indexOfWord(line, part, from);
          if (at < 0) {
            return false;
          }
          from = at + part.length();
        }
        return true;
      }
      default:
        throw new AssertionError(marker.action());
    }
  }

  /** First occurrence of {@code word} in {@code line} at or after {@code from} on word bounds. */
  private static int indexOfWord(String line, String word, int from) {
    for (int at; (at = line.indexOf(word, from)) >= 0; from = at + 1) {
      if (boundaryBefore(line, at, word) && boundaryAfter(line, at + word.length(), word)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean boundaryBefore(String line, int at, String phrase) {
    return at == 0
        || !Folding.isWordChar(phrase.charAt(0))
        || !Folding.isWordChar(line.charAt(at - 1));
  }

  private static boolean boundaryAfter(String line, int end, String phrase) {
    return end == line.length()
        || !Folding.isWordChar(phrase.charAt(phrase.length() - 1))
        || !Folding.isWordChar(line.charAt(end));
  }

  /** Length of {@code line} without trailing closing brackets, quotes and spaces. */
  private static int endBeforeClosers(String line) {
    int end = line.length();
    while (end > 0 && isCloser(line.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isCloser(char c) {
    switch (c) {
      case ')', ']', '}', '"', '\'', Folding.SPACE,
          '\u00BB', // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
          '\u203A', // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
          '\u2019', // RIGHT SINGLE QUOTATION MARK
          '\u201D': // RIGHT DOUBLE QUOTATION MARK
        return true;
      default:
        return false;
    }
  }

  /** Whether this marker needs the line's bigram set in {@link #matches}. */
  boolean needsBigrams() {
    return requiredBigrams != null;
  }

  @Override
  public String toString() {
    return marker.toLine();
  }

  /**
   * Sets of the adjacent char pairs of a string, as {@value #BITS}-bit hashed bit sets in {@code
   * long[WORDS]}. If a line contains a phrase, the line's set contains the phrase's set, so a
   * missing bit proves there is no match (the converse does not hold: bits may collide).
   */
  static final class Bigrams {
    /** Bits per set: sparse enough that a 400-char line sets about a tenth of them. */
    static final int BITS = 4096;
    static final int WORDS = BITS / Long.SIZE;
    private static final int SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(BITS);

    private Bigrams() {}

    /** Adds the pairs of {@code s[from, to)} to {@code set}. */
    static void addAll(String s, int from, int to, long[] set) {
      for (int i = from + 1; i < to; i++) {
        int h = ((s.charAt(i - 1) << 16 | s.charAt(i)) * 0x9E3779B9) >>> SHIFT;
        set[h >>> 6] |= 1L << h;
      }
    }

    /** A phrase's set, stored as its non-zero words only, for a fast subset test. */
    static final class Required {
      private final int[] wordIndexes;
      private final long[] words;

      Required(long[] set) {
        int n = 0;
        for (long w : set) {
          n += w != 0 ? 1 : 0;
        }
        wordIndexes = new int[n];
        words = new long[n];
        for (int k = 0, j = 0; k < set.length; k++) {
          if (set[k] != 0) {
            wordIndexes[j] = k;
            words[j++] = set[k];
          }
        }
      }

      /** Whether every pair of this set is in {@code set}. */
      boolean allIn(long[] set) {
        for (int j = 0; j < words.length; j++) {
          if ((words[j] & ~set[wordIndexes[j]]) != 0) {
            return false;
          }
        }
        return true;
      }
    }
  }
}
