package org.tahqiq.normalize;

import java.text.Normalizer;

/**
 * The individual fold rules of {@link ArabicNormalizer}, each a small pure function over one char.
 * They are evaluated only when a normalizer is built, to fill its lookup table; normalizing text
 * never calls them.
 *
 * <p>Conventions: a {@code fold*} function returns its argument unchanged when the rule does not
 * apply; an {@code is*} predicate says whether the rule deletes the char. Stateless, thread-safe.
 */
final class Folds {

  private Folds() {}

  // Arabic letters (Unicode names).
  static final char HAMZA = '\u0621';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char WAW_HAMZA_ABOVE = '\u0624';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char YEH_HAMZA_ABOVE = '\u0626';
  static final char ALEF = '\u0627';
  static final char BEH = '\u0628';
  static final char TEH_MARBUTA = '\u0629';
  static final char JEEM = '\u062C';
  static final char GHAIN = '\u063A';
  static final char FEH = '\u0641';
  static final char TATWEEL = '\u0640';
  static final char KAF = '\u0643';
  static final char HEH = '\u0647';
  static final char WAW = '\u0648';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char PEH = '\u067E';
  static final char TCHEH = '\u0686';
  static final char VEH = '\u06A4';
  static final char KEHEH = '\u06A9';
  static final char GAF = '\u06AF';
  static final char SWASH_KAF = '\u06AA';
  static final char HEH_DOACHASHMEE = '\u06BE';
  static final char HEH_YEH_ABOVE = '\u06C0';
  static final char HEH_GOAL = '\u06C1';
  static final char HEH_GOAL_HAMZA_ABOVE = '\u06C2';
  static final char TEH_MARBUTA_GOAL = '\u06C3';
  static final char FARSI_YEH = '\u06CC';
  static final char YEH_E = '\u06D0';
  static final char YEH_BARREE = '\u06D2';
  static final char YEH_BARREE_HAMZA_ABOVE = '\u06D3';
  static final char AE = '\u06D5';

  // Arabic combining marks that take part in canonical composition.
  static final char MADDAH_ABOVE = '\u0653';
  static final char HAMZA_ABOVE = '\u0654';
  static final char HAMZA_BELOW = '\u0655';

  // Number punctuation (the digits are {@link Digits}).
  static final char ARABIC_PERCENT_SIGN = '\u066A';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  // Invisible formatting characters.
  static final char SOFT_HYPHEN = '\u00AD';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  static final char RIGHT_TO_LEFT_MARK = '\u200F';
  static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
  static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  static final char WORD_JOINER = '\u2060';
  static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  static final char NOMINAL_DIGIT_SHAPES = '\u206F';
  static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';

  // Separators.
  static final char NO_BREAK_SPACE = '\u00A0';
  static final char OGHAM_SPACE_MARK = '\u1680';
  static final char EN_QUAD = '\u2000';
  static final char HAIR_SPACE = '\u200A';
  static final char NARROW_NO_BREAK_SPACE = '\u202F';
  static final char MEDIUM_MATHEMATICAL_SPACE = '\u205F';
  static final char IDEOGRAPHIC_SPACE = '\u3000';
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';
  static final char NEXT_LINE = '\u0085';

  // Fullwidth ASCII.
  static final char FULLWIDTH_EXCLAMATION_MARK = '\uFF01';
  static final char FULLWIDTH_TILDE = '\uFF5E';

  // Presentation-form blocks.
  static final char PRESENTATION_FORMS_A_FIRST = '\uFB50';
  static final char PRESENTATION_FORMS_A_LAST = '\uFDFF';
  static final char PRESENTATION_FORMS_B_FIRST = '\uFE70';
  static final char PRESENTATION_FORMS_B_LAST = '\uFEFF';

  static final char REPLACEMENT_CHARACTER = '\uFFFD';

  // ---------------------------------------------------------------------------------------------
  // Deletions

  /**
   * Arabic combining marks: harakat, tanween, shadda, sukun (U+064B–U+0652), maddah and hamza
   * above/below and the rarer vowel signs (U+0653–U+065F), superscript (dagger) alef U+0670, the
   * Quranic honorifics U+0610–U+061A, Quranic annotation signs U+06D6–U+06ED, and the Arabic
   * Extended-A Quranic/African marks U+08D3–U+08FF (except U+08E2, a format char, not a mark).
   * They vary with how fully a writer vocalises, never with what word is written.
   */
  static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED')
        || (c >= '\u08D3' && c <= '\u08FF' && c != '\u08E2');
  }

  /** Tatweel (kashida), pure justification: {@code الـــرئيس} is {@code الرئيس}. */
  static boolean isTatweel(char c) {
    return c == TATWEEL;
  }

  /**
   * Invisible formatting that changes rendering but not text: soft hyphen, ZWNJ/ZWJ, word joiner,
   * bidi marks, embeddings, overrides and isolates (incl. ARABIC LETTER MARK), the deprecated
   * shaping/digit-shape controls U+206A–U+206F, and BOM / zero width no-break space.
   */
  static boolean isInvisibleFormatting(char c) {
    return c == SOFT_HYPHEN
        || c == ARABIC_LETTER_MARK
        || (c >= ZERO_WIDTH_NON_JOINER && c <= RIGHT_TO_LEFT_MARK) // ZWNJ, ZWJ, LRM, RLM
        || (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
        || c == WORD_JOINER
        || (c >= LEFT_TO_RIGHT_ISOLATE && c <= NOMINAL_DIGIT_SHAPES) // isolates, U+206A–U+206F
        || c == ZERO_WIDTH_NO_BREAK_SPACE;
  }

  // ---------------------------------------------------------------------------------------------
  // Safety (always applied)

  /**
   * Controls and noncharacters, which no stage after this one should see: C0/C1 controls other
   * than TAB, LF and CR become a space (a control between two words must not glue them), NEXT LINE
   * becomes LF, and the noncharacters U+FFFE/U+FFFF become U+FFFD. Lone surrogates are handled by
   * the normalizer (they need the neighbouring char) and also become U+FFFD.
   */
  static char foldControl(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return c;
    }
    if (c == NEXT_LINE) {
      return '\n';
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return ' ';
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return REPLACEMENT_CHARACTER;
    }
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // One-to-one folds

  /**
   * Space separators (NBSP, Ogham, U+2000–U+200A, narrow NBSP, medium math space, ideographic
   * space) and ZERO WIDTH SPACE, which marks a word break just as a space does, to {@code ' '};
   * LINE and PARAGRAPH SEPARATOR to {@code '\n'}.
   */
  static char foldSpace(char c) {
    if (c == NO_BREAK_SPACE
        || c == OGHAM_SPACE_MARK
        || (c >= EN_QUAD && c <= HAIR_SPACE)
        || c == ZERO_WIDTH_SPACE
        || c == NARROW_NO_BREAK_SPACE
        || c == MEDIUM_MATHEMATICAL_SPACE
        || c == IDEOGRAPHIC_SPACE) {
      return ' ';
    }
    if (c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
      return '\n';
    }
    return c;
  }

  /** Fullwidth ASCII U+FF01–U+FF5E to ASCII U+0021–U+007E (their NFKC equivalents). */
  static char foldFullwidth(char c) {
    if (c >= FULLWIDTH_EXCLAMATION_MARK && c <= FULLWIDTH_TILDE) {
      return (char) (c - FULLWIDTH_EXCLAMATION_MARK + '!');
    }
    return c;
  }

  /**
   * Locale-independent simple lower-casing ({@link Character#toLowerCase(char)}): Latin (ASCII,
   * Latin-1 and beyond), Greek, Cyrillic; Arabic has no case and is unaffected.
   */
  static char foldCase(char c) {
    return Character.toLowerCase(c);
  }

  /**
   * Arabic-Indic U+0660–U+0669 and Extended (Persian/Urdu) U+06F0–U+06F9 digits to ASCII, and the
   * Arabic decimal separator, thousands separator and percent sign to {@code . , %}, so that
   * {@code ٢٠٢٣}, {@code ۲۰۲۳} and {@code 2023} are one number.
   */
  static char foldDigit(char c) {
    if (c > '9') {
      int digit = Digits.value(c);
      if (digit >= 0) {
        return (char) ('0' + digit);
      }
    }
    switch (c) {
      case ARABIC_DECIMAL_SEPARATOR:
        return '.';
      case ARABIC_THOUSANDS_SEPARATOR:
        return ',';
      case ARABIC_PERCENT_SIGN:
        return '%';
      default:
        return c;
    }
  }

  /**
   * Persian/Urdu/Kurdish code points that Arabic text typed on such keyboards (or copied from
   * such sources) uses for plain Arabic letters. Each one's rationale:
   *
   * <ul>
   *   <li>KEHEH ک U+06A9, SWASH KAF ڪ U+06AA → KAF ك: the Persian and the decorative form of the
   *       same letter.
   *   <li>FARSI YEH ی U+06CC → YEH ي: Persian keyboards type it for every yeh (dotless when final,
   *       so it also stands for alef maksura; yeh is the fold target for both).
   *   <li>YEH E ې U+06D0 → YEH ي: a distinct vowel only in Pashto/Uyghur; in Arabic text it is a
   *       yeh look-alike.
   *   <li>AE ە U+06D5, HEH GOAL ہ U+06C1, HEH DOACHASHMEE ھ U+06BE → HEH ه: the Kurdish/Uyghur
   *       and Urdu code points Arabic text borrows for heh (ھ is what Persian/Urdu layouts give for
   *       an initial or medial heh).
   *   <li>HEH WITH YEH ABOVE ۀ U+06C0, HEH GOAL WITH HAMZA ABOVE ۂ U+06C2 → HEH ه: the mark on top
   *       is the Persian ezafe, grammar rather than spelling.
   *   <li>TEH MARBUTA GOAL ۃ U+06C3 → TEH MARBUTA ة: the Urdu code point for the same letter.
   * </ul>
   *
   * Kept on purpose: گ پ چ ژ ڤ (distinct consonants: /g p tʃ ʒ v/), YEH BARREE ے U+06D2 (the Urdu
   * final /e/; Arabic writers never use it for yeh), Kurdish/Uyghur waw variants U+06C5–U+06CB.
   */
  static char foldPersianLetter(char c) {
    switch (c) {
      case KEHEH:
      case SWASH_KAF:
        return KAF;
      case FARSI_YEH:
      case YEH_E:
        return YEH;
      case AE:
      case HEH_GOAL:
      case HEH_DOACHASHMEE:
      case HEH_YEH_ABOVE:
      case HEH_GOAL_HAMZA_ABOVE:
        return HEH;
      case TEH_MARBUTA_GOAL:
        return TEH_MARBUTA;
      default:
        return c;
    }
  }

  /**
   * Hamza on a carrier to the bare carrier: WAW WITH HAMZA ABOVE ؤ → WAW و, YEH WITH HAMZA ABOVE
   * ئ → YEH ي. Bare HAMZA ء is never touched: it is a letter of its own (ماء water, ما what).
   */
  static char foldHamzaCarrier(char c) {
    switch (c) {
      case WAW_HAMZA_ABOVE:
        return WAW;
      case YEH_HAMZA_ABOVE:
        return YEH;
      default:
        return c;
    }
  }

  /**
   * Alef forms to bare ALEF ا: with madda آ, hamza above أ, hamza below إ, wasla ٱ, and the wavy
   * hamza forms U+0672/U+0673. Writers drop or misplace these hamzas freely (أون / اون).
   */
  static char foldAlef(char c) {
    switch (c) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
      case ALEF_WAVY_HAMZA_ABOVE:
      case ALEF_WAVY_HAMZA_BELOW:
        return ALEF;
      default:
        return c;
    }
  }

  /** ALEF MAKSURA ى → YEH ي (Egyptian usage writes final yeh dotless: فى = في). */
  static char foldAlefMaksura(char c) {
    return c == ALEF_MAKSURA ? YEH : c;
  }

  /** TEH MARBUTA ة → HEH ه (often typed as heh, and indistinguishable when unpointed). */
  static char foldTehMarbuta(char c) {
    return c == TEH_MARBUTA ? HEH : c;
  }

  // ---------------------------------------------------------------------------------------------
  // Expansions and composition

  /** Whether {@code c} lies in Arabic Presentation Forms-A or -B. */
  static boolean isPresentationForm(char c) {
    return (c >= PRESENTATION_FORMS_A_FIRST && c <= PRESENTATION_FORMS_A_LAST)
        || (c >= PRESENTATION_FORMS_B_FIRST && c <= PRESENTATION_FORMS_B_LAST);
  }

  /**
   * The NFKC equivalent of a presentation form (a contextual glyph such as ﻫ, or a ligature such
   * as ﻻ or ﷲ); the char itself when it has none. The spacing forms of marks (U+FE70 ﹰ, U+FC5E ﱞ
   * ...) decompose to SPACE + marks; the space only gives the mark something to sit on, it is no
   * word break, so it is dropped and only the marks are returned.
   */
  static String presentationFormExpansion(char c) {
    String s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    if (s.length() > 1 && s.charAt(0) == ' ') {
      boolean marksOnly = true;
      for (int i = 1; i < s.length(); i++) {
        marksOnly &= Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK;
      }
      if (marksOnly) {
        return s.substring(1);
      }
    }
    return s;
  }

  /**
   * The canonical (NFC) composition of an Arabic base letter with a following maddah or hamza
   * mark, e.g. WAW + HAMZA ABOVE → ؤ; {@code 0} when the pair does not compose.
   */
  static char compose(char base, char mark) {
    switch (mark) {
      case MADDAH_ABOVE:
        return base == ALEF ? ALEF_MADDA : 0;
      case HAMZA_ABOVE:
        switch (base) {
          case ALEF:
            return ALEF_HAMZA_ABOVE;
          case WAW:
            return WAW_HAMZA_ABOVE;
          case YEH:
            return YEH_HAMZA_ABOVE;
          case AE:
            return HEH_YEH_ABOVE;
          case HEH_GOAL:
            return HEH_GOAL_HAMZA_ABOVE;
          case YEH_BARREE:
            return YEH_BARREE_HAMZA_ABOVE;
          default:
            return 0;
        }
      case HAMZA_BELOW:
        return base == ALEF ? ALEF_HAMZA_BELOW : 0;
      default:
        return 0;
    }
  }

  /** Whether {@code c} is a base letter that {@link #compose} may combine with a mark. */
  static boolean isCompositionBase(char c) {
    return c == ALEF || c == WAW || c == YEH || c == AE || c == HEH_GOAL || c == YEH_BARREE;
  }
}
