package org.tahqiq.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Hijri dates in the Umm al-Qura calendar ({@link HijrahChronology#INSTANCE}) as Gregorian
 * intervals. The JDK's table covers the Hijri years 1300–1600 (1882–2174); anything outside it,
 * or an impossible day, is answered with {@code null}, never an exception.
 *
 * <p>Stateless; thread-safe.
 */
final class HijriCalendar {

  /** First and last Hijri years of the Umm al-Qura table shipped with the JDK. */
  static final int MIN_YEAR = 1300;
  static final int MAX_YEAR = 1600;

  private HijriCalendar() {}

  /** Whether {@code year} is a Hijri year the calendar converts. */
  static boolean supported(int year) {
    return year > MIN_YEAR && year < MAX_YEAR;
  }

  /** The Gregorian days of Hijri year {@code y}, or {@code null}. */
  static TimeValue.Interval year(int y) {
    LocalDate s = day0(y, 1, 1);
    LocalDate e = day0(y + 1, 1, 1);
    return s == null || e == null ? null
        : new TimeValue.Interval(s, e, Granularity.YEAR, TimeModifier.EXACT);
  }

  /** The Gregorian days of Hijri month {@code m} of year {@code y}, or {@code null}. */
  static TimeValue.Interval month(int y, int m) {
    LocalDate s = day0(y, m, 1);
    LocalDate e = m == 12 ? day0(y + 1, 1, 1) : day0(y, m + 1, 1);
    return s == null || e == null ? null
        : new TimeValue.Interval(s, e, Granularity.MONTH, TimeModifier.EXACT);
  }

  /** The Gregorian day of Hijri {@code y-m-d}, or {@code null} (out of table or no such day). */
  static TimeValue.Interval day(int y, int m, int d) {
    LocalDate s = day0(y, m, d);
    return s == null ? null : TimeValue.Interval.day(s);
  }

  /** The Hijri year of a Gregorian day, or 0 outside the table. */
  static int yearOf(LocalDate gregorian) {
    try {
      return HijrahChronology.INSTANCE.date(gregorian).get(ChronoField.YEAR);
    } catch (DateTimeException e) {
      return 0;
    }
  }

  /** {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; zero month or day fields are left out. */
  static String form(int y, int m, int d) {
    if (m == 0) {
      return String.format(Locale.ROOT, "%04d", y);
    }
    return d == 0 ? String.format(Locale.ROOT, "%04d-%02d", y, m)
        : String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
  }

  private static LocalDate day0(int y, int m, int d) {
    if (!supported(y) && !(y == MAX_YEAR && m == 1 && d == 1) || m < 1 || m > 12 || d < 1 || d > 30) {
      return null;
    }
    try {
      HijrahDate h = HijrahChronology.INSTANCE.date(y, m, 1);
      if (d > h.lengthOfMonth()) {
        return null;
      }
      return LocalDate.from(h.plus(d - 1L, ChronoUnit.DAYS));
    } catch (DateTimeException e) {
      return null; // outside the table: the boundary where the JDK signals range by exception
    }
  }
}
