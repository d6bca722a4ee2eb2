package org.tahqiq.token;

/**
 * Receives the tokens of {@link Tokenizer#tokenize(CharSequence, TokenSink)} in text order, without
 * a {@code String} being made per token: the token is {@code text.subSequence(start, end)}.
 *
 * <p>Called on the tokenizing thread only; an implementation need not be thread-safe unless it is
 * shared between concurrent {@code tokenize} calls.
 */
@FunctionalInterface
public interface TokenSink {

  /**
   * One token.
   *
   * @param text  the whole text being tokenized (the same object for every call of one run)
   * @param start first char of the token in {@code text}, inclusive
   * @param end   one past the last char of the token, {@code > start}
   * @param type  the token's type, never {@code null}
   */
  void token(CharSequence text, int start, int end, TokenType type);
}
