package org.tahqiq.facts;

import java.util.Objects;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.text.TextSpan;

/**
 * A quantity ("نحو ساعتين", "السيارة الثانية", "9 دولارات") and its value. Immutable.
 *
 * @param value    the quantity
 * @param noun     the counted or ranked noun in normalized spelling without the article or
 *                 clitics ("سياره" for "السيارة الثانية", "ساعه" for "12 ساعة"), when obvious;
 *                 lets a comparison stage align "the second car" across articles
 * @param span     in the normalized text
 * @param raw      in the raw text
 * @param sentence index of the containing sentence
 * @param surface  raw text of the quantity expression
 * @param flags    what a reader should know about the value ({@link ValueFlag#OUT_OF_RANGE});
 *                 an unmodifiable set
 */
public record QuantityMention(
    QuantityValue value,
    Optional<String> noun,
    TextSpan span,
    TextSpan raw,
    int sentence,
    String surface,
    Set<ValueFlag> flags)
    implements ValueMention {

  /** A mention without flags (the shape of version 0.1). */
  public QuantityMention(
      QuantityValue value, Optional<String> noun, TextSpan span, TextSpan raw, int sentence, String surface) {
    this(value, noun, span, raw, sentence, surface, Set.of());
  }

  /** Whether {@code flag} is set. */
  public boolean has(ValueFlag flag) {
    return flags.contains(flag);
  }

  /** The value in the documented, stable {@link NormalizedForm normalized format}. */
  public String normalized() {
    return NormalizedForm.of(value);
  }

  public QuantityMention {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(noun, "noun must not be null (use Optional.empty())");
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(raw, "raw must not be null");
    Objects.requireNonNull(surface, "surface must not be null");
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }
}
