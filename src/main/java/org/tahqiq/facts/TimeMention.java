package org.tahqiq.facts;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.text.TextSpan;

/**
 * A time expression ("صيف عام 2000", "أمس الأربعاء") and the time it denotes. Immutable.
 *
 * @param value    the time; resolved against the publication date when the article had one
 * @param span     in the normalized text
 * @param raw      in the raw text
 * @param sentence index of the containing sentence
 * @param surface  raw text of the expression
 * @param calendar the calendar the text wrote the time in
 * @param hijri    for a Hijri date, its Hijri form: {@code 1436}, {@code 1436-10} or
 *                 {@code 1436-10-10} (year-month-day in the Umm al-Qura calendar); empty otherwise
 * @param flags    what a reader should know about the value (an unmodifiable set)
 */
public record TimeMention(
    TimeValue value,
    TextSpan span,
    TextSpan raw,
    int sentence,
    String surface,
    Calendar calendar,
    Optional<String> hijri,
    Set<ValueFlag> flags)
    implements ValueMention {

  /** The calendar of a time expression. */
  public enum Calendar {
    GREGORIAN,
    /** Umm al-Qura ({@link java.time.chrono.HijrahChronology}); the value holds the Gregorian days. */
    HIJRI
  }

  public TimeMention {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(raw, "raw must not be null");
    Objects.requireNonNull(surface, "surface must not be null");
    Objects.requireNonNull(calendar, "calendar must not be null");
    Objects.requireNonNull(hijri, "hijri must not be null (use Optional.empty())");
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }

  /** A Gregorian mention without flags (the shape of version 0.1). */
  public TimeMention(TimeValue value, TextSpan span, TextSpan raw, int sentence, String surface) {
    this(value, span, raw, sentence, surface, Calendar.GREGORIAN, Optional.empty(), Set.of());
  }

  /** Whether {@code flag} is set. */
  public boolean has(ValueFlag flag) {
    return flags.contains(flag);
  }

  /** The value in the documented, stable {@link NormalizedForm normalized format}. */
  public String normalized() {
    return NormalizedForm.of(this);
  }
}
