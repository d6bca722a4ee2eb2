package org.tahqiq.normalize;

import java.util.Arrays;

/**
 * The compiled form of a set of folds: one entry per UTF-16 code unit saying what it becomes, so
 * normalizing costs one array load per char. Built once per {@link ArabicNormalizer}; immutable
 * after construction and safe to share between threads (all fields final, arrays never written
 * after the constructor returns).
 *
 * <p>Entry encoding ({@link #entry(char)}):
 *
 * <ul>
 *   <li>{@code >= 0}: the char is replaced by {@code (char) entry} (itself when unchanged);
 *   <li>{@link #DELETE}: the char is dropped;
 *   <li>{@link #SURROGATE}: a surrogate; kept when part of a valid pair, else replaced by U+FFFD;
 *   <li>{@code <= EXPANSION_BASE}: the char becomes the several chars {@link #expansionStart} ..
 *       {@link #expansionEnd} of {@link #expansionChars} for index {@code EXPANSION_BASE - entry}.
 * </ul>
 *
 * Every char a table produces maps to itself, which makes normalization idempotent.
 */
final class FoldTable {

  static final int DELETE = -1;
  static final int SURROGATE = -2;
  static final int EXPANSION_BASE = -3;

  private final int[] entries;
  private final char[] expansionChars;
  private final int[] expansionOffsets;
  private final int maxExpansion;

  private FoldTable(int[] entries, char[] expansionChars, int[] expansionOffsets, int maxExpansion) {
    this.entries = entries;
    this.expansionChars = expansionChars;
    this.expansionOffsets = expansionOffsets;
    this.maxExpansion = maxExpansion;
  }

  /** Compiles the folds that {@code options} enables. */
  static FoldTable build(ArabicNormalizer.Builder options) {
    int[] entries = new int[Character.MAX_VALUE + 1];
    StringBuilder expansionChars = new StringBuilder();
    int[] offsets = new int[16];
    int expansions = 0;
    int maxExpansion = 1;
    StringBuilder produced = new StringBuilder();
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Character.isSurrogate(c)) {
        entries[i] = SURROGATE;
        continue;
      }
      if (!(options.foldPresentationForms && Folds.isPresentationForm(c))) {
        // The common case: one char in, at most one out, no buffer.
        entries[i] = foldOne(options, c);
        continue;
      }
      produced.setLength(0);
      String nfkc = Folds.presentationFormExpansion(c);
      for (int k = 0; k < nfkc.length(); k++) {
        int folded = foldOne(options, nfkc.charAt(k));
        if (folded != DELETE) {
          produced.append((char) folded);
        }
      }
      if (produced.length() == 0) {
        entries[i] = DELETE;
      } else if (produced.length() == 1) {
        entries[i] = produced.charAt(0);
      } else {
        if (expansions + 1 >= offsets.length) {
          offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[expansions] = expansionChars.length();
        expansionChars.append(produced);
        offsets[expansions + 1] = expansionChars.length();
        entries[i] = EXPANSION_BASE - expansions;
        expansions++;
        maxExpansion = Math.max(maxExpansion, produced.length());
      }
    }
    char[] chars = expansionChars.toString().toCharArray();
    return new FoldTable(entries, chars, Arrays.copyOf(offsets, expansions + 1), maxExpansion);
  }

  /**
   * Applies the enabled one-char rules to {@code c}: the char it becomes, or {@link #DELETE}.
   * The order matters for idempotence: rules whose output another rule consumes run first
   * (fullwidth before case, Persian before teh marbuta, hamza carriers before alef maksura).
   */
  private static int foldOne(ArabicNormalizer.Builder o, char c) {
    c = Folds.foldControl(c);
    if ((o.removeInvisibleFormatting && Folds.isInvisibleFormatting(c))
        || (o.removeDiacritics && Folds.isDiacritic(c))
        || (o.removeTatweel && Folds.isTatweel(c))) {
      return DELETE;
    }
    if (o.foldSpaces) {
      c = Folds.foldSpace(c);
    }
    if (o.foldFullwidth) {
      c = Folds.foldFullwidth(c);
    }
    if (o.foldCase) {
      c = Folds.foldCase(c);
    }
    if (o.foldDigits) {
      c = Folds.foldDigit(c);
    }
    if (o.foldPersianLetters) {
      c = Folds.foldPersianLetter(c);
    }
    if (o.foldHamzaCarriers) {
      c = Folds.foldHamzaCarrier(c);
    }
    if (o.foldAlef) {
      c = Folds.foldAlef(c);
    }
    if (o.foldAlefMaksura) {
      c = Folds.foldAlefMaksura(c);
    }
    if (o.foldTehMarbuta) {
      c = Folds.foldTehMarbuta(c);
    }
    return c;
  }

  /** What {@code c} becomes; see the class comment for the encoding. */
  int entry(char c) {
    return entries[c];
  }

  /** The entries by char, for loops that look up every char; must not be modified. */
  int[] entries() {
    return entries;
  }

  /** Whether any char expands to several chars. */
  boolean expands() {
    return maxExpansion > 1;
  }

  /** The most chars one input char can become (at least 1). */
  int maxExpansion() {
    return maxExpansion;
  }

  /** All expansions, back to back; shared, so callers must only read it. */
  char[] expansionChars() {
    return expansionChars;
  }

  /** Start in {@link #expansionChars()} of the expansion that {@code entry} encodes. */
  int expansionStart(int entry) {
    return expansionOffsets[EXPANSION_BASE - entry];
  }

  /** End (exclusive) in {@link #expansionChars()} of the expansion that {@code entry} encodes. */
  int expansionEnd(int entry) {
    return expansionOffsets[EXPANSION_BASE - entry + 1];
  }
}
