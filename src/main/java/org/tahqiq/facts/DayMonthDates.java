package org.tahqiq.facts;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.tahqiq.facts.Lexicons.SeasonEntry;
import org.tahqiq.facts.Lexicons.TimeRole;

/**
 * Plain calendar dates: day and month with or without a year ("1 مارس", "5 مارس 2013"), month
 * with day and year, month and year, a season with its year, a year after a cue ("عام 2000"), and an
 * ordinal day of a named month ("العاشر من رمضان"). A day and month without year resolve to the
 * occurrence nearest to publication unless a direction word says otherwise.
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class DayMonthDates {

  private final SentenceState s;
  private final DateParser dates;

  DayMonthDates(SentenceState s, DateParser dates) {
    this.s = s;
    this.dates = dates;
  }

  /**
   * A plain date at {@code p}: numeric, day month [year], [شهر] month [gloss] [day,] [year], season
   * [عام] year, or a year after a cue; {@code cued} when a preposition or weekday stands before.
   */
  ParsedDate absolute(int p, boolean cued) {
    // numeric date: 2024-06-19, 14/9/2023, 2/2013, (في) 10/10
    if (s.t.isNumber(p) && (s.t.key(p).indexOf('/') > 0 || s.t.key(p).indexOf('-') > 0)) {
      return dates.numericDate(p, cued);
    }
    // day month [year]
    if (s.t.isNumber(p) && s.dayNumber(p) > 0) {
      int q = p + 1;
      if (s.t.isPunct(q, ',')) {
        q++;
      }
      int[] mo = s.month(q, true);
      if (mo != null) {
        int day = s.dayNumber(p);
        int r = mo[1];
        int r2 = s.t.isPunct(r, ',') ? r + 1 : r;
        int year = s.year(r2);
        if (year > 0) {
          int end = s.yearEnd(r2);
          LocalDate d = SentenceState.validDate(year, mo[0], day);
          return new ParsedDate(end, d == null ? null : TimeValue.Interval.day(d));
        }
        if (day > Month.of(mo[0]).maxLength()) {
          return new ParsedDate(r, null);
        }
        int end = r;
        TimeValue.Partial.Direction dir = s.direction(end);
        if (dir != TimeValue.Partial.Direction.LATEST) {
          end++;
        } else {
          dir = TimeValue.Partial.Direction.NEAREST; // "1 مارس" in February is the coming March
        }
        return new ParsedDate(end, new TimeValue.Partial(Month.of(mo[0]), day, dir, TimeModifier.EXACT));
      }
    }
    // [شهر] month [gloss] [day,] [year]
    int mp = s.role(p) == TimeRole.MONTH_CUE ? p + 1 : p;
    int[] mo = s.month(mp, cued || mp > p);
    if (mo != null) {
      int r = mo[1];
      if (s.t.isNumber(r) && s.dayNumber(r) > 0) {
        int r2 = s.t.isPunct(r + 1, ',') ? r + 2 : r + 1;
        int year = s.year(r2);
        if (year > 0) {
          int end = s.yearEnd(r2);
          LocalDate d = SentenceState.validDate(year, mo[0], s.dayNumber(r));
          return new ParsedDate(end, d == null ? null : TimeValue.Interval.day(d));
        }
      }
      int year = s.year(r);
      if (year > 0) {
        return new ParsedDate(s.yearEnd(r), TimeValue.Interval.month(YearMonth.of(year, mo[0])));
      }
      if (mo[2] == 0 && !(cued || mp > p || mo[3] == 1)) {
        return null;
      }
      TimeValue.Partial.Direction dir = s.direction(r);
      return new ParsedDate(dir == TimeValue.Partial.Direction.LATEST ? r : r + 1,
          new TimeValue.Partial(Month.of(mo[0]), 0, dir, TimeModifier.EXACT));
    }
    // season [عام] year
    SeasonEntry season = s.seasonAt(p);
    if (season != null) {
      int r = p + 1;
      if (s.role(r) == TimeRole.YEAR_CUE) {
        r++;
      }
      int year = s.year(r);
      if (year > 0) {
        LocalDate start = LocalDate.of(year, season.firstMonth(), 1);
        return new ParsedDate(s.yearEnd(r), new TimeValue.Interval(
            start, start.plusMonths(season.months()), Granularity.SEASON, TimeModifier.EXACT));
      }
      return null;
    }
    // عام 2000 / في 2000
    if (s.role(p) == TimeRole.YEAR_CUE && s.year(p + 1) > 0) {
      return new ParsedDate(s.yearEnd(p + 1), TimeValue.Interval.year(s.year(p + 1)));
    }
    if (cued && s.year(p) > 0) {
      return new ParsedDate(s.yearEnd(p), TimeValue.Interval.year(s.year(p)));
    }
    return null;
  }

  /**
   * "العاشر من رمضان", "السادس من أكتوبر 1973", "الخامس والعشرين من يناير": an ordinal day of a
   * named month; a Gregorian month without year is the occurrence nearest to publication.
   */
  ParsedDate ordinalDay(int p) {
    long parsed = dates.ordinals.rank(p);
    if (parsed < 0) {
      return null;
    }
    int rank = (int) (parsed >>> 32);
    int q = (int) parsed;
    if (rank > 31 || s.role(q) != TimeRole.OF) {
      return null;
    }
    q++;
    ParsedDate hm = dates.hijri(q, true);
    if (hm != null && hm.value() instanceof TimeValue.Interval iv && iv.granularity() == Granularity.MONTH) {
      LocalDate d = iv.start().plusDays(rank - 1L);
      if (!d.isBefore(iv.endExclusive())) {
        return new ParsedDate(hm.end(), null);
      }
      return new ParsedDate(hm.end(), TimeValue.Interval.day(d), TimeMention.Calendar.HIJRI,
          hm.hijri() + String.format(java.util.Locale.ROOT, "-%02d", rank), hm.flags());
    }
    if (hm != null) {
      return null;
    }
    int[] mo = s.month(q, true);
    if (mo == null) {
      return null;
    }
    int r = mo[1];
    int year = s.year(r);
    if (year > 0) {
      LocalDate d = SentenceState.validDate(year, mo[0], rank);
      return new ParsedDate(s.yearEnd(r), d == null ? null : TimeValue.Interval.day(d));
    }
    if (rank > Month.of(mo[0]).maxLength()) {
      return new ParsedDate(r, null);
    }
    TimeValue.Partial.Direction dir = s.direction(r);
    return new ParsedDate(dir == TimeValue.Partial.Direction.LATEST ? r : r + 1, new TimeValue.Partial(Month.of(mo[0]),
        rank, dir == TimeValue.Partial.Direction.LATEST ? TimeValue.Partial.Direction.NEAREST : dir,
        TimeModifier.EXACT));
  }
}
