package org.tahqiq.token;

/**
 * Character predicates of the tokenizer, on UTF-16 code units unless the name says code point.
 * Pure functions over {@link Character}'s Unicode tables and fixed block ranges. The per-char
 * predicates are defined by the {@code compute...} methods and precomputed for every UTF-16 code
 * unit into one immutable table (built once, on first use), so a hot-path test is one array load
 * instead of one or more {@link Character} property lookups.
 */
final class CharClass {

  /** U+0640 ARABIC TATWEEL: a stretching stroke inside a word, carries no letter. */
  static final char TATWEEL = '\u0640';
  /** U+0027 APOSTROPHE, allowed between Latin letters. */
  static final char APOSTROPHE = '\'';
  /** U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe. */
  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';
  /** U+066B ARABIC DECIMAL SEPARATOR ({@code ٣٫٥}). */
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  /** U+066C ARABIC THOUSANDS SEPARATOR ({@code ١٬٥٠٠}). */
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  private static final int ARABIC_LETTER = 1;
  private static final int LATIN_LETTER = 1 << 1;
  private static final int DIGIT = 1 << 2;
  private static final int MARK = 1 << 3;
  private static final int FORMAT = 1 << 4;
  private static final int WORD_EXTENDER = 1 << 5;
  private static final int IGNORABLE = 1 << 6;
  private static final int SPACE_OR_CONTROL = 1 << 7;

  /** Per UTF-16 code unit, the bits above; never written after class initialization. */
  private static final byte[] CLASSES = buildClasses();

  private CharClass() {}

  private static byte[] buildClasses() {
    byte[] t = new byte[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int bits = (computeArabicLetter(c) ? ARABIC_LETTER : 0)
          | (computeLatinLetter(c) ? LATIN_LETTER : 0)
          | (computeDigit(c) ? DIGIT : 0)
          | (computeMark(c) ? MARK : 0)
          | (computeFormat(c) ? FORMAT : 0)
          | (computeWordExtender(c) ? WORD_EXTENDER : 0)
          | (computeIgnorable(c) ? IGNORABLE : 0)
          | (computeSpaceOrControl(c) ? SPACE_OR_CONTROL : 0);
      t[i] = (byte) bits;
    }
    return t;
  }

  /** See {@link #computeArabicLetter}. */
  static boolean isArabicLetter(char c) {
    return (CLASSES[c] & ARABIC_LETTER) != 0;
  }

  /** See {@link #computeLatinLetter}. */
  static boolean isLatinLetter(char c) {
    return (CLASSES[c] & LATIN_LETTER) != 0;
  }

  /** See {@link #computeDigit}. */
  static boolean isDigit(char c) {
    return (CLASSES[c] & DIGIT) != 0;
  }

  /** See {@link #computeMark}. */
  static boolean isMark(char c) {
    return (CLASSES[c] & MARK) != 0;
  }

  /** See {@link #computeWordExtender}. */
  static boolean isWordExtender(char c) {
    return (CLASSES[c] & WORD_EXTENDER) != 0;
  }

  /** See {@link #computeFormat}. */
  static boolean isFormat(char c) {
    return (CLASSES[c] & FORMAT) != 0;
  }

  /** See {@link #computeIgnorable}. */
  static boolean isIgnorable(char c) {
    return (CLASSES[c] & IGNORABLE) != 0;
  }

  /** See {@link #computeSpaceOrControl}. */
  static boolean isSpaceOrControl(char c) {
    return (CLASSES[c] & SPACE_OR_CONTROL) != 0;
  }

  /**
   * A letter of the Arabic script: Arabic (U+0620–U+06FF), Arabic Supplement (U+0750–U+077F),
   * Arabic Extended-B/A (U+0870–U+08FF), Presentation Forms-A (U+FB50–U+FDFF) and -B
   * (U+FE70–U+FEFF), restricted to chars Unicode calls letters; tatweel is excluded (it is an
   * {@link #isWordExtender extender}), and so are marks, digits, punctuation and signs in these
   * blocks.
   */
  static boolean computeArabicLetter(char c) {
    boolean inBlock =
        (c >= '\u0620' && c <= '\u06FF')
            || (c >= '\u0750' && c <= '\u077F')
            || (c >= '\u0870' && c <= '\u08FF')
            || (c >= '\uFB50' && c <= '\uFDFF')
            || (c >= '\uFE70' && c <= '\uFEFF');
    return inBlock && c != TATWEEL && Character.isLetter(c);
  }

  /**
   * A letter of the Latin script in the BMP: Basic Latin, Latin-1 Supplement, Latin Extended-A/B,
   * IPA, Latin Extended Additional, Extended-C/D and the fullwidth Latin letters.
   */
  static boolean computeLatinLetter(char c) {
    boolean inBlock =
        c <= '\u02AF'
            || (c >= '\u1E00' && c <= '\u1EFF')
            || (c >= '\u2C60' && c <= '\u2C7F')
            || (c >= '\uA720' && c <= '\uA7FF')
            || (c >= '\uFF21' && c <= '\uFF5A');
    return inBlock && Character.isLetter(c);
  }

  /** A decimal digit of any script (Unicode Nd in the BMP): ASCII, Arabic-Indic, Extended ... */
  static boolean computeDigit(char c) {
    return Character.isDigit(c);
  }

  /** A char that may sit between two digits of one number. */
  static boolean isNumberSeparator(char c) {
    switch (c) {
      case '.', ',', ':', '/', '-', ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR:
        return true;
      default:
        return false;
    }
  }

  /** A combining mark (Mn, Mc, Me): harakat, shadda, superscript alef, variation selectors. */
  static boolean computeMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** A mark or tatweel: continues the word before it, starts none. */
  static boolean computeWordExtender(char c) {
    return c == TATWEEL || computeMark(c);
  }

  /** An invisible format char (Cf: ZWNJ, ZWJ, LRM, RLM, ALM, soft hyphen, BOM ...). */
  static boolean computeFormat(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /**
   * A char that never changes which word a token is: marks, tatweel and format chars. Dropping
   * them gives the token's identity ("مُحَمَّد" and "محمد" are the same word).
   */
  static boolean computeIgnorable(char c) {
    return c == TATWEEL || computeMark(c) || computeFormat(c);
  }

  /** A separator the tokenizer skips: white space (incl. no-break space) and control chars. */
  static boolean computeSpaceOrControl(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.CONTROL;
  }

  /** A punctuation char (Pc, Pd, Ps, Pe, Pi, Pf, Po). */
  static boolean isPunctuation(int type) {
    switch (type) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** A symbol or non-decimal number (Sm, Sc, Sk, So, No, Nl). */
  static boolean isSymbol(int type) {
    switch (type) {
      case Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL,
          Character.OTHER_NUMBER,
          Character.LETTER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** A letter code point of neither the Arabic nor the Latin script (as classified above). */
  static boolean isOtherLetter(int cp) {
    if (!Character.isLetter(cp)) {
      return false;
    }
    if (cp > Character.MAX_VALUE) {
      return true;
    }
    char c = (char) cp;
    return (CLASSES[c] & (ARABIC_LETTER | LATIN_LETTER)) == 0 && c != TATWEEL;
  }
}
