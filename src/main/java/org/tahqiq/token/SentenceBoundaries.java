package org.tahqiq.token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.tahqiq.normalize.Digits;
import org.tahqiq.normalize.MatchFolds;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/**
 * The sentence rule of the text core: where a (normalized) article's sentences begin and end. Cuts
 * at {@code . ! ? ؟ ؛ ۔ …} and at line breaks.
 *
 * <p>Rules: a full stop between two digits is a decimal or date separator ("1.5", "2024.06"), not a
 * boundary, and so is one before a digit after white space (".77", what "٫٧٧" may become); a run of
 * terminators ("..", "...", "؟!") ends one sentence; closing quotes and brackets right after a
 * terminator belong to the sentence they close. Sentences are trimmed of white space and of the
 * chars the folding table drops (marks, tatweel, invisible format chars); a piece without any letter
 * or digit (a stray "." on its own line), or whose raw text is blank, is not a sentence, so a
 * sentence is never empty.
 *
 * <p>Every stage reads sentences from here, through {@link AnalyzedText#sentences()} or {@code
 * org.tahqiq.facts.SentenceSplitter}. One pass over the text, no allocation per char. Stateless;
 * thread-safe.
 */
public final class SentenceBoundaries {

  /** U+061F ARABIC QUESTION MARK. */
  static final char ARABIC_QUESTION_MARK = '\u061F';
  /** U+061B ARABIC SEMICOLON. */
  static final char ARABIC_SEMICOLON = '\u061B';
  /** U+06D4 ARABIC FULL STOP (the Urdu full stop). */
  static final char ARABIC_FULL_STOP = '\u06D4';
  /** U+2026 HORIZONTAL ELLIPSIS. */
  static final char HORIZONTAL_ELLIPSIS = '\u2026';
  /** U+2028 LINE SEPARATOR. */
  static final char LINE_SEPARATOR = '\u2028';
  /** U+2029 PARAGRAPH SEPARATOR. */
  static final char PARAGRAPH_SEPARATOR = '\u2029';

  private SentenceBoundaries() {}

  /**
   * The sentences of {@code text} as spans of its (normalized) offsets, in order; empty for a text
   * without a letter or digit.
   */
  public static List<TextSpan> of(MappedText text) {
    Objects.requireNonNull(text, "text must not be null");
    return of(text, MappedText.charsOf(text));
  }

  /**
   * {@link #of(MappedText)} for a caller that holds the chars of {@code text} already (it reads
   * {@code chars}, which must be them, and maps to raw offsets through {@code text}).
   *
   * @throws IllegalArgumentException if {@code chars} is not as long as {@code text}
   */
  public static List<TextSpan> of(MappedText text, char[] chars) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(chars, "chars must not be null");
    if (chars.length != text.length()) {
      throw new IllegalArgumentException(
          "chars of length " + chars.length + " are not the text's " + text.length());
    }
    List<TextSpan> out = new ArrayList<>();
    int n = chars.length;
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c > '?' && c < ARABIC_SEMICOLON || c > ARABIC_QUESTION_MARK && c < ARABIC_FULL_STOP) {
        i++; // letters: no line break or terminator is in these ranges
        continue;
      }
      if (c == '\n' || c == '\r' || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
        emit(text, chars, start, i, out);
        start = ++i;
        continue;
      }
      if (isTerminator(c)) {
        if (c == '.' && i + 1 < n && Digits.value(chars[i + 1]) >= 0
            && (i == 0 || Digits.value(chars[i - 1]) >= 0 || Character.isWhitespace(chars[i - 1]))) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < n && isTerminator(chars[j])) {
          j++;
        }
        while (j < n && isCloser(chars[j])) {
          j++;
        }
        emit(text, chars, start, j, out);
        start = i = j;
        continue;
      }
      i++;
    }
    emit(text, chars, start, n, out);
    return Collections.unmodifiableList(out);
  }

  /** Whether {@code c} ends a sentence: {@code . ! ? ؟ ؛ ۔ …}. */
  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ARABIC_SEMICOLON
        || c == ARABIC_FULL_STOP || c == HORIZONTAL_ELLIPSIS;
  }

  /** Whether {@code c} closes a quotation or bracket, and so stays with the sentence it closes. */
  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u00BB' || c == '\u201D'
        || c == '\u2019' || c == '\u203A';
  }

  /** Whether {@code c} is trimmed from a sentence's ends. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || MatchFolds.entry(c) == MatchFolds.TO_NOTHING;
  }

  private static void emit(MappedText text, char[] chars, int from, int to, List<TextSpan> out) {
    while (from < to && isBlank(chars[from])) {
      from++;
    }
    while (to > from && isBlank(chars[to - 1])) {
      to--;
    }
    boolean word = false;
    for (int k = from; k < to && !word; k++) {
      word = Character.isLetterOrDigit(chars[k]);
    }
    if (!word) {
      return;
    }
    TextSpan raw = text.rawSpan(from, to);
    if (isBlank(text.raw(), raw.start(), raw.end())) {
      return;
    }
    out.add(new TextSpan(from, to));
  }

  /** Whether {@code s[from, to)} is blank as {@link String#isBlank()} decides, without a copy. */
  private static boolean isBlank(String s, int from, int to) {
    for (int k = from; k < to; ) {
      int cp = s.codePointAt(k);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      k += Character.charCount(cp);
    }
    return true;
  }
}
