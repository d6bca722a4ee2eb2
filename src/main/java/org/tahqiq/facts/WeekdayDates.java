package org.tahqiq.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.facts.Lexicons.TimeRole;
import org.tahqiq.facts.Lexicons.WeekdayEntry;

/**
 * A weekday with its date as one mention ("الخميس 15 أغسطس", "الأربعاء الموافق 13 شباط 2013"): the
 * weekday picks a missing year, and a weekday that does not match its date is flagged.
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class WeekdayDates {

  private final SentenceState s;
  private final DateParser dates;

  WeekdayDates(SentenceState s, DateParser dates) {
    this.s = s;
    this.dates = dates;
  }

  /** "الخميس 15 أغسطس", "يوم الأربعاء الموافق 13 شباط 2013", "الجمعة، 10 رمضان 1434 هـ". */
  ParsedDate weekdayDate(int p) {
    int q = p;
    if (s.role(q) == TimeRole.DAY_PART) {
      q++;
    }
    PhraseTrie.Match<WeekdayEntry> w = s.weekdayAt(q);
    if (w == null) {
      return null;
    }
    int r = q + w.length();
    if (s.t.isPunct(r, ',') || s.t.isPunct(r, '\u060C') || s.t.isPunct(r, '-')) {
      r++;
    }
    if (s.role(r) == TimeRole.CORRESPONDING) {
      r++;
      if (s.t.isWord(r) && s.t.keyIs(r, SentenceState.LAM_ALONE)) {
        r++;
      }
    }
    if (r >= s.t.size || s.owner[r] != Extraction.FREE) {
      return null;
    }
    ParsedDate date = dates.hijri(r, true);
    if (date != null && date.value() != null) {
      date = dates.corresponding(date);
    } else if (date == null) {
      date = dates.absolute(r, true);
    }
    if (date == null || date.value() == null) {
      return date == null ? null : new ParsedDate(date.end(), null);
    }
    DayOfWeek day = w.value().day();
    TimeValue v = date.value();
    if (v instanceof TimeValue.Interval i && i.granularity() == Granularity.DAY) {
      Set<ValueFlag> flags = i.start().getDayOfWeek() == day ? date.flags()
          : SentenceState.with(date.flags(), ValueFlag.WEEKDAY_MISMATCH);
      return date.with(date.end(), v, flags);
    }
    if (v instanceof TimeValue.Partial pt && pt.day() > 0 && s.anchor.isPresent()
        && TimeValue.inRange(s.anchor.get())) {
      // the weekday picks the year: the nearest year in which that day falls on that weekday
      LocalDate pub = s.anchor.get();
      LocalDate best = null;
      for (int y = pub.getYear() - 14; y <= pub.getYear() + 14; y++) {
        if (y < TimeValue.MIN_YEAR || y > TimeValue.MAX_YEAR) {
          continue;
        }
        LocalDate d = SentenceState.validDate(y, pt.month().getValue(), pt.day());
        if (d != null && d.getDayOfWeek() == day && (best == null
            || Math.abs(ChronoUnit.DAYS.between(pub, d)) < Math.abs(ChronoUnit.DAYS.between(pub, best)))) {
          best = d;
        }
      }
      if (best != null && pt.direction() == TimeValue.Partial.Direction.NEAREST) {
        return date.with(date.end(), TimeValue.Interval.day(best), date.flags());
      }
      Optional<TimeValue.Interval> resolved = pt.tryResolve(pub);
      if (resolved.isPresent() && resolved.get().granularity() == Granularity.DAY) {
        boolean same = resolved.get().start().getDayOfWeek() == day;
        return date.with(date.end(), resolved.get(),
            same ? date.flags() : SentenceState.with(date.flags(), ValueFlag.WEEKDAY_MISMATCH));
      }
    }
    return date;
  }
}
