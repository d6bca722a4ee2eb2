package org.tahqiq.token;

/**
 * The kind of a {@link Token}, decided by the class of its characters. A token never mixes
 * classes: a letter-digit boundary always splits ({@code "14th"} is {@code NUMBER "14"} followed by
 * {@code LATIN_WORD "th"}, {@code "كوفيد-19"} is {@code ARABIC_WORD}, {@code PUNCTUATION}, {@code
 * NUMBER}), so that the same surface form always yields the same tokens whatever script surrounds
 * it.
 */
public enum TokenType {
  /**
   * A run of Arabic-script letters (Arabic, Arabic Supplement, Extended-A/B and presentation
   * forms), including the combining marks (harakat, superscript alef), tatweel and invisible
   * joiners inside it.
   */
  ARABIC_WORD,
  /** A run of Latin-script letters (ASCII, Latin-1 accented, Latin Extended) with combining marks
   * and internal apostrophes ({@code don't}, {@code O’Brien}). */
  LATIN_WORD,
  /**
   * A run of decimal digits of any script (ASCII, Arabic-Indic, Extended Arabic-Indic, ...) with
   * single separators between digits kept inside: {@code 2024-06-19}, {@code 14/9/2023}, {@code
   * 1.5}, {@code 1,500}, {@code 12:30}, {@code ٣٫٥}. A separator not followed by a digit (a
   * sentence-final full stop) is {@link #PUNCTUATION}.
   */
  NUMBER,
  /** Exactly one punctuation character (with any combining marks after it): {@code ، ؛ ؟ « » “ . -}. */
  PUNCTUATION,
  /**
   * Exactly one symbol code point (math, currency, modifier, other symbols, emoji, other numbers
   * such as {@code ²}) with any combining marks or variation selectors after it. A surrogate pair
   * is never split.
   */
  SYMBOL,
  /**
   * Anything else that is not skipped: a run of letters of another script (Cyrillic, Hebrew, CJK),
   * or a single unassigned, private-use or lone-surrogate char.
   */
  OTHER
}
