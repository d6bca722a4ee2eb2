package org.tahqiq.facts;

import org.tahqiq.normalize.MatchFolds;
import org.tahqiq.normalize.Digits;
import org.tahqiq.token.Proclitics;

/**
 * The spelling folds under which lexicon entries and text tokens are compared.
 *
 * <p>{@link #fold} is applied to every token and every lexicon entry after the project normalizer,
 * so matching stays correct whatever subset of folds the normalizer already did. It is the
 * project's one folding table, {@link MatchFolds#entry}: marks, tatweel and format chars dropped;
 * alef forms to bare alef; alef maksura and Persian yeh to yeh; teh marbuta to heh; Persian kaf
 * to kaf; every digit script to ASCII; case folded.
 *
 * <p>{@link #nameKey} adds, for names only, the table's name level, {@link MatchFolds#nameEntry}:
 * the folds of foreign-name transliteration (جونغ = جونج, بيونغ يانغ = بيونج يانج, سيرغي = سيرجي)
 * and hamza on waw or yeh to the bare letter. These merge spellings of one name; they never merge
 * different token sequences, so distinct people stay distinct.
 *
 * <p>Stateless; thread-safe.
 */
final class Keys {

  /** What {@link #foldEntry} gives for a dropped char (the one table's sentinel, tatweel). */
  static final char DROPPED = MatchFolds.TO_NOTHING;
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA_ABOVE = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char FARSI_YEH = '\u06CC';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char GAF = '\u06AF';
  static final char GHAIN = '\u063A';
  static final char JEEM = '\u062C';
  static final char TCHEH = '\u0686';
  static final char PEH = '\u067E';
  static final char BEH = '\u0628';
  static final char VEH = '\u06A4';
  static final char FEH = '\u0641';
  static final char WAW = '\u0648';
  static final char WAW_HAMZA_ABOVE = '\u0624';
  static final char YEH_HAMZA_ABOVE = '\u0626';
  static final char LAM = '\u0644';
  static final char ARABIC_PERCENT_SIGN = '\u066A';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  /** The definite article "ال". */
  static final String DEFINITE_ARTICLE = "\u0627\u0644";

  private Keys() {}

  /** ASCII value 0..9 of a digit in ASCII, Arabic-Indic or extended Arabic-Indic, else -1. */
  static int digit(char c) {
    return Digits.value(c);
  }

  /** Whether {@code c} is dropped by {@link #fold}: a combining mark, tatweel or format char. */
  static boolean ignorable(char c) {
    return MatchFolds.entry(c) == DROPPED;
  }

  /** Whether {@code c} is in one of the Arabic blocks. */
  static boolean arabic(char c) {
    return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
  }

  /** The folded key of {@code s[from, to)}. */
  static String fold(CharSequence s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char f = foldEntry(s.charAt(i));
      if (f != DROPPED) {
        b.append(f);
      }
    }
    return b.toString();
  }

  /** The folded key of the whole of {@code s}. */
  static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }

  /**
   * What {@link #fold} makes of {@code c}: its folded char, or {@link #DROPPED} ({@link
   * MatchFolds#TO_NOTHING}) when it is dropped. One table load.
   */
  static char foldEntry(char c) {
    return MatchFolds.entry(c);
  }

  /**
   * 64-bit FNV-1a hash of {@code a[off, off + len)} taken from the last char to the first, the
   * hash under which {@link KeyMap} files a key; equal to {@link #hash(CharSequence)} of the same
   * chars. Read backwards, the hash of a key is one {@link #hashStep} from the hash of the key
   * without its first char, so a token's clitic forms (its suffixes) are hashed in one pass.
   */
  static long hash(char[] a, int off, int len) {
    long h = FNV_OFFSET;
    for (int i = off + len - 1; i >= off; i--) {
      h = hashStep(h, a[i]);
    }
    return h;
  }

  /** {@link #hash(char[], int, int)} of the chars of {@code s}. */
  static long hash(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = s.length() - 1; i >= 0; i--) {
      h = hashStep(h, s.charAt(i));
    }
    return h;
  }

  /** The hash of {@code c} followed by the chars whose hash is {@code h}. */
  static long hashStep(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  /** The name key of an already {@link #fold folded} token. */
  static String nameKey(String folded) {
    char[] a = null;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      char m = nameChar(c);
      if (m != c) {
        if (a == null) {
          a = folded.toCharArray();
        }
        a[i] = m;
      }
    }
    return a == null ? folded : new String(a);
  }

  /** What {@link #nameKey} makes of one folded char; one table load. */
  static char nameChar(char c) {
    return MatchFolds.nameEntry(c);
  }

  /**
   * Forms of a folded word with its {@link Proclitics proclitics} removed, most literal first: the word itself; without
   * a conjunction و/ف; without a preposition ب/ل/ك (after an optional conjunction); with لل read as
   * ل + ال ("للكرملين" → "الكرملين"). Remainders shorter than two letters are not produced.
   */
  static String[] cliticForms(String key) {
    char[] a = key.toCharArray();
    int[] forms = new int[2 * MAX_CLITIC_FORMS];
    int n = cliticForms(a, 0, a.length, forms);
    String[] out = new String[n];
    out[0] = key;
    for (int f = 1; f < n; f++) {
      int off = forms[2 * f];
      int len = forms[2 * f + 1];
      if (len < 0) {
        len = ~len;
        out[f] = ALEF + new String(a, off + 1, len - 1);
      } else {
        out[f] = new String(a, off, len);
      }
    }
    return out;
  }

  /** At most this many {@link #cliticForms clitic forms}: the word, without و/ف, and one each. */
  static final int MAX_CLITIC_FORMS = 4;

  /**
   * The {@link #cliticForms(String) clitic forms} of the key {@code a[off, off + len)} as slices of
   * {@code a}, in the same order: form {@code f} starts at {@code out[2f]} and has length {@code
   * out[2f + 1]}, or {@code ~length} when its first char is to be read as alef (لل read as ال).
   * Returns the number of forms (1 to {@link #MAX_CLITIC_FORMS}).
   */
  static int cliticForms(char[] a, int off, int len, int[] out) {
    int n = 0;
    out[n++] = off;
    out[n++] = len;
    int bases = 1;
    if (len > 2 && Proclitics.isConjunction(a[off])) {
      out[n++] = off + 1;
      out[n++] = len - 1;
      bases = 2;
    }
    for (int b = 0; b < bases; b++) {
      int bo = off + b;
      int bl = len - b;
      if (bl > 3 && a[bo] == LAM && a[bo + 1] == LAM) {
        out[n++] = bo;
        out[n++] = ~bl; // DEFINITE_ARTICLE + rest: the same length, its first lam read as alef
      } else if (bl > 2 && Proclitics.isPreposition(a[bo])) {
        out[n++] = bo + 1;
        out[n++] = bl - 1;
      }
    }
    return n / 2;
  }

  /** {@code key} without a leading definite article when it has one and keeps two letters. */
  static String withoutArticle(String key) {
    return key.length() > 3 && key.startsWith(DEFINITE_ARTICLE) ? key.substring(2) : key;
  }
}
