package org.tahqiq.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.facts.Lexicons.RelativeEntry;
import org.tahqiq.facts.Lexicons.TimeRole;
import org.tahqiq.facts.Lexicons.UnitEntry;

/**
 * Parts of periods as sub-intervals: "مطلع مارس", "منتصف عام 2014", "أواخر الشهر الماضي", "نهاية
 * العام", "النصف الأول من 2014".
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class PeriodParts {

  private final SentenceState s;
  private final DateParser dates;

  PeriodParts(SentenceState s, DateParser dates) {
    this.s = s;
    this.dates = dates;
  }

  /**
   * "مطلع مارس", "منتصف عام 2014", "أواخر الشهر الماضي", "نهاية العام", "النصف الأول من 2014": a
   * part of a month or year as its sub-interval. Thirds (مطلع, منتصف, أواخر) are hedged
   * ({@link TimeModifier#APPROX}); halves and quarters are exact. Parts of a month have grain
   * {@link Granularity#WEEK}, parts of a year {@link Granularity#SEASON}.
   */
  ParsedDate periodPart(int p) {
    if (!s.t.isWord(p) || s.owner[p] != Extraction.FREE) {
      return null;
    }
    PhraseTrie.Match<TimeRole> m = s.lex.timeWords.longest(s.t, p, s.t.size, true);
    if (m == null) {
      return null;
    }
    TimeRole part = m.value();
    if (part.compareTo(TimeRole.EARLY) < 0 || part == TimeRole.OF) {
      return null;
    }
    int q = p + m.length();
    if (s.role(q) == TimeRole.OF) {
      q++;
    }
    if (q >= s.t.size || s.owner[q] != Extraction.FREE) {
      return null;
    }
    TimeValue.Interval whole;
    int end;
    ParsedDate a = dates.hijri(q, true);
    if (a == null) {
      a = dates.absolute(q, true);
    }
    TimeMention.Calendar cal = TimeMention.Calendar.GREGORIAN;
    String form = null;
    if (a != null && a.value() != null) {
      whole = s.resolvedMonth(a.value());
      end = a.end();
      cal = a.calendar();
      form = a.hijri();
    } else {
      // "الشهر" / "العام" (the current one), "الشهر المقبل", "العام الماضي"
      if (s.anchor.isEmpty() || !TimeValue.inRange(s.anchor.get())) {
        return null;
      }
      PhraseTrie.Match<RelativeEntry> rel = s.lex.relativeTimes.longest(s.t, q, s.t.size, true);
      ChronoUnit unit;
      int offset;
      if (rel != null && s.free(q, q + rel.length())
          && (rel.value().unit() == ChronoUnit.MONTHS || rel.value().unit() == ChronoUnit.YEARS)) {
        unit = rel.value().unit();
        offset = rel.value().offset();
        end = q + rel.length();
      } else {
        UnitEntry u = s.unitAt(q, true);
        if (u == null || u.kind() != QuantityKind.DURATION || u.multiplier() != 1
            || !(u.unit().equals("month") || u.unit().equals("year"))) {
          return null;
        }
        unit = u.unit().equals("month") ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
        offset = 0;
        end = q + 1;
      }
      Granularity g = unit == ChronoUnit.MONTHS ? Granularity.MONTH : Granularity.YEAR;
      whole = new TimeValue.Relative(s.normalized(q, end), unit, offset, offset, Optional.empty(), g,
          TimeModifier.EXACT).tryResolve(s.anchor.get()).orElse(null);
    }
    if (whole == null || whole.granularity() != Granularity.MONTH && whole.granularity() != Granularity.YEAR) {
      return null;
    }
    TimeValue.Interval sub = part(whole, part);
    if (sub == null) {
      return null;
    }
    return new ParsedDate(end, sub, cal, form, Set.of());
  }

  /** The part {@code role} of a month or year interval. */
  private static TimeValue.Interval part(TimeValue.Interval whole, TimeRole role) {
    LocalDate s = whole.start();
    LocalDate e = whole.endExclusive();
    boolean year = whole.granularity() == Granularity.YEAR;
    boolean calendarYear = year && s.getDayOfYear() == 1 && e.getDayOfYear() == 1;
    boolean calendarMonth = !year && s.getDayOfMonth() == 1 && e.getDayOfMonth() == 1;
    int thirds;
    int of;
    int parts;
    switch (role) {
      case EARLY -> { thirds = 0; of = 1; parts = 3; }
      case MIDDLE -> { thirds = 1; of = 1; parts = 3; }
      case LATE -> { thirds = 2; of = 1; parts = 3; }
      case FIRST_HALF -> { thirds = 0; of = 1; parts = 2; }
      case SECOND_HALF -> { thirds = 1; of = 1; parts = 2; }
      case FIRST_QUARTER -> { thirds = 0; of = 1; parts = 4; }
      case SECOND_QUARTER -> { thirds = 1; of = 1; parts = 4; }
      case THIRD_QUARTER -> { thirds = 2; of = 1; parts = 4; }
      case FOURTH_QUARTER -> { thirds = 3; of = 1; parts = 4; }
      default -> { return null; }
    }
    LocalDate from;
    LocalDate to;
    if (calendarYear) {
      int months = 12 / parts;
      from = s.plusMonths((long) thirds * months);
      to = from.plusMonths((long) of * months);
    } else if (calendarMonth && parts == 3) {
      from = s.plusDays(10L * thirds);
      to = thirds == 2 ? e : from.plusDays(10);
    } else {
      long days = ChronoUnit.DAYS.between(s, e);
      from = s.plusDays(days * thirds / parts);
      to = s.plusDays(days * (thirds + of) / parts);
    }
    if (!from.isBefore(to)) {
      return null;
    }
    TimeModifier mod = parts == 3 ? TimeModifier.APPROX : TimeModifier.EXACT;
    return new TimeValue.Interval(from, to, year ? Granularity.SEASON : Granularity.WEEK, mod);
  }
}
