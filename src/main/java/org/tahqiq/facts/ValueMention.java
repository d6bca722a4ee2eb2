package org.tahqiq.facts;

import org.tahqiq.text.TextSpan;

/**
 * A typed value found in an article, with where it was found. For every mention,
 * {@code raw().of(article raw text).equals(surface())}.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface ValueMention permits TimeMention, QuantityMention, EntityMention {

  /** The mention in the normalized text that was analysed. */
  TextSpan span();

  /** The mention in the raw article text. */
  TextSpan raw();

  /** Index of the {@link Sentence} that contains the mention. */
  int sentence();

  /** The raw text of the mention, exactly as published. */
  String surface();
}
