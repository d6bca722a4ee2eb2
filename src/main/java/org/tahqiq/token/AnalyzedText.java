package org.tahqiq.token;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/**
 * One normalized text as the text core reads it: its tokens ({@link Tokenizer#defaults()}), the
 * stem of each Arabic word (by one {@link ArabicLightStemmer}, the pipeline's) and its sentences
 * ({@link SentenceBoundaries}). Computed once per article and read by every stage after the
 * shingler: clustering's terms, fact extraction and the fact diff, so that all of them see the same
 * tokens and the same stems, those of the stemmer (and its protected words) that the pipeline's
 * shingler uses.
 *
 * <p>A token's <em>word</em> is its chars without the ones that never change which word it is
 * (combining marks, tatweel, invisible format chars: {@link Tokenizer#copyWithoutIgnorables}), as
 * the shingler reads it; an Arabic word's stem is {@link ArabicLightStemmer#stem(char[], int, int)}
 * of that word; any other token's stem is its word.
 *
 * <p>The analysis is made on first use, not by {@link #of}: deduplication, which reads only the
 * shingles, never pays for it. It then takes about 13 bytes per token plus two per stem char.
 *
 * <p>Immutable and thread-safe. The first use computes the analysis; threads that race on it may
 * each compute it, and all get equal values (the computation is a pure function of the text and
 * the stemmer), as with {@link String#hashCode()}.
 */
public final class AnalyzedText {

  private final MappedText text;
  private final ArabicLightStemmer stemmer;
  /** Null until first use; then never changes. */
  private volatile Analysis analysis;

  private AnalyzedText(MappedText text, ArabicLightStemmer stemmer) {
    this.text = text;
    this.stemmer = stemmer;
  }

  /** The analysis of the normalized {@code text}, stemming with {@code stemmer}; made on first use. */
  public static AnalyzedText of(MappedText text, ArabicLightStemmer stemmer) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(stemmer, "stemmer must not be null");
    return new AnalyzedText(text, stemmer);
  }

  /** The analysed text. */
  public MappedText text() {
    return text;
  }

  /** The stemmer of {@link #stem}. */
  public ArabicLightStemmer stemmer() {
    return stemmer;
  }

  /** The number of tokens, of every type. */
  public int size() {
    return analysis().size;
  }

  /** Where token {@code i} starts in {@link #text()}. */
  public int start(int i) {
    Analysis a = analysis();
    return a.start[Objects.checkIndex(i, a.size)];
  }

  /** One past where token {@code i} ends in {@link #text()}. */
  public int end(int i) {
    Analysis a = analysis();
    return a.end[Objects.checkIndex(i, a.size)];
  }

  /** The type of token {@code i}. */
  public TokenType type(int i) {
    Analysis a = analysis();
    return TYPES[a.type[Objects.checkIndex(i, a.size)]];
  }

  /** The word of token {@code i}: its chars without marks, tatweel and format chars (maybe empty). */
  public String word(int i) {
    Analysis a = analysis();
    Objects.checkIndex(i, a.size);
    char[] buf = new char[a.end[i] - a.start[i]];
    return new String(buf, 0, Tokenizer.copyWithoutIgnorables(text, a.start[i], a.end[i], buf));
  }

  /**
   * Copies the word of token {@code i} into {@code dst} from index 0 and returns its length;
   * {@code dst} must hold {@code end(i) - start(i)} chars. Allocates nothing.
   */
  public int copyWord(int i, char[] dst) {
    Analysis a = analysis();
    Objects.checkIndex(i, a.size);
    return Tokenizer.copyWithoutIgnorables(text, a.start[i], a.end[i], dst);
  }

  /** The stem of token {@code i}: the stemmed word of an Arabic word, the word of any other token. */
  public String stem(int i) {
    Analysis a = analysis();
    Objects.checkIndex(i, a.size);
    if (a.type[i] != ARABIC_WORD) {
      return word(i);
    }
    return new String(a.stems, a.stemEnd[i] - a.stemLength(i), a.stemLength(i));
  }

  /**
   * Copies the stem of token {@code i} into {@code dst} from index 0 and returns its length; {@code
   * dst} must hold {@code end(i) - start(i)} chars (no stem is longer than its token). Allocates
   * nothing.
   */
  public int copyStem(int i, char[] dst) {
    Analysis a = analysis();
    Objects.checkIndex(i, a.size);
    if (a.type[i] != ARABIC_WORD) {
      return copyWord(i, dst);
    }
    int len = a.stemLength(i);
    if (dst.length < len) {
      throw new IllegalArgumentException("destination of length " + dst.length + " cannot hold " + len + " chars");
    }
    System.arraycopy(a.stems, a.stemEnd[i] - len, dst, 0, len);
    return len;
  }

  /** The sentences, as spans of {@link #text()} in order ({@link SentenceBoundaries}). */
  public List<TextSpan> sentences() {
    return analysis().sentences;
  }

  /**
   * Reports the tokens within {@code text()[from, to)} to {@code sink} in order, each with its
   * offsets in {@link #text()} (the {@code text} argument of every call): exactly the tokens that
   * {@link Tokenizer#tokenize(CharSequence, TokenSink) tokenizing} that slice alone gives, shifted
   * by {@code from}. A token of the whole text that a bound cuts (which no sentence bound does in
   * normalized text) is tokenized again within the slice, so a sentence's tokens never depend on
   * the text around it.
   *
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within the text
   */
  public void tokens(int from, int to, TokenSink sink) {
    Objects.checkFromToIndex(from, to, text.length());
    Objects.requireNonNull(sink, "sink must not be null");
    Analysis a = analysis();
    int i = firstEndingAfter(a, from);
    for (; i < a.size && a.start[i] < to; i++) {
      int s = a.start[i];
      int e = a.end[i];
      if (s >= from && e <= to) {
        sink.token(text, s, e, TYPES[a.type[i]]);
      } else {
        int cutFrom = Math.max(s, from);
        int cutTo = Math.min(e, to);
        Tokenizer.defaults().tokenize(text.subSequence(cutFrom, cutTo),
            (view, vs, ve, type) -> sink.token(text, cutFrom + vs, cutFrom + ve, type));
      }
    }
  }

  /** The first token that ends after {@code offset}; {@code size} if none. */
  private static int firstEndingAfter(Analysis a, int offset) {
    int lo = 0;
    int hi = a.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a.end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A short description that does not make the analysis: the text's length and whether it is made. */
  @Override
  public String toString() {
    Analysis a = analysis;
    return "AnalyzedText[" + text.length() + " chars, " + (a == null ? "not analysed yet" : a.size + " tokens") + "]";
  }

  private Analysis analysis() {
    Analysis a = analysis;
    if (a == null) {
      a = new Analysis(text, stemmer);
      analysis = a;
    }
    return a;
  }

  private static final TokenType[] TYPES = TokenType.values();
  private static final byte ARABIC_WORD = (byte) TokenType.ARABIC_WORD.ordinal();

  /** The computed arrays; never changed after construction. */
  private static final class Analysis implements TokenSink {
    int size;
    int[] start;
    int[] end;
    byte[] type;
    /** Per token, one past its stem's last char in {@link #stems} (an empty stem unless Arabic). */
    int[] stemEnd;
    char[] stems;
    private int stemsUsed;
    private final ArabicLightStemmer stemmer;
    /** The text's chars while tokenizing: words are copied from here, not through the sink's view. */
    private char[] chars;
    private char[] scratch = new char[32];
    final List<TextSpan> sentences;

    Analysis(MappedText text, ArabicLightStemmer stemmer) {
      this.stemmer = stemmer;
      chars = MappedText.charsOf(text);
      // About one token per 5 chars of Arabic news text (words, numbers and punctuation).
      int capacity = Math.max(8, chars.length / 5);
      start = new int[capacity];
      end = new int[capacity];
      type = new byte[capacity];
      stemEnd = new int[capacity];
      stems = new char[Math.max(16, chars.length / 2)];
      Tokenizer.defaults().tokenize(chars, this);
      start = Arrays.copyOf(start, size);
      end = Arrays.copyOf(end, size);
      type = Arrays.copyOf(type, size);
      stemEnd = Arrays.copyOf(stemEnd, size);
      stems = Arrays.copyOf(stems, stemsUsed);
      sentences = SentenceBoundaries.of(text, chars);
      chars = null;
      scratch = null;
    }

    @Override
    public void token(CharSequence view, int s, int e, TokenType t) {
      if (size == start.length) {
        int grown = size + (size >> 1) + 1;
        start = Arrays.copyOf(start, grown);
        end = Arrays.copyOf(end, grown);
        type = Arrays.copyOf(type, grown);
        stemEnd = Arrays.copyOf(stemEnd, grown);
      }
      start[size] = s;
      end[size] = e;
      type[size] = (byte) t.ordinal();
      if (t == TokenType.ARABIC_WORD) {
        if (scratch.length < e - s) {
          scratch = new char[Math.max(e - s, scratch.length * 2)];
        }
        int len = Tokenizer.copyWithoutIgnorables(chars, s, e, scratch);
        len = stemmer.stem(scratch, 0, len);
        if (stems.length - stemsUsed < len) {
          stems = Arrays.copyOf(stems, Math.max(stemsUsed + len, stems.length * 2));
        }
        System.arraycopy(scratch, 0, stems, stemsUsed, len);
        stemsUsed += len;
      }
      stemEnd[size] = stemsUsed;
      size++;
    }

    int stemLength(int i) {
      return stemEnd[i] - (i == 0 ? 0 : stemEnd[i - 1]);
    }
  }
}
