package org.tahqiq.facts;

/**
 * The spelling folds under which lexicon entries and text tokens are compared.
 *
 * <p>{@link #fold} is applied to every token and every lexicon entry after the project normalizer,
 * so matching stays correct whatever subset of these folds the normalizer already did (folding is
 * idempotent): drop Arabic diacritics, Quranic marks, tatweel and zero-width format chars; alef
 * with hamza or madda and alef wasla to bare alef; alef maksura and Farsi yeh to yeh; teh marbuta
 * to heh; keheh to kaf; Arabic-Indic and extended digits to ASCII; Latin to lower case.
 *
 * <p>{@link #nameKey} adds, for names only, the folds of foreign-name transliteration: ghain and
 * the Persian letters gaf, che, peh, veh to jeem, kaf, jeem, beh, feh (جونغ = جونج, بيونغ يانغ =
 * بيونج يانج, سيرغي = سيرجي); hamza on waw or yeh to the bare letter. These merge spellings of one
 * name; they never merge different token sequences, so distinct people stay distinct.
 *
 * <p>Stateless; thread-safe.
 */
final class Keys {

  static final char TATWEEL = '\u0640';
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
  static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  /** The definite article "ال". */
  static final String DEFINITE_ARTICLE = "\u0627\u0644";

  private Keys() {}

  /** ASCII value 0..9 of a digit in ASCII, Arabic-Indic or extended Arabic-Indic, else -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_ZERO + 9) {
      return c - ARABIC_INDIC_DIGIT_ZERO;
    }
    if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_ZERO + 9) {
      return c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO;
    }
    return -1;
  }

  /** Whether {@code c} is dropped by {@link #fold}: a combining mark, tatweel or format char. */
  static boolean ignorable(char c) {
    if (c == TATWEEL) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT;
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
      char c = s.charAt(i);
      if (ignorable(c)) {
        continue;
      }
      b.append(foldChar(c));
    }
    return b.toString();
  }

  /** The folded key of the whole of {@code s}. */
  static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }

  private static char foldChar(char c) {
    int d = digit(c);
    if (d >= 0) {
      return (char) ('0' + d);
    }
    switch (c) {
      case ALEF_MADDA_ABOVE, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA, FARSI_YEH:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      case KEHEH:
        return KAF;
      case ARABIC_PERCENT_SIGN:
        return '%';
      default:
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  /** The name key of an already {@link #fold folded} token. */
  static String nameKey(String folded) {
    char[] a = null;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      char m = switch (c) {
        case GHAIN, TCHEH -> JEEM;
        case GAF -> KAF;
        case PEH -> BEH;
        case VEH -> FEH;
        case WAW_HAMZA_ABOVE -> WAW;
        case YEH_HAMZA_ABOVE -> YEH;
        default -> c;
      };
      if (m != c) {
        if (a == null) {
          a = folded.toCharArray();
        }
        a[i] = m;
      }
    }
    return a == null ? folded : new String(a);
  }

  /**
   * Forms of a folded word with its proclitics removed, most literal first: the word itself; without
   * a conjunction و/ف; without a preposition ب/ل/ك (after an optional conjunction); with لل read as
   * ل + ال ("للكرملين" → "الكرملين"). Remainders shorter than two letters are not produced.
   */
  static String[] cliticForms(String key) {
    String[] out = new String[6];
    int n = 0;
    out[n++] = key;
    String base = key;
    if (key.length() > 2 && (key.charAt(0) == WAW || key.charAt(0) == FEH)) {
      base = key.substring(1);
      out[n++] = base;
    }
    for (String b : base == key ? new String[] {key} : new String[] {key, base}) {
      if (b.length() > 3 && b.charAt(0) == LAM && b.charAt(1) == LAM) {
        out[n++] = DEFINITE_ARTICLE + b.substring(2);
      } else if (b.length() > 2 && (b.charAt(0) == BEH || b.charAt(0) == LAM || b.charAt(0) == KAF)) {
        out[n++] = b.substring(1);
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** {@code key} without a leading definite article when it has one and keeps two letters. */
  static String withoutArticle(String key) {
    return key.length() > 3 && key.startsWith(DEFINITE_ARTICLE) ? key.substring(2) : key;
  }
}
