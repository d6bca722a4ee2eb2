package org.tahqiq.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.tahqiq.facts.Lexicons.OrdinalEntry;
import org.tahqiq.facts.Lexicons.TimeRole;
import org.tahqiq.facts.Lexicons.WeekdayEntry;

/**
 * The n-th (or last) weekday of a month as a day: "ثاني أربعاء من أكتوبر 2014", "آخر جمعة من
 * رمضان".
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class NthWeekdays {

  private final SentenceState s;
  private final DateParser dates;

  NthWeekdays(SentenceState s, DateParser dates) {
    this.s = s;
    this.dates = dates;
  }

  /** "ثاني أربعاء من أكتوبر 2014", "آخر جمعة من رمضان": the n-th (or last) weekday of a month. */
  ParsedDate nthWeekday(int p) {
    if (!s.t.isWord(p) || s.owner[p] != Extraction.FREE) {
      return null;
    }
    int rank;
    PhraseTrie.Match<OrdinalEntry> o = s.lex.ordinals.longest(s.t, p, s.t.size, true);
    if (o != null && o.value().pre() && o.value().rank() <= 5) {
      rank = o.value().rank();
    } else if (Keys.withoutArticle(s.t.key(p)).equals(SentenceState.LAST_WORD) || s.t.keyIs(p, SentenceState.LAST_WORD)) {
      rank = -1;
      o = new PhraseTrie.Match<>(1, null);
    } else {
      return null;
    }
    int q = p + o.length();
    PhraseTrie.Match<WeekdayEntry> w = s.weekdayAt(q);
    if (w == null) {
      return null;
    }
    int r = q + w.length();
    if (s.role(r) == TimeRole.OF || s.role(r) == TimeRole.IN) {
      r++;
    }
    ParsedDate month = dates.hijri(r, true);
    if (month == null) {
      month = dates.absolute(r, true);
    }
    if (month == null || month.value() == null) {
      return null;
    }
    TimeValue.Interval iv = s.resolvedMonth(month.value());
    if (iv == null || iv.granularity() != Granularity.MONTH) {
      return null;
    }
    DayOfWeek day = w.value().day();
    LocalDate d;
    if (rank > 0) {
      LocalDate first = iv.start();
      d = first.plusDays(Math.floorMod(day.getValue() - first.getDayOfWeek().getValue(), 7) + 7L * (rank - 1));
    } else {
      LocalDate last = iv.endExclusive().minusDays(1);
      d = last.minusDays(Math.floorMod(last.getDayOfWeek().getValue() - day.getValue(), 7));
    }
    if (!d.isBefore(iv.endExclusive())) {
      return new ParsedDate(month.end(), null); // no fifth Wednesday that month
    }
    return month.with(month.end(), TimeValue.Interval.day(d), month.flags());
  }
}
