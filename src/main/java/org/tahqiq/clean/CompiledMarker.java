package org.tahqiq.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tahqiq.normalize.ArabicNormalizer;

/**
 * A {@link BoilerplateMarker} with its phrase folded once, ready to be matched against folded line
 * keys ({@link KeyFolder.Key}) by direct char comparison (no regex, no allocation per match).
 * Which markers are worth trying on a line is decided by {@link MarkerIndex}, from the keys
 * exposed here.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledMarker {

  final BoilerplateMarker marker;
  /** The folded phrase. */
  private final char[] key;
  /** The folded phrase without leading/trailing punctuation, for the equals actions. */
  private final char[] core;
  /** The folded parts of a contains phrase, in order. */
  private final char[][] parts;
  /**
   * For a contains phrase, the {@linkplain #trigram trigram} of three adjacent chars of its parts
   * that ordinary text has least often (see {@link #trigramCost}). A line containing the phrase
   * contains this trigram, so a line without it cannot match.
   */
  private final long anchorTrigram;

  private CompiledMarker(BoilerplateMarker marker, String key, String core, List<String> parts) {
    this.marker = marker;
    this.key = key.toCharArray();
    this.core = core.toCharArray();
    this.parts = new char[parts.size()][];
    long anchor = NO_TRIGRAM;
    int anchorCost = Integer.MAX_VALUE;
    for (int p = 0; p < parts.size(); p++) {
      char[] part = parts.get(p).toCharArray();
      this.parts[p] = part;
      for (int i = 2; i < part.length; i++) {
        int cost = trigramCost(part[i - 2], part[i - 1], part[i]);
        if (cost < anchorCost) {
          anchorCost = cost;
          anchor = trigram(part[i - 2], part[i - 1], part[i]);
        }
      }
    }
    // A contains phrase shorter than three chars has no trigram: it is tried on every line.
    this.anchorTrigram = anchor;
  }

  /** {@link #anchorTrigram} of a contains phrase too short to have one. */
  static final long NO_TRIGRAM = -1L;

  /** Three chars packed into the low 48 bits of a long, first char highest. */
  static long trigram(char a, char b, char c) {
    return (long) a << 32 | (long) b << 16 | c;
  }

  /**
   * A rough cost of using a trigram as an anchor: how common its chars are in news text, so that
   * the rarest trigram is chosen. Space is the most common char of all; among letters the most
   * frequent Arabic ones cost more. Only the speed of cleaning depends on this choice, never its
   * result.
   */
  private static int trigramCost(char a, char b, char c) {
    return charCost(a) + charCost(b) + charCost(c);
  }

  /** Most frequent letters of folded Arabic news text, most frequent first. */
  private static final String FREQUENT_LETTERS = "\u0627\u0644\u064A\u0645\u0648\u0646\u0647\u0631\u062A\u0628\u0639";

  private static int charCost(char c) {
    if (!Folding.isWordChar(c)) {
      return 100;
    }
    int rank = FREQUENT_LETTERS.indexOf(c);
    return rank < 0 ? 0 : 50 - rank;
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
    return new CompiledMarker(marker, key, Folding.core(key), parts);
  }

  BoilerplateMarker.Action action() {
    return marker.action();
  }

  /** Length of the folded phrase's core (equals actions compare it with the line's core). */
  int coreLength() {
    return core.length;
  }

  /** The folded phrase's first char. */
  char firstKeyChar() {
    return key[0];
  }

  /** Whether the phrase starts with a word char, so that a starts-with match begins at a core. */
  boolean startsWithWordChar() {
    return Folding.isWordChar(key[0]);
  }

  /** See {@link #anchorTrigram}; only for contains markers. */
  long anchorTrigram() {
    return anchorTrigram;
  }

  /**
   * Whether the line whose folded key is {@code line} matches; {@code coreStart}/{@code coreEnd}
   * delimit its letters and digits (see {@link KeyFolder.Key#coreStart}).
   */
  boolean matches(KeyFolder.Key line, int coreStart, int coreEnd) {
    char[] chars = line.chars;
    int length = line.length;
    switch (marker.action()) {
      case CUT_REST_IF_EQUALS:
      case DROP_LIST_IF_EQUALS:
      case DROP_LINE_IF_EQUALS:
        return coreEnd - coreStart == core.length
            && Arrays.equals(chars, coreStart, coreEnd, core, 0, core.length);
      case DROP_LINE_IF_STARTS_WITH: {
        int at = Folding.isWordChar(key[0]) ? coreStart : 0;
        return regionEquals(chars, length, at, key) && boundaryAfter(chars, length, at + key.length, key);
      }
      case DROP_LINE_IF_ENDS_WITH: {
        int end = Folding.isWordChar(key[key.length - 1]) ? endBeforeClosers(chars, length) : length;
        int at = end - key.length;
        return at >= 0 && regionEquals(chars, length, at, key) && boundaryBefore(chars, at, key);
      }
      case DROP_LINE_IF_CONTAINS: {
        int from = 0;
        for (char[] part : parts) {
          int at = indexOfWord(chars, length, part, from);
          if (at < 0) {
            return false;
          }
          from = at + part.length;
        }
        return true;
      }
      default:
        throw new AssertionError(marker.action());
    }
  }

  /** Whether {@code line[at, at + phrase.length)} (within {@code line[0, length)}) is {@code phrase}. */
  private static boolean regionEquals(char[] line, int length, int at, char[] phrase) {
    return at >= 0 && at + phrase.length <= length
        && Arrays.equals(line, at, at + phrase.length, phrase, 0, phrase.length);
  }

  /**
   * First occurrence of {@code word} in {@code line[0, length)} at or after {@code from} on word
   * bounds, or -1.
   */
  private static int indexOfWord(char[] line, int length, char[] word, int from) {
    char first = word[0];
    for (int at = from, last = length - word.length; at <= last; at++) {
      if (line[at] == first
          && Arrays.equals(line, at, at + word.length, word, 0, word.length)
          && boundaryBefore(line, at, word)
          && boundaryAfter(line, length, at + word.length, word)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean boundaryBefore(char[] line, int at, char[] phrase) {
    return at == 0
        || !Folding.isWordChar(phrase[0])
        || !Folding.isWordChar(line[at - 1]);
  }

  private static boolean boundaryAfter(char[] line, int length, int end, char[] phrase) {
    return end == length
        || !Folding.isWordChar(phrase[phrase.length - 1])
        || !Folding.isWordChar(line[end]);
  }

  /** Length of {@code line[0, length)} without trailing closing brackets, quotes and spaces. */
  private static int endBeforeClosers(char[] line, int length) {
    int end = length;
    while (end > 0 && isCloser(line[end - 1])) {
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

  @Override
  public String toString() {
    return marker.toLine();
  }
}
