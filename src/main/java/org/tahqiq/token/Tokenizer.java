package org.tahqiq.token;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tahqiq.text.MappedText;

/**
 * Splits Arabic news text into words, numbers, punctuation and symbols, in one left-to-right pass
 * with no regular expressions and no allocation per char or token on the {@linkplain
 * #tokenize(CharSequence, TokenSink) visitor path}.
 *
 * <p>Rules (see {@link TokenType} for each kind):
 *
 * <ul>
 *   <li>White space (including no-break space) and control chars separate tokens and are skipped.
 *   <li>A word is a maximal run of letters of one script class (Arabic, Latin, other). Combining
 *       marks and tatweel after a letter belong to the word, so un-normalized text ({@code
 *       مُحَمَّد}, {@code كـبـيـر}) gives the same token boundaries as normalized text; invisible
 *       format chars (ZWNJ, RLM ...) belong to the word only between two of its letters. A Latin word
 *       keeps an apostrophe between two letters ({@code don't}).
 *   <li>A number is a maximal run of decimal digits of any script; a single separator ({@code . , :
 *       / -} or U+066B/U+066C) between two digits stays inside when {@linkplain
 *       Builder#joinNumberSeparators(boolean) enabled} (the default), so dates, times, decimals
 *       and grouped thousands are one token. A separator not followed by a digit is punctuation.
 *   <li>A letter–digit boundary always splits: {@code 14th} is {@code 14} + {@code th}; {@code
 *       كوفيد-19} is {@code كوفيد} + {@code -} + {@code 19}. This keeps tokens homogeneous, so the
 *       number {@code 14} is the same token in {@code 14th} and {@code 14 سبتمبر}.
 *   <li>Each punctuation char is its own token; each symbol code point is its own token (a
 *       surrogate pair such as an emoji is never split); a combining mark after either belongs to
 *       it. A mark or tatweel with nothing before it is skipped.
 *   <li>A lone surrogate, an unassigned or private-use char is a one-char {@link TokenType#OTHER}.
 * </ul>
 *
 * <p>Offsets are UTF-16 indexes into the tokenized text; every non-skipped char belongs to exactly
 * one token and tokens come in increasing, non-overlapping order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Tokenizer {

  private static final Tokenizer DEFAULTS = new Builder().build();

  private final int emitMask;
  private final Set<TokenType> emitted;
  private final boolean joinNumberSeparators;

  private Tokenizer(Builder b) {
    this.emitted = Collections.unmodifiableSet(EnumSet.copyOf(b.types));
    int mask = 0;
    for (TokenType t : b.types) {
      mask |= 1 << t.ordinal();
    }
    this.emitMask = mask;
    this.joinNumberSeparators = b.joinNumberSeparators;
  }

  /** The tokenizer that emits every token type and joins number separators. */
  public static Tokenizer defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The token types this tokenizer reports (others are recognised but not reported). */
  public Set<TokenType> types() {
    return emitted;
  }

  /** Whether separators between digits stay inside a number token. */
  public boolean joinsNumberSeparators() {
    return joinNumberSeparators;
  }

  /**
   * The tokens of {@code text}, each with its offsets in {@code text} and its raw span.
   *
   * @return an unmodifiable list in text order; empty when the text has no token of a reported type
   */
  public List<Token> tokenize(MappedText text) {
    Objects.requireNonNull(text, "text must not be null");
    List<Token> out = new ArrayList<>();
    String s = text.text();
    tokenize(
        s,
        (t, start, end, type) ->
            out.add(new Token(s.substring(start, end), type, start, end, text.rawSpan(start, end))));
    return Collections.unmodifiableList(out);
  }

  /**
   * Reports the tokens of {@code text} to {@code sink} in order, allocating nothing per token (one
   * copy of the chars per call). {@code text} is only read, once, at the start; the sink is given
   * {@code text} itself.
   */
  public void tokenize(CharSequence text, TokenSink sink) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    // The scan reads a copy of the chars: CharSequence.charAt is an interface call that a short
    // run's first-tier (C1) code does not inline, and it dominated a cold run's scan
    // (benchmarks/README.md, "Cold start").
    scan(MappedText.charsOf(text), text, sink);
  }

  /**
   * Reports the tokens of the text {@code chars} holds to {@code sink}, as {@link
   * #tokenize(CharSequence, TokenSink)} does, without copying them: for a caller that holds the
   * chars of its text already (the shingler copies each token from them). The sink is given a
   * read-only view of {@code chars}, which must not change during the call.
   */
  public void tokenize(char[] chars, TokenSink sink) {
    Objects.requireNonNull(chars, "chars must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    scan(chars, CharBuffer.wrap(chars).asReadOnlyBuffer(), sink);
  }

  /** The scan: {@code chars} are the chars of {@code text}, which the sink is given. */
  private void scan(char[] chars, CharSequence text, TokenSink sink) {
    final int n = chars.length;
    int i = 0;
    while (i < n) {
      final char c = chars[i];
      final int start = i;
      final TokenType type;
      if (CharClass.isArabicLetter(c)) {
        i = scanArabicWord(chars, i + 1, n);
        type = TokenType.ARABIC_WORD;
      } else if (CharClass.isLatinLetter(c)) {
        i = scanLatinWord(chars, i + 1, n);
        type = TokenType.LATIN_WORD;
      } else if (CharClass.isDigit(c)) {
        i = skipMarks(chars, scanNumber(chars, i + 1, n), n);
        type = TokenType.NUMBER;
      } else if (CharClass.isSpaceOrControl(c) || CharClass.isIgnorable(c)) {
        // Separators, and marks / tatweel / format chars that follow no token: nothing to report.
        i++;
        continue;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[i + 1]);
        if (CharClass.isOtherLetter(cp)) {
          i = scanOtherWord(chars, i + 2, n);
          type = TokenType.OTHER;
        } else {
          i = skipMarks(chars, i + 2, n);
          type = TokenType.SYMBOL;
        }
      } else if (Character.isSurrogate(c)) {
        i++; // a lone surrogate: reported as-is, never paired with a neighbour
        type = TokenType.OTHER;
      } else {
        int ct = Character.getType(c);
        if (CharClass.isPunctuation(ct)) {
          i = skipMarks(chars, i + 1, n);
          type = TokenType.PUNCTUATION;
        } else if (CharClass.isSymbol(ct)) {
          i = skipMarks(chars, i + 1, n);
          type = TokenType.SYMBOL;
        } else if (CharClass.isOtherLetter(c)) {
          i = scanOtherWord(chars, i + 1, n);
          type = TokenType.OTHER;
        } else {
          i++; // unassigned or private use
          type = TokenType.OTHER;
        }
      }
      if ((emitMask & (1 << type.ordinal())) != 0) {
        sink.token(text, start, i, type);
      }
    }
  }

  /**
   * Copies the chars {@code [start, end)} of {@code text} into {@code dst} from index 0, leaving out
   * those that never change which word a token is (combining marks, tatweel, invisible format
   * chars), and returns how many were written. Lets a consumer hash or stem a token read from
   * un-normalized text as if it had been normalized that far. {@code dst} must hold {@code end -
   * start} chars.
   */
  public static int copyWithoutIgnorables(CharSequence text, int start, int end, char[] dst) {
    checkCopy(start, end, text.length(), dst);
    int len = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!CharClass.isIgnorable(c)) {
        dst[len++] = c;
      }
    }
    return len;
  }

  /**
   * {@link #copyWithoutIgnorables(CharSequence, int, int, char[])} from a {@code char[]}: the
   * chars {@code src[start, end)} without the ignorable ones, into {@code dst} from index 0.
   */
  public static int copyWithoutIgnorables(char[] src, int start, int end, char[] dst) {
    checkCopy(start, end, src.length, dst);
    int len = 0;
    for (int i = start; i < end; i++) {
      char c = src[i];
      if (!CharClass.isIgnorable(c)) {
        dst[len++] = c;
      }
    }
    return len;
  }

  /** The checks of both {@code copyWithoutIgnorables}: a slice of the source that {@code dst} can hold. */
  private static void checkCopy(int start, int end, int sourceLength, char[] dst) {
    Objects.checkFromToIndex(start, end, sourceLength);
    if (dst.length < end - start) {
      throw new IllegalArgumentException(
          "destination of length " + dst.length + " cannot hold " + (end - start) + " chars");
    }
  }

  private static int scanArabicWord(char[] text, int i, int n) {
    while (i < n) {
      char c = text[i];
      if (CharClass.isArabicLetter(c) || CharClass.isWordExtender(c)) {
        i++;
      } else if (CharClass.isFormat(c)) {
        int j = skipFormats(text, i + 1, n);
        if (j < n && CharClass.isArabicLetter(text[j])) {
          i = j;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  private static int scanLatinWord(char[] text, int i, int n) {
    while (i < n) {
      char c = text[i];
      if (CharClass.isLatinLetter(c) || CharClass.isMark(c)) {
        i++;
      } else if (c == CharClass.APOSTROPHE || c == CharClass.RIGHT_SINGLE_QUOTATION_MARK) {
        if (i + 1 < n && CharClass.isLatinLetter(text[i + 1])) {
          i += 2;
        } else {
          break;
        }
      } else if (CharClass.isFormat(c)) {
        int j = skipFormats(text, i + 1, n);
        if (j < n && CharClass.isLatinLetter(text[j])) {
          i = j;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  private int scanNumber(char[] text, int i, int n) {
    while (i < n) {
      char c = text[i];
      if (CharClass.isDigit(c)) {
        i++;
      } else if (joinNumberSeparators
          && CharClass.isNumberSeparator(c)
          && i + 1 < n
          && CharClass.isDigit(text[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** A run of other-script letters, code point by code point, with marks. */
  private static int scanOtherWord(char[] text, int i, int n) {
    while (i < n) {
      char c = text[i];
      if (CharClass.isMark(c)) {
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i, n);
      if (!CharClass.isOtherLetter(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static int skipMarks(char[] text, int i, int n) {
    while (i < n && CharClass.isMark(text[i])) {
      i++;
    }
    return i;
  }

  private static int skipFormats(char[] text, int i, int n) {
    while (i < n && CharClass.isFormat(text[i])) {
      i++;
    }
    return i;
  }

  /** Options of a {@link Tokenizer}. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {
    private final EnumSet<TokenType> types = EnumSet.allOf(TokenType.class);
    private boolean joinNumberSeparators = true;

    private Builder() {}

    /**
     * Reports only tokens of the given types (default: all). Tokens of other types are still
     * recognised, so they still separate the reported ones.
     */
    public Builder types(Set<TokenType> types) {
      Objects.requireNonNull(types, "types must not be null");
      if (types.isEmpty()) {
        throw new IllegalArgumentException("types must not be empty: a tokenizer must report something");
      }
      for (TokenType t : types) {
        Objects.requireNonNull(t, "types must not contain null");
      }
      this.types.clear();
      this.types.addAll(types);
      return this;
    }

    /**
     * Whether a single separator between two digits stays inside the number (default {@code
     * true}: {@code 2024-06-19} is one token); when {@code false} it is punctuation between
     * numbers.
     */
    public Builder joinNumberSeparators(boolean join) {
      this.joinNumberSeparators = join;
      return this;
    }

    public Tokenizer build() {
      return new Tokenizer(this);
    }
  }
}
