package org.tahqiq.facts;

import java.util.Objects;
import org.tahqiq.text.TextSpan;

/**
 * One sentence of an article, as cut by {@link SentenceSplitter}. Mentions refer to sentences by
 * {@link #index()} so that a comparison stage can quote the claim in context.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index position of the sentence in its article, from 0
 * @param span  the sentence in the normalized text that was analysed
 * @param raw   the sentence in the raw article text
 * @param text  the raw sentence text, {@code raw.of(article raw text)}; never empty or blank
 */
public record Sentence(int index, TextSpan span, TextSpan raw, String text) {

  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0: " + index);
    }
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(raw, "raw must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("sentence text must not be blank (index " + index + ")");
    }
  }
}
