package org.tahqiq.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text produced by a pipeline stage (cleaning, normalization) that remembers, for every one of its
 * chars, the range of the <em>raw</em> article text it came from. Later stages report evidence as
 * raw offsets through {@link #rawSpan(int, int)}, so a caller can highlight the original words even
 * after diacritics were dropped, letters folded or boilerplate cut out.
 *
 * <p>Mapping contract: char {@code i} came from {@code raw().substring(rawStart(i), rawEnd(i))}.
 * Raw starts never decrease with {@code i}. A raw char that a stage deleted (a diacritic, a
 * tatweel) is attributed to the preceding kept char of the same run, so the raw span of a word
 * includes its marks; a stage that expands one raw char into several (a ligature) gives each of
 * them the same raw range.
 *
 * <p>Immutable and thread-safe. Implements {@link CharSequence} over the transformed text.
 */
public final class MappedText implements CharSequence {

  /** Largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  // Representation (none of it visible): the chars live in an array, and the text string is made
  // on first request only, since the pipeline reads chars through charAt and never needs it.
  // Arrays may be longer than the text (slack a builder left); only [0, length) is meaningful.
  // rawStarts == null means char i starts at raw offset i (the identity); rawEnds == null means
  // every char ends one past its start, which is what kept and replaced chars do, so texts with
  // no deleted or expanded char need no end array.
  private final String raw;
  private final char[] chars;
  private final int length;
  private final int[] rawStarts;
  private final int[] rawEnds;
  /** The text as a string, made on first use; a benign race may make it twice (same value). */
  private String text;

  private MappedText(String raw, char[] chars, int length, int[] rawStarts, int[] rawEnds, String text) {
    this.raw = raw;
    this.chars = chars;
    this.length = length;
    this.rawStarts = rawStarts;
    this.rawEnds = rawEnds;
    this.text = text;
  }

  /** The raw text itself, every char mapping to its own position. */
  public static MappedText identity(String raw) {
    Objects.requireNonNull(raw, "raw text must not be null");
    return new MappedText(raw, raw.toCharArray(), raw.length(), null, null, raw);
  }

  /** Starts building a text that maps into {@code raw}, with room for {@code capacity} chars. */
  public static Builder builder(String raw, int capacity) {
    return new Builder(raw, capacity);
  }

  /** The original raw text that all offsets refer to. */
  public String raw() {
    return raw;
  }

  /** The transformed text. */
  public String text() {
    String t = text;
    if (t == null) {
      t = new String(chars, 0, length);
      text = t; // String is immutable: publishing it through a race is safe
    }
    return t;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, length);
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    Objects.checkFromToIndex(start, end, length);
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return text();
  }

  /** Raw offset where char {@code i} of this text begins. */
  public int rawStart(int i) {
    Objects.checkIndex(i, length);
    return start(i);
  }

  /** Raw offset one past where char {@code i} of this text ends. */
  public int rawEnd(int i) {
    Objects.checkIndex(i, length);
    return end(i);
  }

  private int start(int i) {
    return rawStarts == null ? i : rawStarts[i];
  }

  private int end(int i) {
    return rawEnds == null ? start(i) + 1 : rawEnds[i];
  }

  /**
   * The raw range that chars {@code [begin, end)} of this text came from. For an empty range the
   * raw span is empty, positioned where char {@code begin} starts (or at the raw end).
   */
  public TextSpan rawSpan(int begin, int end) {
    Objects.checkFromToIndex(begin, end, length);
    if (begin == end) {
      int at = begin < length ? start(begin) : (begin == 0 ? 0 : end(begin - 1));
      return new TextSpan(at, at);
    }
    return new TextSpan(start(begin), end(end - 1));
  }

  /**
   * Builder that appends transformed chars with their raw ranges; amortised O(1) per char, no
   * per-char allocation. Not thread-safe.
   */
  public static final class Builder {
    private final String raw;
    private char[] chars;
    private int[] starts;
    /** Null while every char appended so far ends one past its start (see MappedText). */
    private int[] ends;
    private int length;

    private Builder(String raw, int capacity) {
      this.raw = Objects.requireNonNull(raw, "raw text must not be null");
      if (capacity < 0) {
        throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
      }
      int cap = Math.max(16, capacity);
      this.chars = new char[cap];
      this.starts = new int[cap];
    }

    /** Number of chars appended so far. */
    public int length() {
      return length;
    }

    /** The char at {@code i} appended so far. */
    public char charAt(int i) {
      Objects.checkIndex(i, length);
      return chars[i];
    }

    /** Appends {@code c}, which came from raw chars {@code [rawStart, rawEnd)}. */
    public Builder append(char c, int rawStart, int rawEnd) {
      checkRawRange(rawStart, rawEnd);
      if (length == chars.length) {
        grow(1);
      }
      put(c, rawStart, rawEnd);
      return this;
    }

    /**
     * Appends the raw chars {@code [rawStart, rawEnd)} unchanged, each mapping to itself: the same
     * as {@link #append(char, int, int) append(raw.charAt(i), i, i + 1)} for each {@code i}, in
     * bulk.
     */
    public Builder appendRaw(int rawStart, int rawEnd) {
      checkRawRange(rawStart, rawEnd);
      int n = rawEnd - rawStart;
      if (n > chars.length - length) {
        grow(n);
      }
      raw.getChars(rawStart, rawEnd, chars, length);
      int[] s = starts;
      for (int k = 0, at = length; k < n; k++, at++) {
        s[at] = rawStart + k;
      }
      if (ends != null) {
        for (int k = 0, at = length; k < n; k++, at++) {
          ends[at] = rawStart + k + 1;
        }
      }
      length += n;
      return this;
    }

    /**
     * Appends chars {@code [from, to)} of {@code source} with their raw ranges: the same as
     * {@link #append(char, int, int) append(source.charAt(i), source.rawStart(i),
     * source.rawEnd(i))} for each {@code i}, in bulk.
     *
     * @throws IllegalArgumentException if {@code source} maps into a different raw text
     * @throws IndexOutOfBoundsException if {@code [from, to)} is not a range of {@code source}
     */
    public Builder append(MappedText source, int from, int to) {
      return appendReplacing(source, from, to, source.chars, from);
    }

    /**
     * Appends {@code replacement[offset, offset + to - from)} in place of chars {@code [from, to)}
     * of {@code source}, char for char, each with the raw range of the char it replaces: the
     * same as {@link #appendReplacing(MappedText, int, char)} for each, in bulk.
     *
     * @throws IllegalArgumentException if {@code source} maps into a different raw text
     * @throws IndexOutOfBoundsException if {@code [from, to)} is not a range of {@code source} or
     *     {@code replacement} is too short
     */
    public Builder appendReplacing(
        MappedText source, int from, int to, char[] replacement, int offset) {
      checkSameRaw(source);
      Objects.checkFromToIndex(from, to, source.length);
      int n = to - from;
      Objects.checkFromIndexSize(offset, n, replacement.length);
      if (n > chars.length - length) {
        grow(n);
      }
      System.arraycopy(replacement, offset, chars, length, n);
      if (source.rawStarts == null) {
        for (int k = 0, at = length; k < n; k++, at++) {
          starts[at] = from + k;
        }
      } else {
        System.arraycopy(source.rawStarts, from, starts, length, n);
      }
      if (source.rawEnds != null) {
        if (ends == null) {
          materializeEnds();
        }
        System.arraycopy(source.rawEnds, from, ends, length, n);
      } else if (ends != null) {
        for (int at = length, stop = length + n; at < stop; at++) {
          ends[at] = starts[at] + 1;
        }
      }
      length += n;
      return this;
    }

    /**
     * Appends {@code c} in place of char {@code index} of {@code source}, with that char's raw
     * range: the same as {@link #append(char, int, int) append(c, source.rawStart(index),
     * source.rawEnd(index))}, without validating a range that {@code source} already holds.
     *
     * @throws IllegalArgumentException if {@code source} maps into a different raw text
     * @throws IndexOutOfBoundsException if {@code index} is not a char of {@code source}
     */
    public Builder appendReplacing(MappedText source, int index, char c) {
      checkSameRaw(source);
      Objects.checkIndex(index, source.length);
      if (length == chars.length) {
        grow(1);
      }
      put(c, source.start(index), source.end(index));
      return this;
    }

    /**
     * Widens the raw range of the last appended char to end at {@code rawEnd} (used for deleted
     * marks that belong to it). Does nothing when nothing was appended yet.
     */
    public Builder extendLast(int rawEnd) {
      if (length > 0 && rawEnd > lastEnd()) {
        if (rawEnd > raw.length()) {
          throw new IllegalArgumentException("raw end " + rawEnd + " beyond raw length " + raw.length());
        }
        if (ends == null) {
          materializeEnds();
        }
        ends[length - 1] = rawEnd;
      }
      return this;
    }

    /** The finished text; the builder must not be used afterwards. */
    public MappedText build() {
      // The arrays are kept as they are unless trimming saves more than an eighth: copying them
      // costs more than the little slack a normalizer or cleaner usually leaves.
      boolean trim = length < chars.length - (chars.length >> 3);
      char[] c = trim ? Arrays.copyOf(chars, length) : chars;
      int[] s = trim ? Arrays.copyOf(starts, length) : starts;
      int[] e = ends == null ? null : trim ? Arrays.copyOf(ends, length) : ends;
      chars = null;
      starts = null;
      ends = null;
      return new MappedText(raw, c, length, s, e, null);
    }

    private void put(char c, int rawStart, int rawEnd) {
      chars[length] = c;
      starts[length] = rawStart;
      if (ends != null) {
        ends[length] = rawEnd;
      } else if (rawEnd != rawStart + 1) {
        materializeEnds();
        ends[length] = rawEnd;
      }
      length++;
    }

    private int lastEnd() {
      return ends == null ? starts[length - 1] + 1 : ends[length - 1];
    }

    /** Switches from implicit ends (start + 1) to an end array. */
    private void materializeEnds() {
      int[] e = new int[starts.length];
      for (int i = 0; i < length; i++) {
        e[i] = starts[i] + 1;
      }
      ends = e;
    }

    private void checkRawRange(int rawStart, int rawEnd) {
      if (rawStart < 0 || rawEnd < rawStart || rawEnd > raw.length()) {
        throw new IllegalArgumentException(
            "raw range [" + rawStart + ", " + rawEnd + ") outside raw text of length " + raw.length());
      }
    }

    private void checkSameRaw(MappedText source) {
      Objects.requireNonNull(source, "source must not be null");
      if (source.raw != raw && !source.raw.equals(raw)) {
        throw new IllegalArgumentException("source maps into a different raw text");
      }
    }

    /** Makes room for at least {@code extra} more chars, growing by half at least. */
    private void grow(int extra) {
      long needed = (long) length + extra;
      if (needed > MAX_ARRAY_LENGTH) {
        throw new IllegalArgumentException(
            "mapped text would exceed the maximum length " + MAX_ARRAY_LENGTH + " chars");
      }
      int cap = (int) Math.min(MAX_ARRAY_LENGTH, Math.max(needed, Math.max(16L, length + (length >> 1))));
      chars = Arrays.copyOf(chars, cap);
      starts = Arrays.copyOf(starts, cap);
      if (ends != null) {
        ends = Arrays.copyOf(ends, cap);
      }
    }
  }
}
