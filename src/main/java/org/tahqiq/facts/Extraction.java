package org.tahqiq.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.facts.Lexicons.Approx;
import org.tahqiq.facts.Lexicons.MonthEntry;
import org.tahqiq.facts.Lexicons.NumberEntry;
import org.tahqiq.facts.Lexicons.NumberRole;
import org.tahqiq.facts.Lexicons.OrdinalEntry;
import org.tahqiq.facts.Lexicons.RelativeEntry;
import org.tahqiq.facts.Lexicons.SeasonEntry;
import org.tahqiq.facts.Lexicons.TimeRole;
import org.tahqiq.facts.Lexicons.UnitEntry;
import org.tahqiq.facts.Lexicons.WeekdayEntry;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/**
 * One extraction run over one article. Per sentence, in this order, each step claiming the tokens
 * it used so that later steps do not reread them: gazetteer names, time expressions, quantities,
 * unknown names after titles. Then, over the whole article, short names are resolved from context.
 * Every step looks a bounded number of tokens ahead, so the run is linear in the text length.
 *
 * <p>Confined to one thread and one call.
 */
final class Extraction {

  /** Numbers above this are not news quantities and lose precision as doubles; they are flagged. */
  static final double MAX_VALUE = QuantityValue.MAX_MAGNITUDE;

  static final byte FREE = 0;
  private static final byte NAME_PLACE = 1;
  private static final byte NAME_PERSON = 2;
  private static final byte TIME = 3;
  private static final byte QUANTITY = 4;
  private static final byte TITLE_NAME = 5;

  private final Lexicons lex;
  private final CardinalParser cardinals;
  private final Gazetteer gaz;
  private final FirstKeys firstKeys;
  private final double tolerance;
  private final MappedText text;
  /** The chars of {@link #text}, read by the tokenizer. */
  private final char[] normalizedChars;
  private final Optional<LocalDate> anchor;

  private final List<TimeMention> times = new ArrayList<>();
  private final List<QuantityMention> quantities = new ArrayList<>();
  private final List<PendingName> names = new ArrayList<>();
  private final List<Tokens> sentenceTokens = new ArrayList<>();
  private final List<byte[]> sentenceOwners = new ArrayList<>();
  private final Map<String, EntityRef> titledFamilyNames = new HashMap<>();
  private final Set<String> titledIds = new HashSet<>();

  // current sentence
  private Tokens t;
  private byte[] owner;
  private int sentence;

  /** A gazetteer or title match awaiting article-level resolution. */
  private record PendingName(
      int sentence, int from, int to, List<EntityRef> candidates, int words, String nameKey, TextSpan span) {}

  /** A parsed quantity expression covering tokens up to {@code end}; {@code value} null = invalid. */
  private record Q(int end, QuantityValue value, String noun) {}

  /**
   * A parsed absolute date covering tokens up to {@code end}; {@code value} null = invalid date (the
   * tokens are claimed, no mention is made).
   */
  private record Abs(int end, TimeValue value, TimeMention.Calendar calendar, String hijri, Set<ValueFlag> flags) {
    Abs(int end, TimeValue value) {
      this(end, value, TimeMention.Calendar.GREGORIAN, null, Set.of());
    }

    Abs with(int newEnd, TimeValue newValue, Set<ValueFlag> newFlags) {
      return new Abs(newEnd, newValue, calendar, hijri, newFlags);
    }
  }

  Extraction(Lexicons lex, Gazetteer gaz, FirstKeys firstKeys, double tolerance, MappedText text,
      Optional<LocalDate> anchor) {
    this.lex = lex;
    this.cardinals = new CardinalParser(lex);
    this.gaz = gaz;
    this.firstKeys = firstKeys;
    this.normalizedChars = new char[text.length()];
    text.getChars(0, text.length(), normalizedChars, 0);
    this.tolerance = tolerance;
    this.text = text;
    this.anchor = anchor;
  }

  ExtractedFacts run() {
    List<Sentence> sentences = SentenceSplitter.instance().split(text, normalizedChars);
    for (Sentence s : sentences) {
      t = Tokens.of(normalizedChars, s.span().start(), s.span().end(), firstKeys);
      owner = new byte[t.size];
      sentence = s.index();
      sentenceTokens.add(t);
      sentenceOwners.add(owner);
      gazetteerNames();
      times();
      quantities();
      titledNames();
    }
    List<EntityMention> entities = resolveNames();
    return new ExtractedFacts(sentences, times, quantities, entities);
  }

  // ---------------------------------------------------------------- helpers

  private TextSpan span(int from, int to) {
    return new TextSpan(t.start[from], t.end[to - 1]);
  }

  private TextSpan raw(TextSpan span) {
    return text.rawSpan(span.start(), span.end());
  }

  private String normalized(int from, int to) {
    return text.text().substring(t.start[from], t.end[to - 1]);
  }

  private boolean free(int from, int to) {
    if (to > t.size) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (owner[i] != FREE) {
        return false;
      }
    }
    return true;
  }

  private void claim(int from, int to, byte who) {
    for (int i = from; i < to; i++) {
      owner[i] = who;
    }
  }

  private <V> V at(PhraseTrie<V> trie, int i) {
    if (i >= t.size || owner[i] != FREE) {
      return null;
    }
    PhraseTrie.Match<V> m = trie.longest(t, i, t.size, true);
    return m == null || m.length() != 1 ? null : m.value();
  }

  private TimeRole role(int i) {
    return at(lex.timeWords, i);
  }

  private boolean stopword(int i) {
    if (!t.isWord(i)) {
      return false;
    }
    // one of its clitic forms is a one-word name stopword
    return (t.starts(i, Tokens.KEY, true) & FirstKeys.STOPWORD) != 0;
  }

  // ---------------------------------------------------------------- gazetteer

  private void gazetteerNames() {
    for (int i = 0; i < t.size; i++) {
      if (t.type[i] != Tokens.WORD || owner[i] != FREE) {
        continue;
      }
      PhraseTrie.Match<List<EntityRef>> m = gaz.aliases.longest(t, i, t.size, true);
      if (m == null || !free(i, i + m.length())) {
        continue;
      }
      int to = i + m.length();
      boolean person = m.value().stream().anyMatch(e -> e.type() == EntityType.PERSON);
      claim(i, to, person ? NAME_PERSON : NAME_PLACE);
      names.add(new PendingName(sentence, i, to, m.value(), m.length(), nameKey(i, to), span(i, to)));
      i = to - 1;
    }
  }

  /** Name keys of tokens {@code [from, to)}, the first without the clitics the gazetteer ignored. */
  private String nameKey(int from, int to) {
    StringBuilder b = new StringBuilder();
    String first = t.nameKey(from);
    if (!gaz.aliases.startsWith(first)) {
      for (String f : Keys.cliticForms(first)) {
        if (gaz.aliases.startsWith(f)) {
          first = f;
          break;
        }
      }
    }
    b.append(first);
    for (int i = from + 1; i < to; i++) {
      b.append(' ').append(t.nameKey(i));
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- times

  private void times() {
    for (int i = 0; i < t.size; i++) {
      if (owner[i] == FREE && (t.type[i] != Tokens.WORD || mayStartTime(i))) {
        int end = time(i);
        if (end > i) {
          i = end - 1;
        }
      }
    }
  }

  /** Whether the word at {@code i} may start a time expression (see {@link Lexicons#timeStarts}). */
  private boolean mayStartTime(int i) {
    return (t.starts(i, Tokens.KEY, true) & FirstKeys.TIME_START) != 0 || t.keyIs(i, LAST_WORD);
  }

  private static TimeModifier modifierOf(TimeRole cue) {
    if (cue == null) {
      return TimeModifier.EXACT;
    }
    return switch (cue) {
      case SINCE, AFTER -> TimeModifier.AFTER;
      case BEFORE, UNTIL -> TimeModifier.BEFORE;
      default -> TimeModifier.EXACT;
    };
  }

  /** Parses a time expression at {@code i}; returns its end token, or -1. */
  private int time(int i) {
    TimeRole cue = role(i);
    if (cue != TimeRole.IN && cue != TimeRole.SINCE && cue != TimeRole.BEFORE
        && cue != TimeRole.AFTER && cue != TimeRole.UNTIL) {
      cue = null;
    }
    if (cue != null) {
      PhraseTrie.Match<RelativeEntry> phrase = lex.relativeTimes.longest(t, i, t.size, true);
      if (phrase != null && phrase.length() > 1) {
        cue = null; // "بعد غد" is one relative day, not "after" + "tomorrow"
      }
    }
    int p = cue == null ? i : i + 1;
    int from = cue == null || cue == TimeRole.IN ? p : i;
    if (p >= t.size || owner[p] != FREE) {
      return -1;
    }
    TimeModifier mod = modifierOf(cue);
    if (cue == TimeRole.SINCE || cue == TimeRole.BEFORE) {
      int end = ago(i, p);
      if (end > 0) {
        return end;
      }
    }
    Abs a = dated(p, cue != null);
    if (a != null) {
      if (a.value() != null) {
        TimeValue v = a.value();
        if (mod != TimeModifier.EXACT) {
          v = withModifier(v, mod);
        }
        emitTime(from, a.end(), v, a.calendar(), a.hijri(), a.flags());
      } else {
        claim(p, a.end(), TIME);
      }
      return a.end();
    }
    int end = relative(from, p, mod);
    return end;
  }

  private static TimeValue withModifier(TimeValue v, TimeModifier mod) {
    if (v instanceof TimeValue.Interval iv) {
      return iv.withModifier(mod);
    }
    if (v instanceof TimeValue.Partial pv) {
      return new TimeValue.Partial(pv.month(), pv.day(), pv.direction(), mod);
    }
    return v;
  }

  private void emitTime(int from, int to, TimeValue v) {
    emitTime(from, to, v, TimeMention.Calendar.GREGORIAN, null, Set.of());
  }

  /**
   * Emits a time, resolved against the publication date when there is one; a time that cannot be
   * resolved within the supported years keeps its unresolved value and is flagged.
   */
  private void emitTime(int from, int to, TimeValue v, TimeMention.Calendar calendar, String hijri,
      Set<ValueFlag> flags) {
    if (anchor.isPresent() && !(v instanceof TimeValue.Interval)) {
      Optional<TimeValue.Interval> resolved = v.tryResolve(anchor.get());
      if (resolved.isPresent()) {
        v = resolved.get();
      } else {
        flags = with(flags, ValueFlag.OUT_OF_RANGE);
      }
    } else if (anchor.isEmpty() && v instanceof TimeValue.Relative rel && !rel.inSupportedSpan()) {
      flags = with(flags, ValueFlag.OUT_OF_RANGE);
    }
    TextSpan s = span(from, to);
    TextSpan r = raw(s);
    times.add(new TimeMention(v, s, r, sentence, r.of(text.raw()), calendar, Optional.ofNullable(hijri), flags));
    claim(from, to, TIME);
  }

  private static Set<ValueFlag> with(Set<ValueFlag> flags, ValueFlag f) {
    java.util.EnumSet<ValueFlag> out = java.util.EnumSet.of(f);
    out.addAll(flags);
    return out;
  }

  /** "منذ 4 سنوات", "قبل يومين", "منذ ما يقرب من ربع قرن": a time counted back from publication. */
  private int ago(int i, int p) {
    Q q = quantity(p);
    if (q == null || q.value() == null || q.value().kind() != QuantityKind.DURATION) {
      return -1;
    }
    // "قبل سبعة أشهر من توليه" counts back from another event, not from publication.
    if (q.end() < t.size && t.keyIs(q.end(), FROM)) {
      return -1;
    }
    QuantityValue v = q.value();
    ChronoUnit unit;
    Granularity g;
    double scale;
    switch (v.unit()) {
      case "day" -> { unit = ChronoUnit.DAYS; g = Granularity.DAY; scale = 1; }
      case "week" -> { unit = ChronoUnit.WEEKS; g = Granularity.WEEK; scale = 1; }
      case "month" -> { unit = ChronoUnit.MONTHS; g = Granularity.MONTH; scale = 1; }
      case "year" -> { unit = ChronoUnit.MONTHS; g = Granularity.YEAR; scale = 12; }
      default -> { return -1; }
    }
    boolean open = v.high() == Double.POSITIVE_INFINITY;
    double hiCount = open ? v.low() : v.high();
    long min = -Math.round(hiCount * scale);
    long max = -Math.round(v.low() * scale);
    if (unit == ChronoUnit.MONTHS && scale == 12 && min % 12 == 0 && max % 12 == 0) {
      unit = ChronoUnit.YEARS;
      min /= 12;
      max /= 12;
    }
    TimeModifier mod = open ? TimeModifier.BEFORE
        : v.approximate() || g == Granularity.YEAR || g == Granularity.MONTH ? TimeModifier.APPROX
        : TimeModifier.EXACT;
    int end = q.end();
    emitTime(i, end, new TimeValue.Relative(normalized(i, end), unit, min, max, Optional.empty(), g, mod));
    return end;
  }

  /** The preposition "من" (from): a duration followed by it is counted from another event. */
  private static final String FROM = "\u0645\u0646";

  private Abs absolute(int p, boolean cued) {
    // numeric date: 2024-06-19, 14/9/2023, 2/2013, (في) 10/10
    if (t.isNumber(p) && (t.key(p).indexOf('/') > 0 || t.key(p).indexOf('-') > 0)) {
      return numericDate(p, cued);
    }
    // day month [year]
    if (t.isNumber(p) && dayNumber(p) > 0) {
      int q = p + 1;
      if (t.isPunct(q, ',')) {
        q++;
      }
      int[] mo = month(q, true);
      if (mo != null) {
        int day = dayNumber(p);
        int r = mo[1];
        int r2 = t.isPunct(r, ',') ? r + 1 : r;
        int year = year(r2);
        if (year > 0) {
          int end = yearEnd(r2);
          LocalDate d = validDate(year, mo[0], day);
          return new Abs(end, d == null ? null : TimeValue.Interval.day(d));
        }
        if (day > Month.of(mo[0]).maxLength()) {
          return new Abs(r, null);
        }
        int end = r;
        TimeValue.Partial.Direction dir = direction(end);
        if (dir != TimeValue.Partial.Direction.LATEST) {
          end++;
        } else {
          dir = TimeValue.Partial.Direction.NEAREST; // "1 مارس" in February is the coming March
        }
        return new Abs(end, new TimeValue.Partial(Month.of(mo[0]), day, dir, TimeModifier.EXACT));
      }
    }
    // [شهر] month [gloss] [day,] [year]
    int mp = role(p) == TimeRole.MONTH_CUE ? p + 1 : p;
    int[] mo = month(mp, cued || mp > p);
    if (mo != null) {
      int r = mo[1];
      if (t.isNumber(r) && dayNumber(r) > 0) {
        int r2 = t.isPunct(r + 1, ',') ? r + 2 : r + 1;
        int year = year(r2);
        if (year > 0) {
          int end = yearEnd(r2);
          LocalDate d = validDate(year, mo[0], dayNumber(r));
          return new Abs(end, d == null ? null : TimeValue.Interval.day(d));
        }
      }
      int year = year(r);
      if (year > 0) {
        return new Abs(yearEnd(r), TimeValue.Interval.month(YearMonth.of(year, mo[0])));
      }
      if (mo[2] == 0 && !(cued || mp > p || mo[3] == 1)) {
        return null;
      }
      TimeValue.Partial.Direction dir = direction(r);
      return new Abs(dir == TimeValue.Partial.Direction.LATEST ? r : r + 1,
          new TimeValue.Partial(Month.of(mo[0]), 0, dir, TimeModifier.EXACT));
    }
    // season [عام] year
    SeasonEntry season = seasonAt(p);
    if (season != null) {
      int r = p + 1;
      if (role(r) == TimeRole.YEAR_CUE) {
        r++;
      }
      int year = year(r);
      if (year > 0) {
        LocalDate start = LocalDate.of(year, season.firstMonth(), 1);
        return new Abs(yearEnd(r), new TimeValue.Interval(
            start, start.plusMonths(season.months()), Granularity.SEASON, TimeModifier.EXACT));
      }
      return null;
    }
    // عام 2000 / في 2000
    if (role(p) == TimeRole.YEAR_CUE && year(p + 1) > 0) {
      return new Abs(yearEnd(p + 1), TimeValue.Interval.year(year(p + 1)));
    }
    if (cued && year(p) > 0) {
      return new Abs(yearEnd(p), TimeValue.Interval.year(year(p)));
    }
    return null;
  }

  // ---------------------------------------------------------------- dates: compound forms

  /**
   * A date at {@code p} in any of its compound forms, most specific first: a part of a period
   * ("مطلع مارس", "النصف الأول من 2014"), the n-th weekday of a month ("ثاني أربعاء من أكتوبر
   * 2014"), a weekday with its date ("الخميس 15 أغسطس"), a Hijri date (with a "الموافق" Gregorian
   * twin), a plain date.
   */
  private Abs dated(int p, boolean cued) {
    if (role(p) == TimeRole.DAY_PART && t.isNumber(p + 1) && owner[p + 1] == FREE) {
      Abs d = absolute(p + 1, true); // "يوم 1/3", "يوم 5 مارس"
      if (d != null) {
        return d;
      }
    }
    Abs a = periodPart(p);
    if (a == null) {
      a = nthWeekday(p);
    }
    if (a == null) {
      a = ordinalDay(p);
    }
    if (a == null) {
      a = weekdayDate(p);
    }
    if (a == null) {
      a = hijri(p, cued);
      if (a != null && a.value() != null) {
        a = corresponding(a);
      }
    }
    return a != null ? a : absolute(p, cued);
  }

  /** The weekday named at {@code i} (definite or not, with clitics), or null. */
  private PhraseTrie.Match<WeekdayEntry> weekdayAt(int i) {
    if (i >= t.size || owner[i] != FREE || !t.isWord(i)) {
      return null;
    }
    PhraseTrie.Match<WeekdayEntry> w = lex.weekdays.longest(t, i, t.size, true);
    if (w == null) {
      WeekdayEntry e = lex.weekdays.single(Keys.DEFINITE_ARTICLE + t.key(i));
      w = e == null ? null : new PhraseTrie.Match<>(1, e);
    }
    return w;
  }

  /** "الخميس 15 أغسطس", "يوم الأربعاء الموافق 13 شباط 2013", "الجمعة، 10 رمضان 1434 هـ". */
  private Abs weekdayDate(int p) {
    int q = p;
    if (role(q) == TimeRole.DAY_PART) {
      q++;
    }
    PhraseTrie.Match<WeekdayEntry> w = weekdayAt(q);
    if (w == null) {
      return null;
    }
    int r = q + w.length();
    if (t.isPunct(r, ',') || t.isPunct(r, '\u060C') || t.isPunct(r, '-')) {
      r++;
    }
    if (role(r) == TimeRole.CORRESPONDING) {
      r++;
      if (t.isWord(r) && t.keyIs(r, LAM_ALONE)) {
        r++;
      }
    }
    if (r >= t.size || owner[r] != FREE) {
      return null;
    }
    Abs date = hijri(r, true);
    if (date != null && date.value() != null) {
      date = corresponding(date);
    } else if (date == null) {
      date = absolute(r, true);
    }
    if (date == null || date.value() == null) {
      return date == null ? null : new Abs(date.end(), null);
    }
    DayOfWeek day = w.value().day();
    TimeValue v = date.value();
    if (v instanceof TimeValue.Interval i && i.granularity() == Granularity.DAY) {
      Set<ValueFlag> flags = i.start().getDayOfWeek() == day ? date.flags()
          : with(date.flags(), ValueFlag.WEEKDAY_MISMATCH);
      return date.with(date.end(), v, flags);
    }
    if (v instanceof TimeValue.Partial pt && pt.day() > 0 && anchor.isPresent()
        && TimeValue.inRange(anchor.get())) {
      // the weekday picks the year: the nearest year in which that day falls on that weekday
      LocalDate pub = anchor.get();
      LocalDate best = null;
      for (int y = pub.getYear() - 14; y <= pub.getYear() + 14; y++) {
        if (y < TimeValue.MIN_YEAR || y > TimeValue.MAX_YEAR) {
          continue;
        }
        LocalDate d = validDate(y, pt.month().getValue(), pt.day());
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
            same ? date.flags() : with(date.flags(), ValueFlag.WEEKDAY_MISMATCH));
      }
    }
    return date;
  }

  /** "ل" left of "الموافق لـ" once the tatweel is gone. */
  private static final String LAM_ALONE = "\u0644";

  /**
   * After a Hijri date, "الموافق" and a Gregorian date of the same day: one mention, the Gregorian
   * day as value, flagged {@link ValueFlag#CALENDAR_MISMATCH} when the two are more than a day
   * apart (sighting practice moves a Hijri day by one).
   */
  private Abs corresponding(Abs hijriDate) {
    int r = hijriDate.end();
    if (t.isPunct(r, ',') || t.isPunct(r, '\u060C') || t.isPunct(r, '(')) {
      r++;
    }
    if (role(r) != TimeRole.CORRESPONDING) {
      return hijriDate;
    }
    r++;
    if (t.isWord(r) && t.keyIs(r, LAM_ALONE)) {
      r++;
    }
    Abs g = absolute(r, true);
    if (g == null || g.value() == null) {
      return hijriDate;
    }
    int end = t.isPunct(g.end(), ')') ? g.end() + 1 : g.end();
    TimeValue gv = g.value();
    if (gv instanceof TimeValue.Partial pt && anchor.isPresent()) {
      gv = pt.tryResolve(anchor.get()).map(x -> (TimeValue) x).orElse(gv);
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
        consistent ? hijriDate.flags() : with(hijriDate.flags(), ValueFlag.CALENDAR_MISMATCH));
  }

  /** A Hijri year 1300-1600 written with three or four digits at {@code i}, else 0. */
  private int hijriYear(int i) {
    if (!t.isNumber(i) || owner[i] != FREE) {
      return 0;
    }
    String k = t.key(i);
    if (k.length() != 4 || !k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    int y = Integer.parseInt(k);
    return HijriCalendar.supported(y) ? y : 0;
  }

  /** The token after a Hijri year: past its calendar mark ("1436هـ", "1436 هجرية"), or -1 if none. */
  private int hijriMarkEnd(int i) {
    if (t.isWord(i) && owner[i] == FREE && role(i) == TimeRole.HIJRI_MARK) {
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
  private Abs hijri(int p, boolean cued) {
    if (p >= t.size || owner[p] != FREE) {
      return null;
    }
    // numeric: 10/10/1436 هـ (a Gregorian numeric date is never in 1300-1600)
    if (t.isNumber(p) && t.key(p).indexOf('/') > 0 || t.isNumber(p) && t.key(p).indexOf('-') > 0) {
      String[] parts = dateParts(t.key(p));
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
    if (t.isNumber(q) && dayNumber(q) > 0 && dayNumber(q) <= 30) {
      day = dayNumber(q);
      q++;
    }
    boolean monthCue = role(q) == TimeRole.MONTH_CUE && day == 0;
    int mq = monthCue ? q + 1 : q;
    PhraseTrie.Match<MonthEntry> m = mq < t.size && owner[mq] == FREE
        ? lex.hijriMonths.longest(t, mq, t.size, true) : null;
    if (m != null && free(mq, mq + m.length())) {
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
      TimeValue.Partial.Direction dir = direction(r);
      if (m.value().strict() && day == 0 && !monthCue && !cued && dir == TimeValue.Partial.Direction.LATEST) {
        return null;
      }
      int end = dir == TimeValue.Partial.Direction.LATEST ? r : r + 1;
      if (anchor.isEmpty() || !TimeValue.inRange(anchor.get())) {
        return new Abs(end, null);
      }
      return hijriNearest(end, month, day, dir);
    }
    if (day > 0) {
      return null;
    }
    // [عام] 1436 هـ
    int yq = role(p) == TimeRole.YEAR_CUE ? p + 1 : p;
    int y = hijriYear(yq);
    int mark = y > 0 ? hijriMarkEnd(yq + 1) : -1;
    if (mark > 0) {
      return hijriAbs(mark, HijriCalendar.year(y), HijriCalendar.form(y, 0, 0));
    }
    return null;
  }

  private static Abs hijriAbs(int end, TimeValue.Interval value, String form) {
    return value == null ? new Abs(end, null)
        : new Abs(end, value, TimeMention.Calendar.HIJRI, form, Set.of());
  }

  /** The occurrence of a Hijri month (day) that {@code dir} picks around publication. */
  private Abs hijriNearest(int end, int month, int day, TimeValue.Partial.Direction dir) {
    LocalDate pub = anchor.orElseThrow();
    int hy = HijriCalendar.yearOf(pub);
    if (hy == 0) {
      return new Abs(end, null);
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
    return best == null ? new Abs(end, null) : hijriAbs(end, best, HijriCalendar.form(bestYear, month, day));
  }

  /**
   * "العاشر من رمضان", "السادس من أكتوبر 1973", "الخامس والعشرين من يناير": an ordinal day of a
   * named month; a Gregorian month without year is the occurrence nearest to publication.
   */
  private Abs ordinalDay(int p) {
    long parsed = ordinalRank(p);
    if (parsed < 0) {
      return null;
    }
    int rank = (int) (parsed >>> 32);
    int q = (int) parsed;
    if (rank > 31 || role(q) != TimeRole.OF) {
      return null;
    }
    q++;
    Abs hm = hijri(q, true);
    if (hm != null && hm.value() instanceof TimeValue.Interval iv && iv.granularity() == Granularity.MONTH) {
      LocalDate d = iv.start().plusDays(rank - 1L);
      if (!d.isBefore(iv.endExclusive())) {
        return new Abs(hm.end(), null);
      }
      return new Abs(hm.end(), TimeValue.Interval.day(d), TimeMention.Calendar.HIJRI,
          hm.hijri() + String.format(java.util.Locale.ROOT, "-%02d", rank), hm.flags());
    }
    if (hm != null) {
      return null;
    }
    int[] mo = month(q, true);
    if (mo == null) {
      return null;
    }
    int r = mo[1];
    int year = year(r);
    if (year > 0) {
      LocalDate d = validDate(year, mo[0], rank);
      return new Abs(yearEnd(r), d == null ? null : TimeValue.Interval.day(d));
    }
    if (rank > Month.of(mo[0]).maxLength()) {
      return new Abs(r, null);
    }
    TimeValue.Partial.Direction dir = direction(r);
    return new Abs(dir == TimeValue.Partial.Direction.LATEST ? r : r + 1, new TimeValue.Partial(Month.of(mo[0]),
        rank, dir == TimeValue.Partial.Direction.LATEST ? TimeValue.Partial.Direction.NEAREST : dir,
        TimeModifier.EXACT));
  }

  /** "ثاني أربعاء من أكتوبر 2014", "آخر جمعة من رمضان": the n-th (or last) weekday of a month. */
  private Abs nthWeekday(int p) {
    if (!t.isWord(p) || owner[p] != FREE) {
      return null;
    }
    int rank;
    PhraseTrie.Match<OrdinalEntry> o = lex.ordinals.longest(t, p, t.size, true);
    if (o != null && o.value().pre() && o.value().rank() <= 5) {
      rank = o.value().rank();
    } else if (Keys.withoutArticle(t.key(p)).equals(LAST_WORD) || t.keyIs(p, LAST_WORD)) {
      rank = -1;
      o = new PhraseTrie.Match<>(1, null);
    } else {
      return null;
    }
    int q = p + o.length();
    PhraseTrie.Match<WeekdayEntry> w = weekdayAt(q);
    if (w == null) {
      return null;
    }
    int r = q + w.length();
    if (role(r) == TimeRole.OF || role(r) == TimeRole.IN) {
      r++;
    }
    Abs month = hijri(r, true);
    if (month == null) {
      month = absolute(r, true);
    }
    if (month == null || month.value() == null) {
      return null;
    }
    TimeValue.Interval iv = resolvedMonth(month.value());
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
      return new Abs(month.end(), null); // no fifth Wednesday that month
    }
    return month.with(month.end(), TimeValue.Interval.day(d), month.flags());
  }

  /** "آخر" (last), folded. */
  private static final String LAST_WORD = "\u0627\u062E\u0631";

  /** A month-or-longer interval from a value: itself, or a yearless month resolved at publication. */
  private TimeValue.Interval resolvedMonth(TimeValue v) {
    if (v instanceof TimeValue.Interval i) {
      return i;
    }
    if (v instanceof TimeValue.Partial pt && anchor.isPresent()) {
      return pt.tryResolve(anchor.get()).orElse(null);
    }
    return null;
  }

  /**
   * "مطلع مارس", "منتصف عام 2014", "أواخر الشهر الماضي", "نهاية العام", "النصف الأول من 2014": a
   * part of a month or year as its sub-interval. Thirds (مطلع, منتصف, أواخر) are hedged
   * ({@link TimeModifier#APPROX}); halves and quarters are exact. Parts of a month have grain
   * {@link Granularity#WEEK}, parts of a year {@link Granularity#SEASON}.
   */
  private Abs periodPart(int p) {
    if (!t.isWord(p) || owner[p] != FREE) {
      return null;
    }
    PhraseTrie.Match<TimeRole> m = lex.timeWords.longest(t, p, t.size, true);
    if (m == null) {
      return null;
    }
    TimeRole part = m.value();
    if (part.compareTo(TimeRole.EARLY) < 0 || part == TimeRole.OF) {
      return null;
    }
    int q = p + m.length();
    if (role(q) == TimeRole.OF) {
      q++;
    }
    if (q >= t.size || owner[q] != FREE) {
      return null;
    }
    TimeValue.Interval whole;
    int end;
    Abs a = hijri(q, true);
    if (a == null) {
      a = absolute(q, true);
    }
    TimeMention.Calendar cal = TimeMention.Calendar.GREGORIAN;
    String form = null;
    if (a != null && a.value() != null) {
      whole = resolvedMonth(a.value());
      end = a.end();
      cal = a.calendar();
      form = a.hijri();
    } else {
      // "الشهر" / "العام" (the current one), "الشهر المقبل", "العام الماضي"
      if (anchor.isEmpty() || !TimeValue.inRange(anchor.get())) {
        return null;
      }
      PhraseTrie.Match<RelativeEntry> rel = lex.relativeTimes.longest(t, q, t.size, true);
      ChronoUnit unit;
      int offset;
      if (rel != null && free(q, q + rel.length())
          && (rel.value().unit() == ChronoUnit.MONTHS || rel.value().unit() == ChronoUnit.YEARS)) {
        unit = rel.value().unit();
        offset = rel.value().offset();
        end = q + rel.length();
      } else {
        UnitEntry u = unitAt(q, true);
        if (u == null || u.kind() != QuantityKind.DURATION || u.multiplier() != 1
            || !(u.unit().equals("month") || u.unit().equals("year"))) {
          return null;
        }
        unit = u.unit().equals("month") ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
        offset = 0;
        end = q + 1;
      }
      Granularity g = unit == ChronoUnit.MONTHS ? Granularity.MONTH : Granularity.YEAR;
      whole = new TimeValue.Relative(normalized(q, end), unit, offset, offset, Optional.empty(), g,
          TimeModifier.EXACT).tryResolve(anchor.get()).orElse(null);
    }
    if (whole == null || whole.granularity() != Granularity.MONTH && whole.granularity() != Granularity.YEAR) {
      return null;
    }
    TimeValue.Interval sub = part(whole, part);
    if (sub == null) {
      return null;
    }
    return new Abs(end, sub, cal, form, Set.of());
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

  private SeasonEntry seasonAt(int p) {
    if (p >= t.size || owner[p] != FREE) {
      return null;
    }
    PhraseTrie.Match<SeasonEntry> m = lex.seasons.longest(t, p, t.size, true);
    return m == null ? null : m.value();
  }

  private TimeValue.Partial.Direction direction(int i) {
    TimeRole r = role(i);
    if (r == TimeRole.NEXT) {
      return TimeValue.Partial.Direction.NEXT;
    }
    if (r == TimeRole.PREVIOUS) {
      return TimeValue.Partial.Direction.PREVIOUS;
    }
    return TimeValue.Partial.Direction.LATEST;
  }

  /** The parts of a numeric date token split at its one kind of separator, or null if malformed. */
  private static String[] dateParts(String k) {
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

  private Abs numericDate(int p, boolean cued) {
    String[] parts = dateParts(t.key(p));
    if (parts == null) {
      return null;
    }
    int a = Integer.parseInt(parts[0]);
    int b = Integer.parseInt(parts[1]);
    if (parts.length == 2) {
      if (parts[1].length() == 4 && parts[0].length() <= 2 && a >= 1 && a <= 12 && b >= 1000 && b <= 2999) {
        return new Abs(p + 1, TimeValue.Interval.month(YearMonth.of(b, a))); // "2/2013"
      }
      if (cued && parts[0].length() <= 2 && parts[1].length() <= 2 && b >= 1 && b <= 12
          && a >= 1 && a <= Month.of(b).maxLength()) {
        // "في 10/10": a day and month, only where a preposition or weekday makes it a date
        return new Abs(p + 1, new TimeValue.Partial(Month.of(b), a,
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
      return new Abs(yearEnd(p), null);
    }
    LocalDate d = validDate(year, month, day);
    return new Abs(yearEnd(p), d == null ? null : TimeValue.Interval.day(d));
  }

  /** The date, or null when the month lacks the day (31 February); arguments already in range. */
  private static LocalDate validDate(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
  }

  /** A plain day-of-month number 1-31 at {@code i}, else 0. */
  private int dayNumber(int i) {
    if (!t.isNumber(i) || owner[i] != FREE) {
      return 0;
    }
    String k = t.key(i);
    if (k.isEmpty() || k.length() > 2 || !k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    int d = Integer.parseInt(k);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A four-digit year 1000-2999 at {@code i} (not a Hijri year), else 0. */
  private int year(int i) {
    if (!t.isNumber(i) || owner[i] != FREE) {
      return 0;
    }
    String k = t.key(i);
    if (k.length() != 4 || !k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    int y = Integer.parseInt(k);
    if (y < 1000 || y > 2999) {
      return 0;
    }
    if (t.isWord(i + 1) && (t.attached(i + 1) && t.keyIs(i + 1, HIJRI_SUFFIX)
        || owner[i + 1] == FREE && role(i + 1) == TimeRole.HIJRI_MARK)) {
      return 0;
    }
    return y;
  }

  /** "هـ" after a year marks the Hijri calendar, which this extractor does not convert. */
  private static final String HIJRI_SUFFIX = "\u0647";
  /** "م" after a year marks the Gregorian calendar; it belongs to the year mention. */
  private static final String GREGORIAN_SUFFIX = "\u0645";

  private int yearEnd(int i) {
    if (t.isWord(i + 1) && owner[i + 1] == FREE && (t.attached(i + 1) && t.keyIs(i + 1, GREGORIAN_SUFFIX)
        || role(i + 1) == TimeRole.GREGORIAN_MARK)) {
      return i + 2;
    }
    return i + 1;
  }

  /**
   * A month name at {@code i} with an optional parenthesised gloss "فبراير (شباط)": {month, end,
   * strict ? 1 : 0... } as {month, end, nonStrict (1/0), glossed (1/0)}; {@code null} if none, or if
   * a strict name lacks context (a day before is context too, given by {@code contextBefore}).
   */
  private int[] month(int i, boolean contextBefore) {
    if (i >= t.size || owner[i] != FREE) {
      return null;
    }
    PhraseTrie.Match<MonthEntry> m = lex.months.longest(t, i, t.size, true);
    if (m == null || !free(i, i + m.length())) {
      return null;
    }
    int end = i + m.length();
    int glossed = 0;
    if (t.isPunct(end, '(') && end + 1 < t.size) {
      PhraseTrie.Match<MonthEntry> g = lex.months.longest(t, end + 1, t.size, false);
      if (g != null && g.value().month() == m.value().month()
          && t.isPunct(end + 1 + g.length(), ')')) {
        end = end + 2 + g.length();
        glossed = 1;
      }
    }
    if (m.value().strict() && !contextBefore && glossed == 0 && year(end) == 0 && dayNumber(end) == 0) {
      return null;
    }
    return new int[] {m.value().month(), end, m.value().strict() ? 0 : 1, glossed};
  }

  /** Relative expressions: "الشهر المقبل", "أمس الأربعاء", "يوم الثلاثاء", "مساء الثلاثاء". */
  private int relative(int from, int p, TimeModifier mod) {
    PhraseTrie.Match<RelativeEntry> rel =
        owner[p] == FREE ? lex.relativeTimes.longest(t, p, t.size, true) : null;
    if (rel != null && rel.value().unit() != ChronoUnit.DAYS && free(p, p + rel.length())) {
      int end = p + rel.length();
      RelativeEntry e = rel.value();
      emitTime(from, end, new TimeValue.Relative(normalized(from, end), e.unit(), e.offset(),
          e.offset(), Optional.empty(), granularityOf(e.unit()), mod));
      return end;
    }
    int q = p;
    boolean dayPart = false;
    Integer dayOffset = null;
    for (int k = 0; k < 3 && q < t.size && owner[q] == FREE; k++) {
      if (role(q) == TimeRole.DAY_PART) {
        dayPart = true;
        q++;
        continue;
      }
      PhraseTrie.Match<RelativeEntry> r = lex.relativeTimes.longest(t, q, t.size, true);
      if (dayOffset == null && r != null && r.value().unit() == ChronoUnit.DAYS && free(q, q + r.length())) {
        dayOffset = r.value().offset();
        q += r.length();
        continue;
      }
      break;
    }
    WeekdayEntry wd = null;
    int end = q;
    if (q < t.size && owner[q] == FREE) {
      PhraseTrie.Match<WeekdayEntry> w = lex.weekdays.longest(t, q, t.size, true);
      if (w != null && free(q, q + w.length())) {
        int after = q + w.length();
        TimeValue.Partial.Direction dir = direction(after);
        if (!w.value().strict() || dayPart || dayOffset != null
            || dir != TimeValue.Partial.Direction.LATEST) {
          wd = w.value();
          end = dir == TimeValue.Partial.Direction.LATEST ? after : after + 1;
          long min;
          long max;
          if (dayOffset != null) {
            min = max = dayOffset;
          } else if (dir == TimeValue.Partial.Direction.NEXT) {
            min = 1;
            max = 7;
          } else if (dir == TimeValue.Partial.Direction.PREVIOUS) {
            min = -7;
            max = -1;
          } else {
            min = -6;
            max = 0;
          }
          emitTime(from, end, new TimeValue.Relative(normalized(from, end), ChronoUnit.DAYS, min, max,
              Optional.of(wd.day()), Granularity.DAY, mod));
          return end;
        }
      }
    }
    if (dayOffset != null) {
      // a bare relative day ("أمس"); leading day-part words ("يوم أمس") stay in the mention
      emitTime(from, q, new TimeValue.Relative(normalized(from, q), ChronoUnit.DAYS, dayOffset,
          dayOffset, Optional.<DayOfWeek>empty(), Granularity.DAY, mod));
      return q;
    }
    return -1;
  }

  private static Granularity granularityOf(ChronoUnit u) {
    return switch (u) {
      case DAYS -> Granularity.DAY;
      case WEEKS -> Granularity.WEEK;
      case MONTHS -> Granularity.MONTH;
      default -> Granularity.YEAR;
    };
  }

  // ---------------------------------------------------------------- quantities

  private void quantities() {
    for (int i = 0; i < t.size; i++) {
      if (owner[i] != FREE
          || t.type[i] == Tokens.WORD && (t.starts(i, Tokens.KEY, true) & FirstKeys.QUANTITY_START) == 0) {
        continue;
      }
      Q q = quantity(i);
      if (q != null) {
        if (q.value() != null) {
          emitQuantity(i, q.end(), q.value(), q.noun());
        } else {
          claim(i, q.end(), QUANTITY);
        }
        i = q.end() - 1;
        continue;
      }
      int end = ordinal(i);
      if (end > i) {
        i = end - 1;
      }
    }
  }

  private void emitQuantity(int from, int to, QuantityValue v, String noun) {
    TextSpan s = span(from, to);
    TextSpan r = raw(s);
    Set<ValueFlag> flags = v.high() == Double.POSITIVE_INFINITY && v.low() >= MAX_VALUE
        ? Set.of(ValueFlag.OUT_OF_RANGE) : Set.of();
    quantities.add(new QuantityMention(v, Optional.ofNullable(noun), s, r, sentence, r.of(text.raw()), flags));
    claim(from, to, QUANTITY);
  }


  /**
   * A quantity at {@code p}: [approximation] number [unit] [و+fraction] [postfix approximation], or
   * a dual unit ("ساعتين"), or a unit with "واحد" ("سنة واحدة").
   */
  private Q quantity(int p) {
    int q = p;
    Approx mode = null;
    if (q < t.size && owner[q] == FREE) {
      PhraseTrie.Match<Approx> a = lex.approximations.longest(t, q, t.size, true);
      if (a != null && a.value() != Approx.ABOUT_AFTER && free(q, q + a.length())) {
        mode = a.value();
        q += a.length();
      }
    }
    if (q >= t.size || owner[q] != FREE) {
      return null;
    }
    if (t.isNumber(q) && t.attached(q) && (t.isWord(q - 1) && !Keys.arabic(t.keyChar(q - 1))
        || t.isPunct(q - 1, '_'))) {
      return null; // part of an identifier such as "ad_1" or "A320"
    }
    double lo;
    double hi;
    boolean few = false;
    UnitEntry unit = null;
    String noun = null;
    int end;
    CardinalParser.Num n = number(q);
    if (n != null) {
      lo = n.lo();
      hi = n.hi();
      few = lo != hi;
      end = n.end();
      if (n.ordinal()) {
        if (mode != null) {
          return null;
        }
        return new Q(end, QuantityValue.exact(lo, QuantityKind.ORDINAL, ""), null);
      }
      PhraseTrie.Match<UnitEntry> u = end < t.size && owner[end] == FREE
          ? lex.units.longest(t, end, t.size, false) : null;
      if (u != null && free(end, end + u.length())) {
        unit = u.value();
        noun = t.isWord(end) ? Keys.withoutArticle(t.key(end)) : null;
        end += u.length();
      } else if (isNoun(end)) {
        noun = Keys.withoutArticle(t.key(end));
      }
    } else {
      UnitEntry u = unitAt(q, false);
      if (u != null && u.count() == 2) {
        lo = hi = 2;
        unit = u;
        noun = unitForm(q, false);
        end = q + 1;
      } else if (u != null && u.count() == 1 && u.kind() == QuantityKind.DURATION
          && (durationCue(q - 1) && !t.isNumber(q + 1) && weekdayAt(q + 1) == null
              && month(q + 1, true) == null || fractionAfter(q + 1) > 0)
          && !(q + 1 < t.size && owner[q + 1] == FREE && isOne(q + 1))) {
        // "منذ أسبوع", "لمدة شهر", "خلال ساعة": a bare unit where a duration is expected is one
        lo = hi = 1;
        unit = u;
        noun = unitForm(q, false);
        end = q + 1;
      } else if (u != null && q + 1 < t.size && owner[q + 1] == FREE && isOne(q + 1)) {
        lo = hi = 1;
        unit = u;
        noun = unitForm(q, false);
        end = q + 2;
      } else {
        UnitEntry du = unitAt(q, true);
        double frac = du == null ? 0 : fractionAfter(q + 1);
        if (du == null || du.count() != 1 || frac == 0) {
          return null;
        }
        // "الشهر والنصف": a definite unit counts one, the fraction is added below
        lo = hi = 1;
        unit = du;
        noun = unitForm(q, true);
        end = q + 1;
      }
    }
    if (unit != null) {
      double frac = fractionAfter(end);
      if (frac > 0) {
        lo += frac;
        hi += frac;
        end++;
      }
      lo *= unit.multiplier();
      hi *= unit.multiplier();
    }
    if (end < t.size && owner[end] == FREE) {
      PhraseTrie.Match<Approx> a = lex.approximations.longest(t, end, t.size, false);
      if (a != null && a.value() == Approx.ABOUT_AFTER && mode == null) {
        mode = Approx.ABOUT;
        end += a.length();
      }
    }
    QuantityKind kind = unit == null ? QuantityKind.CARDINAL : unit.kind();
    if (kind == QuantityKind.DURATION && unit.unit().equals("year") && ageCueBefore(p)) {
      kind = QuantityKind.AGE;
    }
    String unitName = unit == null ? "" : unit.unit();
    if (!(lo <= MAX_VALUE && hi <= MAX_VALUE)) {
      // beyond what a double counts exactly: reported as an open range, flagged by emitQuantity
      return new Q(end, new QuantityValue(MAX_VALUE, Double.POSITIVE_INFINITY, kind, unitName, true), noun);
    }
    boolean approx = few || mode != null;
    if (mode != null) {
      switch (mode) {
        case ABOUT, ABOUT_AFTER -> {
          // rounded to 12 significant digits so that "نحو 100" is [90, 110], not 110.00000000000001
          lo = significant(lo * (1 - tolerance));
          hi = Math.min(MAX_VALUE, significant(hi * (1 + tolerance)));
        }
        case MORE_THAN -> hi = Double.POSITIVE_INFINITY;
        case LESS_THAN -> lo = 0;
      }
    }
    return new Q(end, new QuantityValue(lo, hi, kind, unitName, approx), noun);
  }

  private static double significant(double v) {
    return Double.isFinite(v) && v != 0
        ? new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue() : v;
  }

  /**
   * The unit word at {@code i} (through its clitic forms), or with {@code definite} the unit after
   * a definite article ("الشهر", "للشهر"); {@code null} if none.
   */
  private UnitEntry unitAt(int i, boolean definite) {
    String f = unitForm(i, definite);
    return f == null ? null : lex.units.single(f);
  }

  /** The clitic-free, article-free form of the unit word at {@code i}, as looked up. */
  private String unitForm(int i, boolean definite) {
    if (!t.isWord(i) || owner[i] != FREE) {
      return null;
    }
    for (String f : t.cliticForms(i)) {
      String bare = Keys.withoutArticle(f);
      if (definite ? !bare.equals(f) && lex.units.single(bare) != null : lex.units.single(f) != null) {
        return definite ? bare : f;
      }
    }
    return null;
  }

  /** Whether token {@code i} introduces a duration: منذ, خلال, لمدة, بعد, قبل, طوال, طيلة. */
  private boolean durationCue(int i) {
    if (!t.isWord(i) || owner[i] != FREE && owner[i] != TIME) {
      return false;
    }
    String k = t.key(i);
    for (String f : t.cliticForms(i)) {
      if (f.equals(MUDDA) || f.equals(TAWAL) || f.equals(TILA)) {
        return true;
      }
    }
    TimeRole r = lex.timeWords.single(k);
    return r == TimeRole.SINCE || r == TimeRole.BEFORE || r == TimeRole.AFTER
        || r == TimeRole.IN && !k.equals(FI);
  }

  private static final String MUDDA = "\u0645\u062F\u0647";
  private static final String TAWAL = "\u0637\u0648\u0627\u0644";
  private static final String TILA = "\u0637\u064A\u0644\u0647";
  private static final String FI = "\u0641\u064A";

  private boolean isOne(int i) {
    NumberEntry e = lex.numbers.single(t, i);
    return e != null && e.role() == NumberRole.UNIT && e.value() == 1;
  }

  /** A fraction joined by و after a unit ("ونصف", "والنصف"), else 0. */
  private double fractionAfter(int i) {
    if (!t.isWord(i) || owner[i] != FREE || t.keyChar(i) != Keys.WAW) {
      return 0;
    }
    String rest = Keys.withoutArticle(t.key(i).substring(1));
    NumberEntry e = lex.numbers.single(rest);
    return e != null && e.role() == NumberRole.FRACTION ? e.value() : 0;
  }

  private boolean ageCueBefore(int p) {
    for (int k = Math.max(0, p - 3); k < p; k++) {
      if (t.isWord(k) && lex.ageCues.longest(t, k, p, true) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean isNoun(int i) {
    return t.isWord(i) && owner[i] == FREE && Keys.arabic(t.keyChar(i)) && t.keyLength(i) > 2
        && !stopword(i) && lex.numbers.single(t, i) == null && role(i) == null;
  }

  /** Digits (with a following scale word) or a run of number words at {@code i}. */
  private CardinalParser.Num number(int i) {
    return cardinals.number(t, owner, i);
  }

  /**
   * The ordinal at {@code i} with its compounds up to 99 ("الحادي عشر", "الثانية عشرة", "الخامس
   * والعشرين", "التاسع و التسعين"): {@code rank << 32 | end}, or -1 if none.
   */
  private long ordinalRank(int i) {
    if (!t.isWord(i)) {
      return -1;
    }
    PhraseTrie.Match<OrdinalEntry> m = lex.ordinals.longest(t, i, t.size, true);
    if (m == null || !free(i, i + m.length())) {
      return -1;
    }
    OrdinalEntry e = m.value();
    int end = i + m.length();
    int rank = e.rank();
    if (!e.pre() && rank < 10) {
      NumberEntry teen = t.isWord(end) && owner[end] == FREE ? lex.numbers.single(t, end) : null;
      int tensAt = end;
      if (t.isWord(tensAt) && t.keyLength(tensAt) == 1 && t.keyChar(tensAt) == Keys.WAW) {
        tensAt++;
      }
      OrdinalEntry tens = tensOrdinal(tensAt, tensAt > end);
      if (teen != null && teen.role() == NumberRole.TEEN && teen.value() == 10) {
        rank += 10;
        end++;
      } else if (tens != null) {
        rank += tens.rank();
        end = tensAt + 1;
      } else if (compoundOnly(t.key(i))) {
        return -1; // "الحادي" is only ever part of a compound
      }
    }
    return (long) rank << 32 | end;
  }

  /** An ordinal word at {@code i}; returns its end token, or -1. */
  private int ordinal(int i) {
    long parsed = ordinalRank(i);
    if (parsed < 0) {
      return -1;
    }
    int rank = (int) (parsed >>> 32);
    int end = (int) parsed;
    OrdinalEntry e = lex.ordinals.longest(t, i, t.size, true).value();
    String noun;
    if (e.pre()) {
      noun = isNoun(end) ? Keys.withoutArticle(t.key(end)) : null;
    } else {
      int j = i - 1;
      if (j >= 0 && quote(j)) {
        int k = j - 1;
        while (k >= 0 && k > j - 8 && !quote(k)) {
          k--;
        }
        j = k >= 0 && quote(k) ? k - 1 : -1;
      }
      while (j > 0 && (owner[j] == NAME_PERSON || owner[j] == NAME_PLACE)) {
        j--; // "رحلة كيم الأولى": the possessor stands between noun and ordinal
      }
      if (j < 0 || !t.isWord(j) || t.isNumber(j) || stopword(j) || !Keys.arabic(t.keyChar(j))) {
        return -1;
      }
      noun = Keys.withoutArticle(t.key(j));
    }
    emitQuantity(i, end, QuantityValue.exact(rank, QuantityKind.ORDINAL, ""), noun);
    return end;
  }

  /** A tens ordinal (العشرين … التسعين) at {@code i}, joined by و unless {@code spaced}; or null. */
  private OrdinalEntry tensOrdinal(int i, boolean spaced) {
    if (!t.isWord(i) || owner[i] != FREE) {
      return null;
    }
    String k = t.key(i);
    if (!spaced) {
      if (k.length() < 3 || k.charAt(0) != Keys.WAW) {
        return null;
      }
      k = k.substring(1);
    }
    OrdinalEntry o = lex.ordinals.single(k);
    return o != null && o.rank() >= 20 && o.rank() <= 90 && o.rank() % 10 == 0 ? o : null;
  }

  /** Whether an ordinal key is "الحادي"/"الحادية", which stands only in compounds. */
  private static boolean compoundOnly(String key) {
    String k = Keys.withoutArticle(key);
    return k.startsWith(HADI);
  }

  /** "حادي", the stem of the ordinal one in compounds. */
  private static final String HADI = "\u062D\u0627\u062F\u064A";

  private boolean quote(int i) {
    if (i < 0 || i >= t.size || t.type[i] != Tokens.PUNCT) {
      return false;
    }
    char c = t.keyChar(i);
    return c == '"' || c == '\'' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D'
        || c == '\u2018' || c == '\u2019';
  }

  // ---------------------------------------------------------------- unknown names after titles

  private void titledNames() {
    for (int i = 0; i < t.size; i++) {
      if (owner[i] != FREE || !t.isWord(i)) {
        continue;
      }
      PhraseTrie.Match<Boolean> m = lex.titles.longest(t, i, t.size, true);
      if (m == null) {
        continue;
      }
      int j = i + m.length();
      for (int guard = 0; guard < 5 && j < t.size; guard++) {
        if (owner[j] == NAME_PLACE) {
          while (j < t.size && owner[j] == NAME_PLACE) {
            j++;
          }
        } else if (owner[j] == FREE && t.isWord(j) && t.key(j).startsWith(Keys.DEFINITE_ARTICLE)
            && !stopword(j)) {
          j++;
        } else {
          break;
        }
      }
      if (t.isPunct(j, ',') || t.isPunct(j, '\u060C')) {
        j++;
      }
      int k = j;
      while (k < t.size && k - j < 3 && nameLike(k)) {
        k++;
      }
      // Two or three name words ending at a clear boundary; a single word after a title is far
      // more often a common noun ("الزعيم الروسي نفسه") than a name, and is left alone.
      // An indefinite noun with its adjective ("سيارة فاخرة") has the same shape; both end in
      // teh marbuta (folded to heh), which family names rarely do, so such runs are not taken.
      boolean boundary = k >= t.size || t.type[k] == Tokens.PUNCT || owner[k] != FREE || stopword(k);
      String lastKey = k > j ? t.key(k - 1) : "";
      if (k - j < 2 || !boundary || lastKey.charAt(lastKey.length() - 1) == Keys.HEH) {
        i = Math.max(i, j - 1);
        continue;
      }
      StringBuilder key = new StringBuilder();
      StringBuilder id = new StringBuilder("person:~");
      for (int x = j; x < k; x++) {
        key.append(x > j ? " " : "").append(t.nameKey(x));
        id.append(x > j ? "-" : "").append(t.nameKey(x));
      }
      TextSpan s = span(j, k);
      EntityRef ref = new EntityRef(id.toString(), EntityType.PERSON, raw(s).of(text.raw()));
      titledIds.add(ref.id());
      if (t.nameKey(k - 1).length() >= 3 && k - j > 1) {
        titledFamilyNames.putIfAbsent(t.nameKey(k - 1), ref);
      }
      names.add(new PendingName(sentence, j, k, List.of(ref), k - j, key.toString(), s));
      claim(j, k, TITLE_NAME);
      i = k - 1;
    }
  }

  private boolean nameLike(int k) {
    if (!t.isWord(k) || owner[k] != FREE) {
      return false;
    }
    String key = t.key(k);
    if (key.length() < 2 || stopword(k)) {
      return false;
    }
    for (String f : t.cliticForms(k)) {
      if (f.startsWith(Keys.DEFINITE_ARTICLE) || lex.titles.single(f) != null) {
        return false;
      }
    }
    return lex.numbers.single(key) == null && lex.months.single(key) == null
        && lex.weekdays.single(key) == null && lex.units.single(key) == null
        && lex.ordinals.single(key) == null && role(k) == null
        && lex.relativeTimes.single(key) == null && lex.titles.single(key) == null
        && lex.approximations.single(key) == null;
  }

  // ---------------------------------------------------------------- article-level names

  private List<EntityMention> resolveNames() {
    Set<String> full = new LinkedHashSet<>(titledIds);
    for (PendingName n : names) {
      if (n.candidates().size() == 1 && n.words() > 1) {
        full.add(n.candidates().get(0).id());
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (PendingName n : names) {
      out.add(mention(n, resolve(n, full)));
    }
    // bare family names of people named in full in this article ("حافظ" after "أحمد حافظ")
    KeyMap<Set<EntityRef>> family = new KeyMap<>();
    for (String id : full) {
      for (String k : gaz.familyNamesById.getOrDefault(id, List.of())) {
        family.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(gaz.byId(id).orElseThrow());
      }
    }
    titledFamilyNames.forEach((k, ref) -> family.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(ref));
    if (family.size() > 0) {
      for (int s = 0; s < sentenceTokens.size(); s++) {
        t = sentenceTokens.get(s);
        owner = sentenceOwners.get(s);
        sentence = s;
        for (int i = 0; i < t.size; i++) {
          if (owner[i] != FREE || !t.isWord(i) || t.keyLength(i) < 3 || stopword(i)) {
            continue;
          }
          for (int f = 0; f < t.formCount(i, Tokens.NAME); f++) {
            Set<EntityRef> refs = t.lookup(family, i, Tokens.NAME, f);
            if (refs != null) {
              TextSpan sp = span(i, i + 1);
              PendingName n = new PendingName(s, i, i + 1, List.copyOf(refs), 1, t.nameCliticForms(i)[f], sp);
              out.add(mention(n, refs.size() == 1 ? Optional.of(refs.iterator().next()) : Optional.empty()));
              owner[i] = NAME_PERSON;
              break;
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((EntityMention e) -> e.span().start()));
    return out;
  }

  private EntityMention mention(PendingName n, Optional<EntityRef> ref) {
    TextSpan r = raw(n.span());
    return new EntityMention(ref, n.nameKey(), n.span(), r, n.sentence(), r.of(text.raw()));
  }

  /**
   * A multi-word alias of one entity resolves to it. A short name (one word, or an alias shared by
   * several entities) resolves to the one candidate named in full in this article; with no candidate
   * named in full, to its only gazetteer entity unless a different person named in full in the
   * article carries the same family name; otherwise it stays unresolved.
   */
  private Optional<EntityRef> resolve(PendingName n, Set<String> full) {
    List<EntityRef> c = n.candidates();
    if (c.size() == 1 && n.words() > 1) {
      return Optional.of(c.get(0));
    }
    List<EntityRef> named = c.stream().filter(e -> full.contains(e.id())).toList();
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    if (!named.isEmpty() || c.size() != 1) {
      return Optional.empty();
    }
    Set<String> sameFamily = gaz.familyNames.getOrDefault(n.nameKey(), Set.of());
    for (String id : sameFamily) {
      if (!id.equals(c.get(0).id()) && full.contains(id)) {
        return Optional.empty();
      }
    }
    return Optional.of(c.get(0));
  }
}
