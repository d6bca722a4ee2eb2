package org.tahqiq.facts;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * Numeric dates: ISO "2024-06-19", day first "14/9/2023", month and year "2/2013", and a bare day
 * and month "10/10" only where a preposition or weekday makes it a date.
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class NumericDates {

  private final SentenceState s;

  NumericDates(SentenceState s) {
    this.s = s;
  }

  /** The parts of a numeric date token split at its one kind of separator, or null if malformed. */
  static String[] dateParts(String k) {
    char sep = k.indexOf('/') > 0 ? '/' : '-';
    if (k.indexOf(sep == '/' ? '-' : '/') >= 0 || k.indexOf('.') >= 0 || k.indexOf(',') >= 0) {
      return null;
    }
    String[] parts = k.split(sep == '/' ? "/" : "-", -1);
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 4) {
        return null;
      }
    }
    return parts;
  }

  ParsedDate numericDate(int p, boolean cued) {
    String[] parts = dateParts(s.t.key(p));
    if (parts == null) {
      return null;
    }
    int a = Integer.parseInt(parts[0]);
    int b = Integer.parseInt(parts[1]);
    if (parts.length == 2) {
      if (parts[1].length() == 4 && parts[0].length() <= 2 && a >= 1 && a <= 12 && b >= 1000 && b <= 2999) {
        return new ParsedDate(p + 1, TimeValue.Interval.month(YearMonth.of(b, a))); // "2/2013"
      }
      if (cued && parts[0].length() <= 2 && parts[1].length() <= 2 && b >= 1 && b <= 12
          && a >= 1 && a <= Month.of(b).maxLength()) {
        // "في 10/10": a day and month, only where a preposition or weekday makes it a date
        return new ParsedDate(p + 1, new TimeValue.Partial(Month.of(b), a,
            TimeValue.Partial.Direction.NEAREST, TimeModifier.EXACT));
      }
      return null;
    }
    int c = Integer.parseInt(parts[2]);
    int year;
    int month = b;
    int day;
    if (parts[0].length() == 4) {
      year = a;
      day = c;
    } else if (parts[2].length() == 4) {
      year = c; // day first, as in the Arab world and Europe
      day = a;
    } else {
      return null;
    }
    if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) {
      return new ParsedDate(s.yearEnd(p), null);
    }
    LocalDate d = SentenceState.validDate(year, month, day);
    return new ParsedDate(s.yearEnd(p), d == null ? null : TimeValue.Interval.day(d));
  }
}
