package org.tahqiq.normalize;

/**
 * The decimal digits that Arabic news writes numbers with: ASCII {@code 0-9}, Arabic-Indic {@code
 * ٠-٩} (U+0660–U+0669) and Extended Arabic-Indic {@code ۰-۹} (U+06F0–U+06F9, the Persian and Urdu
 * forms). The one definition read by the folding table, the sentence rule and fact
 * extraction's number keys.
 *
 * <p>Stateless; thread-safe.
 */
public final class Digits {

  /** U+0660 ARABIC-INDIC DIGIT ZERO. */
  public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  /** U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO. */
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';

  private Digits() {}

  /** The value 0..9 of {@code c} if it is a digit of one of the three scripts, else -1. */
  public static int value(char c) {
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
}
