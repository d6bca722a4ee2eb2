package org.tahqiq.facts;

import java.util.Set;

/**
 * A parsed date covering tokens up to {@code end}; {@code value} null = an invalid date (the tokens
 * are claimed, no mention is made). {@code hijri} is the Hijri form of a Hijri date, else null.
 */
record ParsedDate(int end, TimeValue value, TimeMention.Calendar calendar, String hijri, Set<ValueFlag> flags) {
  ParsedDate(int end, TimeValue value) {
    this(end, value, TimeMention.Calendar.GREGORIAN, null, Set.of());
  }

  ParsedDate with(int newEnd, TimeValue newValue, Set<ValueFlag> newFlags) {
    return new ParsedDate(newEnd, newValue, calendar, hijri, newFlags);
  }
}
