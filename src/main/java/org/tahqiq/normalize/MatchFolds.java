package org.tahqiq.normalize;

/**
 * The one folding table of Tahqiq: for every UTF-16 code unit, what it becomes when texts are
 * compared for "the same words" — the matching keys of boilerplate markers in {@code
 * org.tahqiq.clean}, and every rule that compares spellings after normalization. A compared
 * string is folded char by char through {@link #entry}, on top of whatever {@link
 * ArabicNormalizer} did, so that comparisons stay robust whatever subset of folds the normalizer
 * was configured with; the table is idempotent (every char it produces maps to itself).
 *
 * <p>The rules are the normalizer's one-to-one rules ({@code Folds}), all of them on, in the
 * normalizer's order — controls, invisible formatting, Arabic diacritics and tatweel, spaces,
 * fullwidth forms, case, digits and their separators, Persian letters, alef forms, alef maksura,
 * teh marbuta — followed by the folds that only comparisons make:
 *
 * <ul>
 *   <li>every other Unicode non-spacing or enclosing mark ({@link Character#NON_SPACING_MARK},
 *       {@link Character#ENCLOSING_MARK}), every other format char ({@link Character#FORMAT}:
 *       the Arabic number signs U+0600–U+0605, interlinear annotation controls …) and the
 *       invisible operators U+2061–U+2064 fold to nothing: none of them spells a different word;
 *   <li>YEH BARREE ے U+06D2 folds to YEH ي (kept by the normalizer, a distinct Urdu letter, but
 *       never a different word in Arabic boilerplate);
 *   <li>SMALL COLON U+FE55 and PRESENTATION FORM FOR VERTICAL COLON U+FE13 fold to {@code :}.
 * </ul>
 *
 * <p>{@link #nameEntry} is a second, coarser level for names only: on top of {@link #entry} it
 * folds the letters by which transliterations of one foreign name differ (غ and چ to ج as in
 * جونغ/جونج, گ to ك, پ to ب, ڤ to ف) and hamza on waw or yeh to the bare letter (ؤ, ئ), which
 * spellings of one name drop as often as they keep.
 *
 * <p>Entries: {@link #TO_NOTHING} for a char that is dropped, {@link #TO_SPACE} for a space or
 * control (runs of which a caller collapses into one word break), else the folded char. Hamza on
 * waw or yeh is not folded (ؤ and ئ spell different words from و and ي), nor are presentation
 * forms, whose fold expands to several chars (the normalizer does it).
 *
 * <p>Stateless; the table is built once, on first use, and never written afterwards: thread-safe.
 */
public final class MatchFolds {

  /** Entry of a char that folds to nothing; TATWEEL folds to nothing itself, so no char folds to it. */
  public static final char TO_NOTHING = Folds.TATWEEL;

  /** Entry of a space, line break or control char; only these fold to a space. */
  public static final char TO_SPACE = ' ';

  static final char YEH_BARREE = Folds.YEH_BARREE;
  static final char SMALL_COLON = '\uFE55';
  static final char PRESENTATION_FORM_FOR_VERTICAL_COLON = '\uFE13';
  static final char FUNCTION_APPLICATION = '\u2061';
  static final char INVISIBLE_PLUS = '\u2064';

  private MatchFolds() {}

  /** What {@code c} folds to: {@link #TO_NOTHING}, {@link #TO_SPACE} or the folded char. */
  public static char entry(char c) {
    return Table.ENTRIES[c];
  }

  /**
   * What {@code c} folds to at the name level: {@link #entry} and then the transliteration and
   * hamza-carrier folds of the class documentation. Same sentinels as {@link #entry}; idempotent.
   */
  public static char nameEntry(char c) {
    return Table.NAME_ENTRIES[c];
  }

  /** Holder idiom: the tables are built on first use. */
  private static final class Table {
    static final char[] ENTRIES = build();
    static final char[] NAME_ENTRIES = buildNames(ENTRIES);
  }

  private static char[] buildNames(char[] entries) {
    char[] t = new char[entries.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = nameFold(entries[i]);
    }
    return t;
  }

  /** The name-level rule for one already folded char. */
  static char nameFold(char c) {
    return switch (c) {
      case Folds.GHAIN, Folds.TCHEH -> Folds.JEEM;
      case Folds.GAF -> Folds.KAF;
      case Folds.PEH -> Folds.BEH;
      case Folds.VEH -> Folds.FEH;
      case Folds.WAW_HAMZA_ABOVE -> Folds.WAW;
      case Folds.YEH_HAMZA_ABOVE -> Folds.YEH;
      default -> c;
    };
  }

  private static char[] build() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char f = fold((char) i);
      if (f == TO_NOTHING && i != TO_NOTHING && !dropped((char) i)) {
        throw new IllegalStateException("U+" + Integer.toHexString(i) + " folds to the TO_NOTHING sentinel");
      }
      t[i] = f;
    }
    return t;
  }

  private static boolean dropped(char c) {
    char d = Folds.foldControl(c);
    return Folds.isInvisibleFormatting(d) || Folds.isDiacritic(d) || Folds.isTatweel(d)
        || Character.getType(d) == Character.NON_SPACING_MARK
        || (Character.getType(d) == Character.ENCLOSING_MARK || Character.getType(d) == Character.FORMAT)
            && !isSpace(Folds.foldSpace(d)) // ZERO WIDTH SPACE is a format char, and a word break
        || (d >= FUNCTION_APPLICATION && d <= INVISIBLE_PLUS);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The rules of the class documentation, for one char. */
  static char fold(char c) {
    if (dropped(c)) {
      return TO_NOTHING;
    }
    c = Folds.foldControl(c);
    c = Folds.foldSpace(c);
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return TO_SPACE;
    }
    c = Folds.foldFullwidth(c);
    c = Folds.foldCase(c);
    c = Folds.foldDigit(c);
    c = Folds.foldPersianLetter(c);
    c = Folds.foldAlef(c);
    c = Folds.foldAlefMaksura(c);
    c = Folds.foldTehMarbuta(c);
    switch (c) {
      case YEH_BARREE:
        return Folds.YEH;
      case SMALL_COLON:
      case PRESENTATION_FORM_FOR_VERTICAL_COLON:
        return ':';
      default:
        return c;
    }
  }
}
