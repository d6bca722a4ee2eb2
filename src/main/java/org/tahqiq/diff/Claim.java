package org.tahqiq.diff;

import java.util.Objects;

/**
 * One source's statement of a value, with its evidence. Immutable.
 *
 * @param article    the article's id
 * @param value      the value as the article wrote it (raw text at {@code [start, end)})
 * @param normalized the value in a canonical form: ISO-8601 dates ({@code 2000}, {@code 2000-07},
 *                   {@code 2000-06/2000-08}, {@code --02} for a February of unknown year), numbers
 *                   with kind and unit ({@code 2 ordinal}, {@code 1.8..2.2 hour}), entity ids
 * @param start      raw offset of the value in the article's text, inclusive
 * @param end        raw offset, exclusive
 * @param sentence   the raw text of the sentence that states it
 */
public record Claim(String article, String value, String normalized, int start, int end, String sentence) {
  public Claim {
    Objects.requireNonNull(article, "article must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(normalized, "normalized must not be null");
    Objects.requireNonNull(sentence, "sentence must not be null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid raw range [" + start + ", " + end + ")");
    }
  }
}
