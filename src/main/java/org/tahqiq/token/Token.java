package org.tahqiq.token;

import java.util.Objects;
import org.tahqiq.text.TextSpan;

/**
 * One token of a {@link org.tahqiq.text.MappedText}, with its position both in the tokenized
 * (normalized) text and in the raw article text, so evidence found on normalized tokens can be shown
 * on the words as published.
 *
 * <p>Immutable value; safe to share between threads.
 *
 * @param text  the token's chars as they appear in the tokenized text; never empty
 * @param type  the token's kind
 * @param start first char in the tokenized text, inclusive
 * @param end   one past the last char in the tokenized text; {@code end - start == text.length()}
 * @param raw   the range of the raw text the token came from ({@code MappedText.rawSpan(start,
 *              end)}); for an identity mapping it is {@code [start, end)}
 */
public record Token(String text, TokenType type, int start, int end, TextSpan raw) {

  public Token {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(raw, "raw span must not be null");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid token range [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "token text length " + text.length() + " does not match range [" + start + ", " + end + ")");
    }
  }

  /** Number of chars of the token in the tokenized text. */
  public int length() {
    return end - start;
  }
}
