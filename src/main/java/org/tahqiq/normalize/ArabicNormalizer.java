package org.tahqiq.normalize;

import java.util.Arrays;
import java.util.Objects;
import org.tahqiq.text.MappedText;

/**
 * Folds Arabic orthographic variation so that spelling variants of one word compare equal: drops
 * diacritics and tatweel, unifies alef/yeh/heh forms, Persian look-alike letters, digits, Arabic
 * presentation forms, invisible formatting, exotic spaces and letter case. Offsets into the raw
 * text survive through {@link #normalize(MappedText)}.
 *
 * <p>Every fold is an option of the {@link Builder} (see each setter for its rule and default).
 * The chosen folds are compiled once, when the normalizer is built, into a lookup table over all
 * UTF-16 code units, so normalizing is one table load per char in a single pass, with no regular
 * expression and no per-char allocation. The only context any rule looks at: a surrogate's
 * neighbour (pairs are kept intact, a lone surrogate becomes U+FFFD) and, when diacritics are
 * removed, a decomposed maddah/hamza mark following its carrier (ALEF + HAMZA ABOVE is treated as
 * the precomposed أ, WAW + HAMZA ABOVE as ؤ, ...), so decomposed and precomposed spellings agree.
 *
 * <p>Always applied, whatever the options: C0/C1 control chars other than TAB, LF and CR become a
 * space (NEXT LINE becomes LF), lone surrogates and the noncharacters U+FFFE/U+FFFF become U+FFFD.
 * Chars no rule covers, including unassigned ones and supplementary chars (emoji), pass unchanged.
 *
 * <p>Normalization is idempotent: {@code normalize(normalize(x)).equals(normalize(x))}. The output
 * is at most {@link #maxExpansion()} times as long as the input (only presentation-form ligatures
 * expand; with the defaults the bound is 18, for U+FDFA ﷺ).
 *
 * <p>Immutable and thread-safe; build one and share it.
 */
public final class ArabicNormalizer {

  /** Largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  /**
   * Size of the blocks {@link #normalize(MappedText)} copies its input in and maps in place, in
   * chars: big enough that the bulk appends they feed are long, small enough to cost nothing per
   * text.
   */
  private static final int BLOCK_CHARS = 512;

  private static final ArabicNormalizer DEFAULTS = new Builder().build();

  private final FoldTable table;
  /** Whether a decomposed maddah/hamza mark is composed with its carrier (see class comment). */
  private final boolean composeMarks;
  private final String description;

  private ArabicNormalizer(Builder b) {
    this.table = FoldTable.build(b);
    this.composeMarks = b.removeDiacritics;
    this.description = b.describe();
  }

  /** The normalizer with every fold at its default (see {@link Builder}). */
  public static ArabicNormalizer defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the default folds. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most chars one input char can become: 1 when no expanding fold is enabled. The output of
   * any {@code normalize} method is at most this many times as long as its input.
   */
  public int maxExpansion() {
    return table.maxExpansion();
  }

  /**
   * Normalizes {@code input}, each output char mapping to a range of {@code input.raw()}: a char
   * that is kept or replaced keeps its input char's raw range; the chars an expansion produces all
   * get the raw range of the char they came from; a deleted char's raw range is added to the
   * preceding output char (so a word's raw span includes its diacritics and tatweel), or is
   * dropped from the mapping when nothing precedes it. The input is not modified.
   *
   * @throws IllegalArgumentException if the output would exceed the maximum array length
   */
  public MappedText normalize(MappedText input) {
    Objects.requireNonNull(input, "input must not be null");
    int n = input.length();
    MappedText.Builder out = MappedText.builder(input.raw(), n);
    // The text is copied in blocks into a small buffer and mapped there in place. Chars that map
    // to one char (kept, replaced or composed: almost all) are appended with their raw ranges in
    // bulk, one segment at a time; a segment ends at a deleted char, a surrogate or an expansion,
    // which are appended one by one, and at the end of the block. block[k] holds input char
    // blockStart + k.
    char[] block = new char[Math.min(n, BLOCK_CHARS)];
    int blockStart = 0;
    int blockEnd = 0;
    int i = 0;
    while (i < n) {
      if (i >= blockEnd) { // past it only after a surrogate pair that straddled its end
        blockStart = i;
        blockEnd = Math.min(n, i + block.length);
        input.getChars(blockStart, blockEnd, block, 0);
      }
      int segment = i;
      i = blockStart + mapOneToOne(input, blockStart, block, segment - blockStart, blockEnd - blockStart);
      if (segment < i) {
        out.appendReplacing(input, segment, i, block, segment - blockStart);
      }
      if (i == blockEnd) {
        continue; // the block is done or the text ended
      }
      int e = table.entry(block[i - blockStart]);
      if (e == FoldTable.DELETE) {
        out.extendLast(input.rawEnd(i));
      } else if (e == FoldTable.SURROGATE) {
        if (isSurrogatePair(input, i, n)) {
          out.append(input, i, i + 2);
          i++;
        } else {
          out.appendReplacing(input, i, Folds.REPLACEMENT_CHARACTER);
        }
      } else {
        checkLength((long) out.length() + table.maxExpansion());
        char[] chars = table.expansionChars();
        int start = input.rawStart(i);
        int end = input.rawEnd(i);
        for (int k = table.expansionStart(e), to = table.expansionEnd(e); k < to; k++) {
          out.append(chars[k], start, end);
        }
      }
      i++;
    }
    return out.build();
  }

  /**
   * Maps {@code block[from, count)} in place while every char maps to exactly one char, and
   * returns the index of the first that does not (deleted, surrogate, expansion), or {@code
   * count}. {@code block[k]} is char {@code blockStart + k} of {@code text}; composition looks
   * ahead in {@code text}, past the block's end if need be.
   */
  private int mapOneToOne(MappedText text, int blockStart, char[] block, int from, int count) {
    int[] entries = table.entries();
    // A plain counted loop (the JIT unrolls it and drops the range checks). Composition needs a
    // base letter followed by a deleted mark, and a deleted char ends the segment, so only the
    // segment's last char can compose: that is settled after the loop, with its original form
    // kept in a register.
    int k = from;
    char last = 0;
    for (; k < count; k++) {
      char c = block[k];
      int e = entries[c];
      if (e < 0) {
        break;
      }
      block[k] = (char) e;
      last = c;
    }
    int next = blockStart + k; // in text: block[k], or the first char past the block
    if (composeMarks && k > from && next < text.length() && mayCompose(last, text.charAt(next))) {
      block[k - 1] = (char) composedEntry(text, next - 1, text.length(), entries[last]);
    }
    return k;
  }



  /**
   * Normalizes a plain char sequence, with the same folds as {@link #normalize(MappedText)} but
   * no offsets. Returns {@code input.toString()} itself when nothing changes.
   *
   * @throws IllegalArgumentException if the output would exceed the maximum array length
   */
  public String normalize(CharSequence input) {
    Objects.requireNonNull(input, "input must not be null");
    int n = input.length();
    char[] out = null; // allocated at the first change; until then the output is the input prefix
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = input.charAt(i);
      int e = table.entry(c);
      if (e >= 0 && composeMarks && i + 1 < n && mayCompose(c, input.charAt(i + 1))) {
        e = composedEntry(input, i, n, e);
      }
      if (e == c) {
        if (out != null) {
          out = ensureCapacity(out, len + 1);
          out[len] = c;
        }
        len++;
        continue;
      }
      if (e == FoldTable.SURROGATE && isSurrogatePair(input, i, n)) {
        if (out != null) {
          out = ensureCapacity(out, len + 2);
          out[len] = c;
          out[len + 1] = input.charAt(i + 1);
        }
        len += 2;
        i++;
        continue;
      }
      if (out == null) {
        out = new char[Math.max(16, n)];
        copyPrefix(input, len, out);
      }
      if (e >= 0) {
        out = ensureCapacity(out, len + 1);
        out[len++] = (char) e;
      } else if (e == FoldTable.DELETE) {
        // dropped
      } else if (e == FoldTable.SURROGATE) { // a lone one: pairs were taken above
        out = ensureCapacity(out, len + 1);
        out[len++] = Folds.REPLACEMENT_CHARACTER;
      } else {
        int from = table.expansionStart(e);
        int to = table.expansionEnd(e);
        out = ensureCapacity(out, (long) len + (to - from));
        System.arraycopy(table.expansionChars(), from, out, len, to - from);
        len += to - from;
      }
    }
    if (out == null) {
      return input.toString();
    }
    return new String(out, 0, len);
  }

  /**
   * Normalizes {@code buf[0, len)} in place, for callers that hold a token in a reusable buffer,
   * and returns the new length ({@code <= len}); {@code buf} past that length is left as it was.
   * Only for normalizers without expanding folds ({@link #maxExpansion()} == 1, e.g. built with
   * {@code foldPresentationForms(false)}), since an expansion could not be done in place.
   *
   * @throws IllegalStateException if this normalizer has an expanding fold enabled
   * @throws IndexOutOfBoundsException if {@code len} is negative or exceeds {@code buf.length}
   */
  public int normalizeInPlace(char[] buf, int len) {
    Objects.requireNonNull(buf, "buf must not be null");
    Objects.checkFromIndexSize(0, len, buf.length);
    if (table.expands()) {
      throw new IllegalStateException(
          "normalizeInPlace needs a normalizer without expanding folds; "
              + "build it with foldPresentationForms(false) or use normalize(CharSequence)");
    }
    int w = 0;
    for (int r = 0; r < len; r++) {
      char c = buf[r];
      int e = table.entry(c);
      if (e >= 0) {
        if (composeMarks && r + 1 < len && mayCompose(c, buf[r + 1])) {
          e = composedEntry(buf, r, len, e);
        }
        buf[w++] = (char) e;
      } else if (e == FoldTable.SURROGATE) {
        if (Character.isHighSurrogate(c) && r + 1 < len && Character.isLowSurrogate(buf[r + 1])) {
          buf[w++] = c;
          buf[w++] = buf[++r];
        } else {
          buf[w++] = Folds.REPLACEMENT_CHARACTER;
        }
      }
      // DELETE: nothing written; no other entry kind exists without expansions
    }
    return w;
  }

  /**
   * Cheap necessary condition for {@link #composedEntry} to find a composition: the char after
   * {@code c} is deleted (as every removable mark is) and {@code c} is a base letter. The first
   * test is tried first because it almost never holds, so its branch predicts well; the base
   * letters (alef, waw, yeh) are too frequent and irregular for that.
   */
  private boolean mayCompose(char c, char next) {
    return table.entry(next) == FoldTable.DELETE && Folds.isCompositionBase(c);
  }

  /**
   * The table entry for the base letter at {@code i} (whose own entry is {@code baseEntry}), or
   * for its canonical composition with the first maddah/hamza mark among the removable marks that
   * directly follow it. Scans only the marks right after one base letter, so a text is scanned at
   * most twice overall.
   */
  private int composedEntry(CharSequence s, int i, int n, int baseEntry) {
    char base = s.charAt(i);
    for (int j = i + 1; j < n; j++) {
      int composed = composedWith(base, s.charAt(j));
      if (composed != NO_COMPOSITION) {
        return composed == END_OF_MARKS ? baseEntry : composed;
      }
    }
    return baseEntry;
  }

  /** {@link #composedEntry(CharSequence, int, int, int)} over {@code buf[0, n)}. */
  private int composedEntry(char[] buf, int i, int n, int baseEntry) {
    char base = buf[i];
    for (int j = i + 1; j < n; j++) {
      int composed = composedWith(base, buf[j]);
      if (composed != NO_COMPOSITION) {
        return composed == END_OF_MARKS ? baseEntry : composed;
      }
    }
    return baseEntry;
  }

  /** Result of {@link #composedWith} when the scan should go on to the next mark. */
  private static final int NO_COMPOSITION = -2;
  /** Result of {@link #composedWith} when the marks following the base letter have ended. */
  private static final int END_OF_MARKS = -1;

  /**
   * One step of the composition scan: the table entry of {@code base} composed with {@code mark};
   * {@link #NO_COMPOSITION} when {@code mark} is a removable mark that does not compose (scan
   * on); {@link #END_OF_MARKS} for anything but a removable combining mark. (A composed letter's
   * entry is never negative.)
   */
  private int composedWith(char base, char mark) {
    if (table.entry(mark) != FoldTable.DELETE || Character.getType(mark) != Character.NON_SPACING_MARK) {
      return END_OF_MARKS;
    }
    char composed = Folds.compose(base, mark);
    return composed == 0 ? NO_COMPOSITION : table.entry(composed);
  }

  /** Whether chars {@code i} and {@code i + 1} of {@code s[0, n)} form a valid surrogate pair. */
  private static boolean isSurrogatePair(CharSequence s, int i, int n) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private static void copyPrefix(CharSequence s, int len, char[] dst) {
    if (s instanceof String str) {
      str.getChars(0, len, dst, 0);
    } else {
      for (int k = 0; k < len; k++) {
        dst[k] = s.charAt(k);
      }
    }
  }

  private static char[] ensureCapacity(char[] buf, long needed) {
    if (needed <= buf.length) {
      return buf;
    }
    checkLength(needed);
    long grown = Math.max(needed, buf.length + ((long) buf.length >> 1));
    return Arrays.copyOf(buf, (int) Math.min(grown, MAX_ARRAY_LENGTH));
  }

  private static void checkLength(long needed) {
    if (needed > MAX_ARRAY_LENGTH) {
      throw new IllegalArgumentException(
          "normalized text would exceed the maximum length " + MAX_ARRAY_LENGTH + " chars");
    }
  }

  /** The enabled folds, e.g. for logs. */
  @Override
  public String toString() {
    return "ArabicNormalizer" + description;
  }

  /**
   * Chooses the folds of an {@link ArabicNormalizer}; every option starts at its default. Each
   * setter enables ({@code true}) or disables one fold; a disabled fold leaves its chars exactly
   * as they were. Not thread-safe; {@link #build()} may be called repeatedly and the built
   * normalizers do not see later changes.
   */
  public static final class Builder {
    boolean removeDiacritics = true;
    boolean removeTatweel = true;
    boolean foldAlef = true;
    boolean foldAlefMaksura = true;
    boolean foldTehMarbuta = true;
    boolean foldPersianLetters = true;
    boolean foldHamzaCarriers = false;
    boolean foldDigits = true;
    boolean foldPresentationForms = true;
    boolean removeInvisibleFormatting = true;
    boolean foldSpaces = true;
    boolean foldCase = true;
    boolean foldFullwidth = true;

    private Builder() {}

    /**
     * Delete Arabic diacritics: harakat, tanween, shadda, sukun U+064B–U+0652, maddah/hamza marks
     * and rarer vowel signs U+0653–U+065F, dagger alef U+0670, Quranic marks U+0610–U+061A,
     * U+06D6–U+06ED and U+08D3–U+08FF. Default {@code true}.
     */
    public Builder removeDiacritics(boolean on) {
      this.removeDiacritics = on;
      return this;
    }

    /** Delete tatweel U+0640 (الـــرئيس = الرئيس). Default {@code true}. */
    public Builder removeTatweel(boolean on) {
      this.removeTatweel = on;
      return this;
    }

    /** Fold آ أ إ ٱ and wavy-hamza alefs U+0672/U+0673 to ا. Default {@code true}. */
    public Builder foldAlef(boolean on) {
      this.foldAlef = on;
      return this;
    }

    /** Fold alef maksura ى to yeh ي (فى = في). Default {@code true}. */
    public Builder foldAlefMaksura(boolean on) {
      this.foldAlefMaksura = on;
      return this;
    }

    /** Fold teh marbuta ة to heh ه. Default {@code true}. */
    public Builder foldTehMarbuta(boolean on) {
      this.foldTehMarbuta = on;
      return this;
    }

    /**
     * Fold Persian/Urdu/Kurdish look-alikes to the Arabic letter: ک ڪ → ك; ی ې → ي; ە ہ ھ ۀ ۂ →
     * ه; ۃ → ة. Distinct letters (گ پ چ ژ ڤ ے) are kept. Default {@code true}.
     */
    public Builder foldPersianLetters(boolean on) {
      this.foldPersianLetters = on;
      return this;
    }

    /**
     * Fold hamza on a carrier to the bare carrier: ؤ → و, ئ → ي; bare ء is kept. Default
     * {@code false}: the carrier is spelling, not variation, in edited news text, and folding it
     * merges distinct words (سئل "was asked" / سيل "flood", بؤس "misery" / بوس "kiss"). It also
     * does not unify the regional carrier choice (مسؤول / مسئول become مسوول / مسيول).
     */
    public Builder foldHamzaCarriers(boolean on) {
      this.foldHamzaCarriers = on;
      return this;
    }

    /**
     * Fold Arabic-Indic U+0660–U+0669 and Extended U+06F0–U+06F9 digits to ASCII 0–9, and ٫ ٬ ٪
     * to {@code . , %}. Default {@code true}.
     */
    public Builder foldDigits(boolean on) {
      this.foldDigits = on;
      return this;
    }

    /**
     * Replace Arabic presentation forms A/B (U+FB50–U+FDFF, U+FE70–U+FEFF: contextual glyphs and
     * ligatures such as ﻻ ﷲ ﷺ) by their NFKC equivalent, then apply the other enabled folds to
     * it. A ligature expands into several chars, all mapped to its raw range. Default
     * {@code true}.
     */
    public Builder foldPresentationForms(boolean on) {
      this.foldPresentationForms = on;
      return this;
    }

    /**
     * Delete invisible formatting: ZWNJ, ZWJ, word joiner, soft hyphen, bidi marks, embeddings,
     * overrides and isolates, ARABIC LETTER MARK, U+206A–U+206F, BOM. Default {@code true}.
     */
    public Builder removeInvisibleFormatting(boolean on) {
      this.removeInvisibleFormatting = on;
      return this;
    }

    /**
     * Replace Unicode space separators (NBSP, U+2000–U+200A, U+202F, U+205F, U+3000, ...) and
     * ZERO WIDTH SPACE by {@code ' '}, and LINE/PARAGRAPH SEPARATOR by {@code '\n'}. Default
     * {@code true}.
     */
    public Builder foldSpaces(boolean on) {
      this.foldSpaces = on;
      return this;
    }

    /**
     * Lower-case letters locale-independently with one-char mappings ({@link
     * Character#toLowerCase(char)}): ASCII, Latin-1 and other cased scripts. Default {@code true}.
     */
    public Builder foldCase(boolean on) {
      this.foldCase = on;
      return this;
    }

    /** Fold fullwidth ASCII U+FF01–U+FF5E (Ａ １ ％) to ASCII. Default {@code true}. */
    public Builder foldFullwidth(boolean on) {
      this.foldFullwidth = on;
      return this;
    }

    /** A normalizer with the folds chosen so far. Compiles a 256 KiB table; reuse the result. */
    public ArabicNormalizer build() {
      return new ArabicNormalizer(this);
    }

    String describe() {
      return "[removeDiacritics=" + removeDiacritics
          + ", removeTatweel=" + removeTatweel
          + ", foldAlef=" + foldAlef
          + ", foldAlefMaksura=" + foldAlefMaksura
          + ", foldTehMarbuta=" + foldTehMarbuta
          + ", foldPersianLetters=" + foldPersianLetters
          + ", foldHamzaCarriers=" + foldHamzaCarriers
          + ", foldDigits=" + foldDigits
          + ", foldPresentationForms=" + foldPresentationForms
          + ", removeInvisibleFormatting=" + removeInvisibleFormatting
          + ", foldSpaces=" + foldSpaces
          + ", foldCase=" + foldCase
          + ", foldFullwidth=" + foldFullwidth
          + "]";
    }
  }
}
