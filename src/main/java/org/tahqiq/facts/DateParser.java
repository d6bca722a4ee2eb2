package org.tahqiq.facts;

import org.tahqiq.facts.Lexicons.TimeRole;

/**
 * Parses a date at a token in any of its forms, trying the most specific first: a part of a
 * period ({@link PeriodParts}), the n-th weekday of a month ({@link NthWeekdays}), an ordinal day
 * of a month, a weekday with its date ({@link WeekdayDates}), a Hijri date with its "الموافق" twin
 * ({@link HijriDates}), a plain date ({@link DayMonthDates}, {@link NumericDates}). The parsers
 * reach each other through this class.
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class DateParser {

  private final SentenceState s;
  final OrdinalParser ordinals;
  private final NumericDates numeric;
  private final HijriDates hijriDates;
  private final WeekdayDates weekdays;
  private final DayMonthDates days;
  private final PeriodParts periods;
  private final NthWeekdays nthWeekdays;

  DateParser(SentenceState s, OrdinalParser ordinals) {
    this.s = s;
    this.ordinals = ordinals;
    this.numeric = new NumericDates(s);
    this.hijriDates = new HijriDates(s, this);
    this.weekdays = new WeekdayDates(s, this);
    this.days = new DayMonthDates(s, this);
    this.periods = new PeriodParts(s, this);
    this.nthWeekdays = new NthWeekdays(s, this);
  }

  /**
   * A date at {@code p} in any of its compound forms, most specific first: a part of a period
   * ("مطلع مارس", "النصف الأول من 2014"), the n-th weekday of a month ("ثاني أربعاء من أكتوبر
   * 2014"), a weekday with its date ("الخميس 15 أغسطس"), a Hijri date (with a "الموافق" Gregorian
   * twin), a plain date.
   */
  ParsedDate dated(int p, boolean cued) {
    if (s.role(p) == TimeRole.DAY_PART && s.t.isNumber(p + 1) && s.owner[p + 1] == Extraction.FREE) {
      ParsedDate d = days.absolute(p + 1, true); // "يوم 1/3", "يوم 5 مارس"
      if (d != null) {
        return d;
      }
    }
    ParsedDate a = periods.periodPart(p);
    if (a == null) {
      a = nthWeekdays.nthWeekday(p);
    }
    if (a == null) {
      a = days.ordinalDay(p);
    }
    if (a == null) {
      a = weekdays.weekdayDate(p);
    }
    if (a == null) {
      a = hijriDates.hijri(p, cued);
      if (a != null && a.value() != null) {
        a = hijriDates.corresponding(a);
      }
    }
    return a != null ? a : days.absolute(p, cued);
  }

  /** A plain date at {@code p} ({@link DayMonthDates#absolute}). */
  ParsedDate absolute(int p, boolean cued) {
    return days.absolute(p, cued);
  }

  /** A Hijri date at {@code p} ({@link HijriDates#hijri}). */
  ParsedDate hijri(int p, boolean cued) {
    return hijriDates.hijri(p, cued);
  }

  /** {@link HijriDates#corresponding}. */
  ParsedDate corresponding(ParsedDate hijriDate) {
    return hijriDates.corresponding(hijriDate);
  }

  /** A numeric date at {@code p} ({@link NumericDates#numericDate}). */
  ParsedDate numericDate(int p, boolean cued) {
    return numeric.numericDate(p, cued);
  }
}
