package org.tahqiq.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.tahqiq.facts.Lexicons.MonthEntry;
import org.tahqiq.facts.Lexicons.TimeRole;

/**
 * Hijri dates ("10/10/1436 هـ", "[10] رمضان [1434 [هـ]]", "[عام] 1436 هـ"), converted with the Umm
 * al-Qura calendar, and the "الموافق" check of a Hijri date against its Gregorian twin.
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class HijriDates {

  private final SentenceState s;
  private final DateParser dates;

  HijriDates(SentenceState s, DateParser dates) {
    this.s = s;
    this.dates = dates;
  }

  /**
   * After a Hijri date, "الموافق" and a Gregorian date of the same day: one mention, the Gregorian
   * day as value, flagged {@link ValueFlag#CALENDAR_MISMATCH} when the two are more than a day
   * apart (sighting practice moves a Hijri day by one).
   */
  ParsedDate corresponding(ParsedDate hijriDate) {
    int r = hijriDate.end();
    if (s.t.isPunct(r, ',') || s.t.isPunct(r, '\u060C') || s.t.isPunct(r, '(')) {
      r++;
    }
    if (s.role(r) != TimeRole.CORRESPONDING) {
      return hijriDate;
    }
    r++;
    if (s.t.isWord(r) && s.t.keyIs(r, SentenceState.LAM_ALONE)) {
      r++;
    }
    ParsedDate g = dates.absolute(r, true);
    if (g == null || g.value() == null) {
      return hijriDate;
    }
    int end = s.t.isPunct(g.end(), ')') ? g.end() + 1 : g.end();
    TimeValue gv = g.value();
    if (gv instanceof TimeValue.Partial pt && s.anchor.isPresent()) {
      gv = pt.tryResolve(s.anchor.get()).map(x -> (TimeValue) x).orElse(gv);
    }
    TimeValue.Interval h = (TimeValue.Interval) hijriDate.value();
    if (!(gv instanceof TimeValue.Interval gi)) {
      return hijriDate.with(end, h, hijriDate.flags());
    }
    boolean consistent;
    TimeValue value;
    if (gi.granularity() == Granularity.DAY && h.granularity() == Granularity.DAY) {
      consistent = Math.abs(ChronoUnit.DAYS.between(h.start(), gi.start())) <= 1;
      value = gi;
    } else {
      consistent = h.overlaps(gi);
      value = gi.granularity() == Granularity.DAY ? gi : h;
    }
    return hijriDate.with(end, value,
        consistent ? hijriDate.flags() : SentenceState.with(hijriDate.flags(), ValueFlag.CALENDAR_MISMATCH));
  }

  /** A Hijri year 1300-1600 written with three or four digits at {@code i}, else 0. */
  private int hijriYear(int i) {
    if (!s.t.isNumber(i) || s.owner[i] != Extraction.FREE) {
      return 0;
    }
    String k = s.t.key(i);
    if (k.length() != 4 || !k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    int y = Integer.parseInt(k);
    return HijriCalendar.supported(y) ? y : 0;
  }

  /** The token after a Hijri year: past its calendar mark ("1436هـ", "1436 هجرية"), or -1 if none. */
  private int hijriMarkEnd(int i) {
    if (s.t.isWord(i) && s.owner[i] == Extraction.FREE && s.role(i) == TimeRole.HIJRI_MARK) {
      return i + 1;
    }
    return -1;
  }

  /**
   * A Hijri date at {@code p}: "10/10/1436 هـ", "[10] رمضان [1434 [هـ]]", "[عام] 1436 هـ"; null if
   * none. Converted with the Umm al-Qura calendar; a month without year is the occurrence nearest
   * to publication (or the one a direction word names), and is claimed without a mention when no
   * publication date anchors it.
   */
  ParsedDate hijri(int p, boolean cued) {
    if (p >= s.t.size || s.owner[p] != Extraction.FREE) {
      return null;
    }
    // numeric: 10/10/1436 هـ (a Gregorian numeric date is never in 1300-1600)
    if (s.t.isNumber(p) && s.t.key(p).indexOf('/') > 0 || s.t.isNumber(p) && s.t.key(p).indexOf('-') > 0) {
      String[] parts = NumericDates.dateParts(s.t.key(p));
      if (parts == null || parts.length != 3) {
        return null;
      }
      boolean yearFirst = parts[0].length() == 4;
      String ys = yearFirst ? parts[0] : parts[2];
      if (ys.length() != 4) {
        return null;
      }
      int y = Integer.parseInt(ys);
      if (!HijriCalendar.supported(y)) {
        return null;
      }
      int m = Integer.parseInt(parts[1]);
      int d = Integer.parseInt(yearFirst ? parts[2] : parts[0]);
      int mark = hijriMarkEnd(p + 1);
      int end = mark > 0 ? mark : p + 1;
      TimeValue.Interval iv = HijriCalendar.day(y, m, d);
      return hijriAbs(end, iv, HijriCalendar.form(y, m, d));
    }
    int q = p;
    int day = 0;
    if (s.t.isNumber(q) && s.dayNumber(q) > 0 && s.dayNumber(q) <= 30) {
      day = s.dayNumber(q);
      q++;
    }
    boolean monthCue = s.role(q) == TimeRole.MONTH_CUE && day == 0;
    int mq = monthCue ? q + 1 : q;
    PhraseTrie.Match<MonthEntry> m = mq < s.t.size && s.owner[mq] == Extraction.FREE
        ? s.lex.hijriMonths.longest(s.t, mq, s.t.size, true) : null;
    if (m != null && s.free(mq, mq + m.length())) {
      int month = m.value().month();
      int r = mq + m.length();
      int y = hijriYear(r);
      if (y > 0) {
        int mark = hijriMarkEnd(r + 1);
        int end = mark > 0 ? mark : r + 1;
        return day > 0
            ? hijriAbs(end, HijriCalendar.day(y, month, day), HijriCalendar.form(y, month, day))
            : hijriAbs(end, HijriCalendar.month(y, month), HijriCalendar.form(y, month, 0));
      }
      TimeValue.Partial.Direction dir = s.direction(r);
      if (m.value().strict() && day == 0 && !monthCue && !cued && dir == TimeValue.Partial.Direction.LATEST) {
        return null;
      }
      int end = dir == TimeValue.Partial.Direction.LATEST ? r : r + 1;
      if (s.anchor.isEmpty() || !TimeValue.inRange(s.anchor.get())) {
        return new ParsedDate(end, null);
      }
      return hijriNearest(end, month, day, dir);
    }
    if (day > 0) {
      return null;
    }
    // [عام] 1436 هـ
    int yq = s.role(p) == TimeRole.YEAR_CUE ? p + 1 : p;
    int y = hijriYear(yq);
    int mark = y > 0 ? hijriMarkEnd(yq + 1) : -1;
    if (mark > 0) {
      return hijriAbs(mark, HijriCalendar.year(y), HijriCalendar.form(y, 0, 0));
    }
    return null;
  }

  private static ParsedDate hijriAbs(int end, TimeValue.Interval value, String form) {
    return value == null ? new ParsedDate(end, null)
        : new ParsedDate(end, value, TimeMention.Calendar.HIJRI, form, Set.of());
  }

  /** The occurrence of a Hijri month (day) that {@code dir} picks around publication. */
  private ParsedDate hijriNearest(int end, int month, int day, TimeValue.Partial.Direction dir) {
    LocalDate pub = s.anchor.orElseThrow();
    int hy = HijriCalendar.yearOf(pub);
    if (hy == 0) {
      return new ParsedDate(end, null);
    }
    TimeValue.Interval best = null;
    int bestYear = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int y = hy - 1; y <= hy + 1; y++) {
      TimeValue.Interval iv = day > 0 ? HijriCalendar.day(y, month, day) : HijriCalendar.month(y, month);
      if (iv == null) {
        continue;
      }
      boolean after = iv.start().isAfter(pub);
      boolean before = !iv.endExclusive().isAfter(pub);
      long distance;
      switch (dir) {
        case NEXT -> distance = after ? ChronoUnit.DAYS.between(pub, iv.start()) : Long.MAX_VALUE;
        case PREVIOUS -> distance = before ? ChronoUnit.DAYS.between(iv.endExclusive(), pub) : Long.MAX_VALUE;
        default -> distance = after ? ChronoUnit.DAYS.between(pub, iv.start())
            : before ? ChronoUnit.DAYS.between(iv.endExclusive(), pub) + 1 : 0;
      }
      if (distance < bestDistance) {
        best = iv;
        bestYear = y;
        bestDistance = distance;
      }
    }
    return best == null ? new ParsedDate(end, null) : hijriAbs(end, best, HijriCalendar.form(bestYear, month, day));
  }
}
