package org.tahqiq.facts;

import java.util.Objects;
import org.tahqiq.text.TextSpan;

/**
 * A time expression ("صيف عام 2000", "أمس الأربعاء") and the time it denotes. Immutable.
 *
 * @param value    the time; resolved against the publication date when the article had one
 * @param span     in the normalized text
 * @param raw      in the raw text
 * @param sentence index of the containing sentence
 * @param surface  raw text of the expression
 */
public record TimeMention(TimeValue value, TextSpan span, TextSpan raw, int sentence, String surface)
    implements ValueMention {

  public TimeMention {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(raw, "raw must not be null");
    Objects.requireNonNull(surface, "surface must not be null");
  }
}
