/**
 * Tokens of normalized text ({@link org.tahqiq.token.Tokenizer}), the Arabic light stemmer with its protected words, and stopwords. Lexicons are resources under {@code org/tahqiq/token/} that callers can extend.
 */
package org.tahqiq.token;
