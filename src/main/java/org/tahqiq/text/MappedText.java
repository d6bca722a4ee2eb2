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
 * <p>{@link #charAt} takes constant time. The mapping is stored as runs of chars whose raw
 * offsets simply follow one another, so it costs memory per cut, deleted or expanded char rather
 * than per char, and an offset query takes time logarithmic in the number of runs.
 *
 * <p>Immutable and thread-safe. Implements {@link CharSequence} over the transformed text.
 */
public final class MappedText implements CharSequence {

  /** Largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  /** Ints per run in {@link #runs}. */
  private static final int RUN = 3;
  /** Offset in a run of the index of its first char in this text. */
  private static final int OUT = 0;
  /** Offset in a run of the raw start of its first char. */
  private static final int START = 1;
  /** Offset in a run of the raw end of its last char. */
  private static final int LAST_END = 2;
  private static final int[] NO_RUNS = {};

  // Representation (none of it visible): the chars live in an array, and the text string is made
  // on first request only, since the pipeline reads chars through charAt and never needs it.
  // The char array may be longer than the text (slack a builder left); only [0, length) counts.
  //
  // The mapping is run-length coded, since stages keep long stretches of raw text as they are:
  // a run is a maximal stretch of chars whose raw starts go up by one from char to char and where
  // every char but the last ends one past its start. Run k takes RUN ints of `runs` at RUN * k:
  // the index of its first char (OUT), that char's raw start (START) and the raw end of its last
  // char (LAST_END), which a deleted mark may have widened. Char i of run k therefore starts at
  // runs[START] + (i - runs[OUT]) and ends one past that, or at runs[LAST_END] if it is the last
  // char of its run. Runs are non-empty and ordered by OUT, so a lookup is a binary search over
  // the runs: O(log runs), and most texts have few runs (one per cut or deleted char). The worst
  // case, a run per char (every other raw char deleted), takes 3 ints per char.
  private final String raw;
  private final char[] chars;
  private final int length;
  private final int[] runs;
  private final int runCount;
  /** The text as a string, made on first use; a benign race may make it twice (same value). */
  private String text;

  private MappedText(String raw, char[] chars, int length, int[] runs, int runCount, String text) {
    this.raw = raw;
    this.chars = chars;
    this.length = length;
    this.runs = runs;
    this.runCount = runCount;
    this.text = text;
  }

  /** The raw text itself, every char mapping to its own position. */
  public static MappedText identity(String raw) {
    Objects.requireNonNull(raw, "raw text must not be null");
    int n = raw.length();
    int[] runs = n == 0 ? NO_RUNS : new int[] {0, 0, n};
    return new MappedText(raw, raw.toCharArray(), n, runs, n == 0 ? 0 : 1, raw);
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

  /**
   * Copies chars {@code [srcBegin, srcEnd)} of this text into {@code dst} from {@code dstBegin}, as
   * {@link String#getChars} does: a bulk copy for stages that scan the text in blocks.
   *
   * @throws IndexOutOfBoundsException if either range is out of bounds
   */
  public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
    Objects.checkFromToIndex(srcBegin, srcEnd, length);
    Objects.checkFromIndexSize(dstBegin, srcEnd - srcBegin, dst.length);
    System.arraycopy(chars, srcBegin, dst, dstBegin, srcEnd - srcBegin);
  }

  /**
   * The chars of {@code text}, any {@link CharSequence}, in a new array: a bulk copy for a mapped
   * text or a string. For scans that read every char: a load from a {@code char[]} is cheaper than
   * an interface call to {@link CharSequence#charAt}, which a short run's first-tier compiled code
   * does not inline.
   */
  public static char[] charsOf(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    if (text instanceof MappedText m) {
      return Arrays.copyOf(m.chars, m.length);
    }
    return text.toString().toCharArray();
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
    int r = RUN * run(i);
    return runs[r + START] + (i - runs[r + OUT]);
  }

  private int end(int i) {
    int k = run(i);
    int r = RUN * k;
    int next = k + 1 < runCount ? runs[r + RUN + OUT] : length;
    return i == next - 1 ? runs[r + LAST_END] : runs[r + START] + (i - runs[r + OUT]) + 1;
  }

  /** Index of the run holding char {@code i}, which must be in [0, length). */
  private int run(int i) {
    int lo = 0;
    int hi = runCount - 1;
    while (lo < hi) { // invariant: runs[OUT] of run lo <= i; the answer is in [lo, hi]
      int mid = (lo + hi + 1) >>> 1;
      if (runs[RUN * mid + OUT] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
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
    private int length;
    /** Runs as in MappedText; the last one may still grow. */
    private int[] runs;
    private int runCount;

    private Builder(String raw, int capacity) {
      this.raw = Objects.requireNonNull(raw, "raw text must not be null");
      if (capacity < 0) {
        throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
      }
      this.chars = new char[Math.max(16, capacity)];
      this.runs = new int[RUN * 8];
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
      addStretch(n, rawStart, rawEnd);
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
      if (n == 0) {
        return this;
      }
      if (n > chars.length - length) {
        grow(n);
      }
      System.arraycopy(replacement, offset, chars, length, n);
      // Copy the mapping run by run: the part of each source run inside [from, to) is a stretch
      // whose last char ends at the run's LAST_END if the run ends inside, else one past its start.
      int[] src = source.runs;
      int k = source.run(from);
      for (int at = from; at < to; k++) {
        int r = RUN * k;
        int runEnd = k + 1 < source.runCount ? src[r + RUN + OUT] : source.length;
        int stop = Math.min(runEnd, to);
        int start = src[r + START] + (at - src[r + OUT]);
        int lastEnd = stop == runEnd ? src[r + LAST_END] : start + (stop - at);
        addStretch(stop - at, start, lastEnd);
        at = stop;
      }
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
      if (length > 0) {
        int last = RUN * (runCount - 1) + LAST_END;
        if (rawEnd > runs[last]) {
          if (rawEnd > raw.length()) {
            throw new IllegalArgumentException(
                "raw end " + rawEnd + " beyond raw length " + raw.length());
          }
          runs[last] = rawEnd;
        }
      }
      return this;
    }

    /** The finished text; the builder must not be used afterwards. */
    public MappedText build() {
      // The char array is kept as it is unless trimming saves more than an eighth: copying it
      // costs more than the little slack a normalizer or cleaner usually leaves.
      boolean trim = length < chars.length - (chars.length >> 3);
      char[] c = trim ? Arrays.copyOf(chars, length) : chars;
      int[] r = runCount == 0 ? NO_RUNS : Arrays.copyOf(runs, RUN * runCount);
      chars = null;
      runs = null;
      return new MappedText(raw, c, length, r, runCount, null);
    }

    private void put(char c, int rawStart, int rawEnd) {
      chars[length] = c;
      addStretch(1, rawStart, rawEnd);
    }

    /**
     * Maps the {@code n > 0} chars just written at {@code chars[length, length + n)} to raw starts
     * {@code rawStart, rawStart + 1, ...}, each ending one past its start but the last, which
     * ends at {@code lastEnd}; extends the last run when the stretch continues it.
     */
    private void addStretch(int n, int rawStart, int lastEnd) {
      if (n == 0) {
        return;
      }
      int r = RUN * (runCount - 1);
      // The last run continues into this stretch if its last char ends one past its start (the
      // run is still a plain stretch) and this stretch starts right there.
      if (runCount > 0
          && runs[r + LAST_END] == rawStart
          && runs[r + START] + (length - runs[r + OUT]) == rawStart) {
        runs[r + LAST_END] = lastEnd;
      } else {
        if (RUN * (runCount + 1L) > runs.length) {
          growRuns();
        }
        r += RUN;
        runs[r + OUT] = length;
        runs[r + START] = rawStart;
        runs[r + LAST_END] = lastEnd;
        runCount++;
      }
      length += n;
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

    /** Makes room for at least one more run, growing by half. */
    private void growRuns() {
      long needed = RUN * (runCount + 1L);
      if (needed > MAX_ARRAY_LENGTH) {
        throw new IllegalArgumentException(
            "mapped text would need more than " + MAX_ARRAY_LENGTH / RUN + " offset runs");
      }
      long cap = Math.max(needed, runs.length + (long) (runs.length >> 1));
      runs = Arrays.copyOf(runs, (int) Math.min(MAX_ARRAY_LENGTH - MAX_ARRAY_LENGTH % RUN, cap));
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
    }
  }
}
