package org.tahqiq.token;

/**
 * The one-letter proclitics of Arabic that the project strips or sees through, in one place: the
 * conjunctions و and ف, and the prepositions ب, ك and ل (ل before the article writes لل, its
 * alef dropped). {@link ArabicLightStemmer} strips them; the fact extractor looks lexicon words up
 * through them.
 *
 * <p>Stateless; thread-safe.
 */
public final class Proclitics {

  /** U+0648 ARABIC LETTER WAW: "and". */
  public static final char WAW = '\u0648';
  /** U+0641 ARABIC LETTER FEH: "and so". */
  public static final char FEH = '\u0641';
  /** U+0628 ARABIC LETTER BEH: "with, by, in". */
  public static final char BEH = '\u0628';
  /** U+0643 ARABIC LETTER KAF: "like". */
  public static final char KAF = '\u0643';
  /** U+0644 ARABIC LETTER LAM: "to, for". */
  public static final char LAM = '\u0644';

  /** Every proclitic letter: the conjunctions, then the prepositions. */
  public static final String LETTERS = "" + WAW + FEH + BEH + KAF + LAM;

  private Proclitics() {}

  /** Whether {@code c} is a conjunction proclitic (و, ف). */
  public static boolean isConjunction(char c) {
    return c == WAW || c == FEH;
  }

  /** Whether {@code c} is a preposition proclitic (ب, ك, ل). */
  public static boolean isPreposition(char c) {
    return c == BEH || c == KAF || c == LAM;
  }
}
