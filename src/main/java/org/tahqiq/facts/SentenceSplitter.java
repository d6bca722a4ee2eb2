package org.tahqiq.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/**
 * Cuts a (normalized) article into sentences at {@code . ! ? ؟ ؛ …} and at line breaks.
 *
 * <p>Rules: a full stop between two digits is a decimal or date separator ("1.5", "2024.06"), not a
 * boundary; a run of terminators ("..", "...", "؟!") ends one sentence; closing quotes and brackets
 * right after a terminator belong to the sentence they close. Sentences are trimmed of white space
 * and invisible format chars; a piece without any letter or digit (a stray "." on its own line) is
 * not a sentence, so a sentence is never empty.
 *
 * <p>One pass over the text, no allocation per char. Stateless; thread-safe.
 */
public final class SentenceSplitter {

  private static final char ARABIC_QUESTION_MARK = '\u061F';
  private static final char ARABIC_SEMICOLON = '\u061B';
  private static final char ARABIC_FULL_STOP = '\u06D4';
  private static final char HORIZONTAL_ELLIPSIS = '\u2026';
  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';

  private static final SentenceSplitter INSTANCE = new SentenceSplitter();

  private SentenceSplitter() {}

  /** The splitter. */
  public static SentenceSplitter instance() {
    return INSTANCE;
  }

  /** The sentences of {@code text}, in order, indexed from 0; empty for a text without words. */
  public List<Sentence> split(MappedText text) {
    Objects.requireNonNull(text, "text must not be null");
    char[] chars = new char[text.length()];
    text.getChars(0, chars.length, chars, 0);
    return split(text, chars);
  }

  /** {@link #split(MappedText)} of {@code text} whose chars the caller has copied into {@code chars}. */
  List<Sentence> split(MappedText text, char[] chars) {
    List<Sentence> out = new ArrayList<>();
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
      if (terminator(c)) {
        // a decimal point: "1.5", and ".77" ("٫٧٧" after normalization) after a space
        if (c == '.' && i + 1 < n && Keys.digit(chars[i + 1]) >= 0
            && (i == 0 || Keys.digit(chars[i - 1]) >= 0 || Character.isWhitespace(chars[i - 1]))) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < n && terminator(chars[j])) {
          j++;
        }
        while (j < n && closer(chars[j])) {
          j++;
        }
        emit(text, chars, start, j, out);
        start = i = j;
        continue;
      }
      i++;
    }
    emit(text, chars, start, n, out);
    return out;
  }

  private static boolean terminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ARABIC_SEMICOLON
        || c == ARABIC_FULL_STOP || c == HORIZONTAL_ELLIPSIS;
  }

  private static boolean closer(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u00BB' || c == '\u201D'
        || c == '\u2019' || c == '\u203A';
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Keys.ignorable(c);
  }

  private static void emit(MappedText text, char[] chars, int from, int to, List<Sentence> out) {
    while (from < to && blank(chars[from])) {
      from++;
    }
    while (to > from && blank(chars[to - 1])) {
      to--;
    }
    boolean word = false;
    for (int k = from; k < to && !word; k++) {
      char c = chars[k];
      word = Character.isLetterOrDigit(c);
    }
    if (!word) {
      return;
    }
    TextSpan raw = text.rawSpan(from, to);
    String rawText = raw.of(text.raw());
    if (rawText.isBlank()) {
      return;
    }
    out.add(new Sentence(out.size(), new TextSpan(from, to), raw, rawText));
  }
}
