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

  /** Numbers above this are not news quantities and lose precision as doubles; they are dropped. */
  static final double MAX_VALUE = 1e15;

  private static final byte FREE = 0;
  private static final byte NAME_PLACE = 1;
  private static final byte NAME_PERSON = 2;
  private static final byte TIME = 3;
  private static final byte QUANTITY = 4;
  private static final byte TITLE_NAME = 5;

  private final Lexicons lex;
  private final Gazetteer gaz;
  private final double tolerance;
  private final MappedText text;
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

  /** A parsed absolute date covering tokens up to {@code end}; {@code value} null = invalid date. */
  private record Abs(int end, TimeValue value) {}

  Extraction(Lexicons lex, Gazetteer gaz, double tolerance, MappedText text, Optional<LocalDate> anchor) {
    this.lex = lex;
    this.gaz = gaz;
    this.tolerance = tolerance;
    this.text = text;
    this.anchor = anchor;
  }

  ExtractedFacts run() {
    List<Sentence> sentences = SentenceSplitter.instance().split(text);
    for (Sentence s : sentences) {
      t = Tokens.of(text, s.span().start(), s.span().end());
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
    for (String f : Keys.cliticForms(t.key[i])) {
      if (lex.nameStopwords.single(f) != null) {
        return true;
      }
    }
    return false;
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
      if (owner[i] == FREE) {
        int end = time(i);
        if (end > i) {
          i = end - 1;
        }
      }
    }
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
    Abs a = absolute(p, cue != null);
    if (a != null) {
      if (a.value() != null) {
        TimeValue v = a.value();
        if (mod != TimeModifier.EXACT) {
          v = withModifier(v, mod);
        }
        emitTime(from, a.end(), v);
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
    if (anchor.isPresent() && !(v instanceof TimeValue.Interval)) {
      v = v.resolve(anchor.get());
    }
    TextSpan s = span(from, to);
    TextSpan r = raw(s);
    times.add(new TimeMention(v, s, r, sentence, r.of(text.raw())));
    claim(from, to, TIME);
  }

  /** "منذ 4 سنوات", "قبل يومين", "منذ ما يقرب من ربع قرن": a time counted back from publication. */
  private int ago(int i, int p) {
    Q q = quantity(p);
    if (q == null || q.value() == null || q.value().kind() != QuantityKind.DURATION) {
      return -1;
    }
    // "قبل سبعة أشهر من توليه" counts back from another event, not from publication.
    if (q.end() < t.size && t.key[q.end()].equals(FROM)) {
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
    // numeric date: 2024-06-19, 14/9/2023
    if (t.isNumber(p) && (t.key[p].indexOf('/') > 0 || t.key[p].indexOf('-') > 0)) {
      return numericDate(p);
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
          try {
            return new Abs(end, TimeValue.Interval.day(LocalDate.of(year, mo[0], day)));
          } catch (DateTimeException e) {
            return new Abs(end, null);
          }
        }
        if (day > Month.of(mo[0]).maxLength()) {
          return new Abs(r, null);
        }
        int end = r;
        TimeValue.Partial.Direction dir = direction(end);
        if (dir != TimeValue.Partial.Direction.LATEST) {
          end++;
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
          try {
            return new Abs(end, TimeValue.Interval.day(LocalDate.of(year, mo[0], dayNumber(r))));
          } catch (DateTimeException e) {
            return new Abs(end, null);
          }
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

  private Abs numericDate(int p) {
    String k = t.key[p];
    char sep = k.indexOf('/') > 0 ? '/' : '-';
    String[] parts = k.split(sep == '/' ? "/" : "-", -1);
    if (parts.length != 3) {
      return null;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return null;
      }
    }
    int a = Integer.parseInt(parts[0]);
    int b = Integer.parseInt(parts[1]);
    int c = Integer.parseInt(parts[2]);
    try {
      LocalDate d;
      if (parts[0].length() == 4) {
        d = LocalDate.of(a, b, c);
      } else if (parts[2].length() == 4) {
        d = LocalDate.of(c, b, a); // day first, as in the Arab world and Europe
      } else {
        return null;
      }
      return new Abs(p + 1, TimeValue.Interval.day(d));
    } catch (DateTimeException e) {
      return new Abs(p + 1, null);
    }
  }

  /** A plain day-of-month number 1-31 at {@code i}, else 0. */
  private int dayNumber(int i) {
    if (!t.isNumber(i) || owner[i] != FREE) {
      return 0;
    }
    String k = t.key[i];
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
    String k = t.key[i];
    if (k.length() != 4 || !k.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    int y = Integer.parseInt(k);
    if (y < 1000 || y > 2999) {
      return 0;
    }
    if (t.attached(i + 1) && t.isWord(i + 1) && t.key[i + 1].equals(HIJRI_SUFFIX)) {
      return 0;
    }
    return y;
  }

  /** "هـ" after a year marks the Hijri calendar, which this extractor does not convert. */
  private static final String HIJRI_SUFFIX = "\u0647";
  /** "م" after a year marks the Gregorian calendar; it belongs to the year mention. */
  private static final String GREGORIAN_SUFFIX = "\u0645";

  private int yearEnd(int i) {
    return t.attached(i + 1) && t.isWord(i + 1) && t.key[i + 1].equals(GREGORIAN_SUFFIX) ? i + 2 : i + 1;
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
      if (owner[i] != FREE) {
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
    quantities.add(new QuantityMention(v, Optional.ofNullable(noun), s, r, sentence, r.of(text.raw())));
    claim(from, to, QUANTITY);
  }

  /** A parsed number: {@code [lo, hi]} up to token {@code end}; {@code lo < 0} = too large. */
  private record Num(double lo, double hi, int end, boolean ordinal) {}

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
    if (t.isNumber(q) && t.attached(q) && (t.isWord(q - 1) && !Keys.arabic(t.key[q - 1].charAt(0))
        || t.isPunct(q - 1, '_'))) {
      return null; // part of an identifier such as "ad_1" or "A320"
    }
    double lo;
    double hi;
    boolean few = false;
    UnitEntry unit = null;
    String noun = null;
    int end;
    Num n = number(q);
    if (n != null) {
      if (n.lo() < 0) {
        return new Q(n.end(), null, null);
      }
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
        noun = t.isWord(end) ? Keys.withoutArticle(t.key[end]) : null;
        end += u.length();
      } else if (isNoun(end)) {
        noun = Keys.withoutArticle(t.key[end]);
      }
    } else {
      UnitEntry u = unitAt(q, false);
      if (u != null && u.count() == 2) {
        lo = hi = 2;
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
    if (!(hi <= MAX_VALUE)) {
      return new Q(end, null, null);
    }
    QuantityKind kind = unit == null ? QuantityKind.CARDINAL : unit.kind();
    if (kind == QuantityKind.DURATION && unit.unit().equals("year") && ageCueBefore(p)) {
      kind = QuantityKind.AGE;
    }
    String unitName = unit == null ? "" : unit.unit();
    boolean approx = few || mode != null;
    if (mode != null) {
      switch (mode) {
        case ABOUT, ABOUT_AFTER -> {
          lo = lo * (1 - tolerance);
          hi = hi * (1 + tolerance);
        }
        case MORE_THAN -> hi = Double.POSITIVE_INFINITY;
        case LESS_THAN -> lo = 0;
      }
    }
    return new Q(end, new QuantityValue(lo, hi, kind, unitName, approx), noun);
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
    for (String f : Keys.cliticForms(t.key[i])) {
      String bare = Keys.withoutArticle(f);
      if (definite ? !bare.equals(f) && lex.units.single(bare) != null : lex.units.single(f) != null) {
        return definite ? bare : f;
      }
    }
    return null;
  }

  private boolean isOne(int i) {
    NumberEntry e = lex.numbers.single(t.key[i]);
    return e != null && e.role() == NumberRole.UNIT && e.value() == 1;
  }

  /** A fraction joined by و after a unit ("ونصف", "والنصف"), else 0. */
  private double fractionAfter(int i) {
    if (!t.isWord(i) || owner[i] != FREE || t.key[i].charAt(0) != Keys.WAW) {
      return 0;
    }
    String rest = Keys.withoutArticle(t.key[i].substring(1));
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
    return t.isWord(i) && owner[i] == FREE && Keys.arabic(t.key[i].charAt(0)) && t.key[i].length() > 2
        && !stopword(i) && lex.numbers.single(t.key[i]) == null && role(i) == null;
  }

  /** Digits (with a following scale word) or a run of number words at {@code i}. */
  private Num number(int i) {
    if (t.isNumber(i)) {
      String k = t.key[i];
      if (k.indexOf('/') >= 0 || k.indexOf('-') >= 0) {
        return null;
      }
      double v = parseDigits(k);
      if (Double.isNaN(v)) {
        return null;
      }
      if (t.ordinalSuffix[i]) {
        return new Num(v, v, i + 1, true);
      }
      int end = i + 1;
      if (t.isWord(end) && owner[end] == FREE) {
        NumberEntry s = lex.numbers.single(t.key[end]);
        if (s != null && (s.role() == NumberRole.SCALE || s.role() == NumberRole.SCALE_PLURAL)) {
          v *= s.value();
          end++;
        }
      }
      return v > MAX_VALUE ? new Num(-1, -1, end, false) : new Num(v, v, end, false);
    }
    return numberWords(i);
  }

  /** ASCII digits with optional thousands commas and one decimal point; NaN if malformed. */
  private static double parseDigits(String k) {
    String s = k;
    if (s.indexOf(',') >= 0) {
      String[] groups = s.split(",", -1);
      for (int g = 1; g < groups.length; g++) {
        String body = g == groups.length - 1 && groups[g].indexOf('.') >= 0
            ? groups[g].substring(0, groups[g].indexOf('.')) : groups[g];
        if (body.length() != 3) {
          return Double.NaN;
        }
      }
      s = s.replace(",", "");
    }
    int dot = s.indexOf('.');
    if (dot >= 0 && s.indexOf('.', dot + 1) >= 0) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private Num numberWords(int i) {
    double total = 0;
    double current = 0;
    NumberRole last = null;
    int j = i;
    boolean teenOne = false;
    while (j < t.size && t.isWord(j) && owner[j] == FREE) {
      String k = t.key[j];
      NumberEntry e = null;
      boolean joined = false;
      if (j == i) {
        for (String f : Keys.cliticForms(k)) {
          e = lex.numbers.single(f);
          if (e != null) {
            break;
          }
        }
      } else {
        e = lex.numbers.single(k);
        if (e == null && k.charAt(0) == Keys.WAW && k.length() > 2) {
          e = lex.numbers.single(k.substring(1));
          joined = e != null;
        }
      }
      if (e == null) {
        break;
      }
      NumberRole r = e.role();
      if (j == i && (r == NumberRole.FRACTION || r == NumberRole.FEW)) {
        return new Num(e.value(), e.high(), j + 1, false);
      }
      if (r == NumberRole.FRACTION || r == NumberRole.FEW) {
        break;
      }
      boolean ok;
      switch (r) {
        case UNIT -> {
          ok = (j == i || joined) && current % 10 == 0;
          current += e.value();
        }
        case TEEN_ONE -> {
          ok = j == i || joined;
          teenOne = true;
          current += e.value();
        }
        case TEEN -> {
          ok = j == i || (!joined && (last == NumberRole.UNIT || last == NumberRole.TEEN_ONE)
              && current % 100 < 10);
          current += e.value();
          teenOne = false;
        }
        case TEN -> {
          ok = j == i || joined;
          current += e.value();
        }
        case HUNDRED -> {
          if (!joined && last == NumberRole.UNIT && current > 0 && current < 10 && e.value() == 100) {
            current *= 100;
            ok = true;
          } else {
            ok = j == i || joined;
            current += e.value();
          }
        }
        case SCALE -> {
          ok = j == i || joined || last != null;
          total += (current == 0 ? 1 : current) * e.value();
          current = 0;
        }
        case SCALE_PLURAL -> {
          ok = j > i && !joined && current >= 2;
          total += current * e.value();
          current = 0;
        }
        default -> ok = false;
      }
      if (!ok) {
        return j == i ? null : finish(total, current, j, teenOne, i);
      }
      last = r;
      j++;
    }
    return j == i ? null : finish(total, current, j, teenOne, i);
  }

  private Num finish(double total, double current, int end, boolean teenOne, int start) {
    if (teenOne) {
      // "أحد" without "عشر" is "one of", not a number
      return null;
    }
    double v = total + current;
    if (v == 0) {
      return null;
    }
    return v > MAX_VALUE ? new Num(-1, -1, end, false) : new Num(v, v, end, false);
  }

  /** An ordinal word at {@code i}; returns its end token, or -1. */
  private int ordinal(int i) {
    if (!t.isWord(i)) {
      return -1;
    }
    PhraseTrie.Match<OrdinalEntry> m = lex.ordinals.longest(t, i, t.size, true);
    if (m == null || !free(i, i + m.length())) {
      return -1;
    }
    OrdinalEntry e = m.value();
    int end = i + m.length();
    String noun;
    if (e.pre()) {
      noun = isNoun(end) ? Keys.withoutArticle(t.key[end]) : null;
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
      if (j < 0 || !t.isWord(j) || t.isNumber(j) || stopword(j) || !Keys.arabic(t.key[j].charAt(0))) {
        return -1;
      }
      noun = Keys.withoutArticle(t.key[j]);
    }
    emitQuantity(i, end, QuantityValue.exact(e.rank(), QuantityKind.ORDINAL, ""), noun);
    return end;
  }

  private boolean quote(int i) {
    if (i < 0 || i >= t.size || t.type[i] != Tokens.PUNCT) {
      return false;
    }
    char c = t.key[i].charAt(0);
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
        } else if (owner[j] == FREE && t.isWord(j) && t.key[j].startsWith(Keys.DEFINITE_ARTICLE)
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
      String lastKey = k > j ? t.key[k - 1] : "";
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
    String key = t.key[k];
    if (key.length() < 2 || stopword(k)) {
      return false;
    }
    for (String f : Keys.cliticForms(key)) {
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
    Map<String, Set<EntityRef>> family = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : gaz.familyNames.entrySet()) {
      for (String id : e.getValue()) {
        if (full.contains(id)) {
          family.computeIfAbsent(e.getKey(), x -> new LinkedHashSet<>()).add(gaz.byId(id).orElseThrow());
        }
      }
    }
    titledFamilyNames.forEach((k, ref) -> family.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(ref));
    if (!family.isEmpty()) {
      for (int s = 0; s < sentenceTokens.size(); s++) {
        t = sentenceTokens.get(s);
        owner = sentenceOwners.get(s);
        sentence = s;
        for (int i = 0; i < t.size; i++) {
          if (owner[i] != FREE || !t.isWord(i) || t.key[i].length() < 3 || stopword(i)) {
            continue;
          }
          for (String f : Keys.cliticForms(t.nameKey(i))) {
            Set<EntityRef> refs = family.get(f);
            if (refs != null) {
              TextSpan sp = span(i, i + 1);
              PendingName n = new PendingName(s, i, i + 1, List.copyOf(refs), 1, f, sp);
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
