/**
 * The text core's reading of normalized text: tokens ({@link org.tahqiq.token.Tokenizer}),
 * sentences ({@link org.tahqiq.token.SentenceBoundaries}), the Arabic light stemmer with its
 * protected words, stopwords, and {@link org.tahqiq.token.AnalyzedText}, all three of one article
 * computed once for every stage. Lexicons are resources under {@code org/tahqiq/token/} that
 * callers can extend.
 */
package org.tahqiq.token;
