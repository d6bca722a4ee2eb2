package org.tahqiq.clean;

import org.tahqiq.normalize.ArabicNormalizer;

/**
 * Computes {@link Folding#key} of text lines fast, with exactly the same result.
 *
 * <p>{@code Folding.key} normalizes a line into a new string with {@link ArabicNormalizer#defaults()}
 * and folds that into another. For almost every line this class does both in place in one reused
 * buffer instead: {@link ArabicNormalizer#normalizeInPlace} of a twin normalizer that differs from
 * the defaults only in not folding presentation forms (the one expanding fold, which cannot work
 * in place), then {@link Folding#foldInPlace}. The twin gives the same output as the defaults on
 * any text none of whose chars the two map differently: both share every other fold, and the only
 * context either looks at (surrogate pairs, a maddah/hamza mark composing with its base letter)
 * involves no presentation form. A line with such a char (a presentation form: rare in news text)
 * takes the general path.
 *
 * <p>Immutable and thread-safe; the buffer is the caller's.
 */
final class KeyFolder {

  private final ArabicNormalizer normalizer;
  private final ArabicNormalizer inPlaceTwin;
  /** Bit {@code c} set: {@code normalizer} and {@code inPlaceTwin} map char {@code c} differently. */
  private final long[] differs;

  private KeyFolder(ArabicNormalizer normalizer, ArabicNormalizer inPlaceTwin) {
    this.normalizer = normalizer;
    this.inPlaceTwin = inPlaceTwin;
    this.differs = new long[(Character.MAX_VALUE + 1) >>> 6];
    if (inPlaceTwin.maxExpansion() > 1) {
      java.util.Arrays.fill(differs, -1L); // cannot happen with the twin below; stay correct anyway
      return;
    }
    char[] one = new char[1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Character.isSurrogate(c)) {
        continue; // both keep valid pairs and replace lone surrogates alike
      }
      one[0] = c;
      String expected = normalizer.normalize(String.valueOf(c));
      int len = inPlaceTwin.normalizeInPlace(one, 1);
      if (len != expected.length() || (len == 1 && one[0] != expected.charAt(0))) {
        differs[i >>> 6] |= 1L << i;
      }
    }
  }

  /** The folder for {@link ArabicNormalizer#defaults()}, the normalizer the cleaner uses. */
  static KeyFolder defaults() {
    return Defaults.INSTANCE;
  }

  ArabicNormalizer normalizer() {
    return normalizer;
  }

  /**
   * {@link Folding#key} of {@code text[from, to)}. {@code buf} must hold at least {@code to - from}
   * chars; {@code scratch} is used on the general path.
   */
  String key(String text, int from, int to, char[] buf, StringBuilder scratch) {
    int len = to - from;
    text.getChars(from, to, buf, 0);
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if ((differs[c >>> 6] & (1L << c)) != 0) {
        return Folding.key(normalizer, text.subSequence(from, to), scratch);
      }
    }
    int n = inPlaceTwin.normalizeInPlace(buf, len);
    return new String(buf, 0, Folding.foldInPlace(buf, n));
  }

  /** Built on first use (holder idiom), then shared. */
  private static final class Defaults {
    static final KeyFolder INSTANCE = new KeyFolder(
        ArabicNormalizer.defaults(),
        ArabicNormalizer.builder().foldPresentationForms(false).build());
  }
}
