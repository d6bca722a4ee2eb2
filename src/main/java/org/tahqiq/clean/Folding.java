package org.tahqiq.clean;

import java.util.ArrayList;
import java.util.List;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.normalize.MatchFolds;

/**
 * The folded "key" of a line that boilerplate markers are matched against, and the char classes
 * the cleaner uses. The key folds what publishers vary when they print the same boilerplate:
 * diacritics and tanween, tatweel, hamza forms of alef, alef maksura, teh marbuta, Persian
 * keheh/yeh, Arabic-Indic digits, Latin case, whitespace runs and a space before a colon. The
 * per-char folds are the project's one folding table, {@link MatchFolds}, applied on top of {@link
 * ArabicNormalizer}, so matching stays robust whatever that normalizer folds; this class adds only
 * what is about lines: collapsing space runs, trimming, and the space before a colon. Folding is
 * idempotent.
 *
 * <p>Stateless; all methods are pure and thread-safe.
 */
final class Folding {

  static final char SPACE = ' ';
  static final char COLON = ':';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char SOFT_HYPHEN = '\u00AD';
  static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';

  private Folding() {}

  /** The folded key of {@code line}: {@code normalizer} first, then this class's folds. */
  static String key(ArabicNormalizer normalizer, CharSequence line, StringBuilder scratch) {
    return fold(normalizer.normalize(line), scratch);
  }

  /**
   * This class's folds alone (see the class doc). Leading and trailing spaces are dropped.
   * {@code scratch} is cleared and reused to avoid a growing buffer per line.
   */
  static String fold(CharSequence s, StringBuilder scratch) {
    scratch.setLength(0);
    boolean pendingSpace = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char f = MatchFolds.entry(s.charAt(i));
      if (f == FOLDS_TO_SPACE) {
        pendingSpace = true;
        continue;
      }
      if (f == FOLDS_TO_NOTHING) {
        continue; // diacritics, tanween, shadda, Quranic marks, bidi controls: not part of the word
      }
      if (f == COLON) {
        pendingSpace = false; // "المصدر :" and "المصدر:" are the same marker
      }
      if (pendingSpace && scratch.length() > 0) {
        scratch.append(SPACE);
      }
      pendingSpace = false;
      scratch.append(f);
    }
    return scratch.toString();
  }

  /** Table entry of a char that folds to nothing ({@link MatchFolds#TO_NOTHING}). */
  static final char FOLDS_TO_NOTHING = MatchFolds.TO_NOTHING;
  /** Table entry of a space char ({@link MatchFolds#TO_SPACE}); only spaces fold to a space. */
  static final char FOLDS_TO_SPACE = MatchFolds.TO_SPACE;

  /**
   * What {@link #fold} makes of {@code c} on its own: {@link #FOLDS_TO_SPACE} for a space (runs of
   * which become one space between words), {@link #FOLDS_TO_NOTHING} for a dropped char, else the
   * folded char.
   */
  static char foldEntry(char c) {
    return MatchFolds.entry(c);
  }

  /** Whitespace or a Unicode space separator (NBSP, thin space …). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Zero-width and bidi control chars that render as nothing. */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u206F')
        || c == ZERO_WIDTH_NO_BREAK_SPACE
        || c == ARABIC_LETTER_MARK
        || c == SOFT_HYPHEN;
  }

  /** A char a line may be trimmed of or consist of and still count as blank. */
  static boolean isBlank(char c) {
    return isSpace(c) || isInvisible(c);
  }

  /** A char that belongs to a word, for word-boundary checks. */
  static boolean isWordChar(char c) {
    return (WordChars.BITS[c >>> 6] & 1L << c) != 0;
  }

  /** {@link Character#isLetterOrDigit(char)} of every char as a bit set: one load per test. */
  private static final class WordChars {
    static final long[] BITS = build();

    private static long[] build() {
      long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (Character.isLetterOrDigit((char) c)) {
          bits[c >>> 6] |= 1L << c;
        }
      }
      return bits;
    }
  }

  static boolean hasLetterOrDigit(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (isWordChar(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first letter or digit of {@code chars[0, length)}, or {@code length} if none. */
  static int coreStart(char[] chars, int length) {
    int i = 0;
    while (i < length && !isWordChar(chars[i])) {
      i++;
    }
    return i;
  }

  /** One past the last letter or digit of {@code chars[0, length)}, or 0 if there is none. */
  static int coreEnd(char[] chars, int length) {
    int i = length;
    while (i > 0 && !isWordChar(chars[i - 1])) {
      i--;
    }
    return i;
  }

  /** {@code key} without leading and trailing punctuation and spaces. */
  static String core(String key) {
    char[] chars = key.toCharArray();
    int start = coreStart(chars, chars.length);
    return start >= chars.length ? "" : key.substring(start, coreEnd(chars, chars.length));
  }

  /** Splits a contains-phrase on {@link BoilerplateMarker#GAP}; without a gap, the phrase itself. */
  static List<String> splitOnGap(String phrase) {
    List<String> parts = new ArrayList<>(2);
    int from = 0;
    for (int at; (at = phrase.indexOf(BoilerplateMarker.GAP, from)) >= 0; ) {
      parts.add(phrase.substring(from, at));
      from = at + BoilerplateMarker.GAP.length();
    }
    parts.add(phrase.substring(from));
    return parts;
  }
}
