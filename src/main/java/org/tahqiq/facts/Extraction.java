package org.tahqiq.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
import org.tahqiq.facts.Lexicons.NumberEntry;
import org.tahqiq.facts.Lexicons.NumberRole;
import org.tahqiq.facts.Lexicons.OrdinalEntry;
import org.tahqiq.facts.Lexicons.RelativeEntry;
import org.tahqiq.facts.Lexicons.TimeRole;
import org.tahqiq.facts.Lexicons.UnitEntry;
import org.tahqiq.facts.Lexicons.WeekdayEntry;
import org.tahqiq.token.AnalyzedText;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/**
 * One extraction run over one article. Per sentence, in this order, each step claiming the tokens
 * it used so that later steps do not reread them: gazetteer names, time expressions, quantities,
 * unknown names after titles. Then, over the whole article, short names are resolved from context.
 * Every step looks a bounded number of tokens ahead, so the run is linear in the text length.
 *
 * <p>Dates are read by {@link DateParser} and its parsers, ordinals by {@link OrdinalParser} and
 * cardinals by {@link CardinalParser}, all over the one {@link SentenceState} this run moves from
 * sentence to sentence; this class claims tokens, emits mentions and resolves names.
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
  private final SentenceState state;
  private final OrdinalParser ordinals;
  private final DateParser dates;
  private final Gazetteer gaz;
  private final FirstKeys firstKeys;
  private final double tolerance;
  private final MappedText text;
  /** The text core's tokens and sentences of {@link #text}. */
  private final AnalyzedText analysis;

  /** The stemmer whose protected words keep their clitic letters; null when none. */
  private final ArabicLightStemmer protection;
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

  Extraction(Lexicons lex, Gazetteer gaz, FirstKeys firstKeys, double tolerance, AnalyzedText analysis,
      Optional<LocalDate> anchor, ArabicLightStemmer protection) {
    MappedText text = analysis.text();
    this.analysis = analysis;
    this.protection = protection;
    this.lex = lex;
    this.cardinals = new CardinalParser(lex);
    this.gaz = gaz;
    this.firstKeys = firstKeys;
    this.normalizedChars = new char[text.length()];
    text.getChars(0, text.length(), normalizedChars, 0);
    this.tolerance = tolerance;
    this.text = text;
    this.anchor = anchor;
    this.state = new SentenceState(lex, anchor, text);
    this.ordinals = new OrdinalParser(state);
    this.dates = new DateParser(state, ordinals);
  }

  ExtractedFacts run() {
    List<Sentence> sentences = SentenceSplitter.sentences(text, analysis.sentences());
    for (Sentence s : sentences) {
      t = Tokens.of(analysis, normalizedChars, s.span().start(), s.span().end(), firstKeys, protection);
      owner = new byte[t.size];
      sentence = s.index();
      sentenceTokens.add(t);
      sentenceOwners.add(owner);
      state.reset(t, owner);
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

  private void claim(int from, int to, byte who) {
    for (int i = from; i < to; i++) {
      owner[i] = who;
    }
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
      if (m == null || !state.free(i, i + m.length())) {
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
      if (owner[i] == FREE && (t.type[i] == Tokens.NUMBER || t.type[i] == Tokens.WORD && mayStartTime(i)
          || t.type[i] == Tokens.PUNCT && !inertPunct(i))) {
        int end = time(i);
        if (end > i) {
          i = end - 1;
        }
      }
    }
  }

  /**
   * Whether the punctuation token {@code i} is the first key of no lexicon phrase. Such a token
   * starts neither a time nor a quantity: every parser reads a punctuation token at its start only
   * through a lexicon lookup (a cue, an approximation, a month ...), and each of those fails on it.
   */
  private boolean inertPunct(int i) {
    return t.starts(i, Tokens.KEY, false) == 0;
  }

  /** Whether the word at {@code i} may start a time expression (see {@link Lexicons#timeStarts}). */
  private boolean mayStartTime(int i) {
    return (t.starts(i, Tokens.KEY, true) & FirstKeys.TIME_START) != 0 || t.keyIs(i, SentenceState.LAST_WORD);
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
    TimeRole cue = state.role(i);
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
    ParsedDate a = dates.dated(p, cue != null);
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
        flags = SentenceState.with(flags, ValueFlag.OUT_OF_RANGE);
      }
    } else if (anchor.isEmpty() && v instanceof TimeValue.Relative rel && !rel.inSupportedSpan()) {
      flags = SentenceState.with(flags, ValueFlag.OUT_OF_RANGE);
    }
    TextSpan s = span(from, to);
    TextSpan r = raw(s);
    times.add(new TimeMention(v, s, r, sentence, r.of(text.raw()), calendar, Optional.ofNullable(hijri), flags));
    claim(from, to, TIME);
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
    emitTime(i, end, new TimeValue.Relative(state.normalized(i, end), unit, min, max, Optional.empty(), g, mod));
    return end;
  }

  /** The preposition "من" (from): a duration followed by it is counted from another event. */
  private static final String FROM = "\u0645\u0646";

  // ---------------------------------------------------------------- dates: compound forms

  /** Relative expressions: "الشهر المقبل", "أمس الأربعاء", "يوم الثلاثاء", "مساء الثلاثاء". */
  private int relative(int from, int p, TimeModifier mod) {
    PhraseTrie.Match<RelativeEntry> rel =
        owner[p] == FREE ? lex.relativeTimes.longest(t, p, t.size, true) : null;
    if (rel != null && rel.value().unit() != ChronoUnit.DAYS && state.free(p, p + rel.length())) {
      int end = p + rel.length();
      RelativeEntry e = rel.value();
      emitTime(from, end, new TimeValue.Relative(state.normalized(from, end), e.unit(), e.offset(),
          e.offset(), Optional.empty(), granularityOf(e.unit()), mod));
      return end;
    }
    int q = p;
    boolean dayPart = false;
    Integer dayOffset = null;
    for (int k = 0; k < 3 && q < t.size && owner[q] == FREE; k++) {
      if (state.role(q) == TimeRole.DAY_PART) {
        dayPart = true;
        q++;
        continue;
      }
      PhraseTrie.Match<RelativeEntry> r = lex.relativeTimes.longest(t, q, t.size, true);
      if (dayOffset == null && r != null && r.value().unit() == ChronoUnit.DAYS && state.free(q, q + r.length())) {
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
      if (w != null && state.free(q, q + w.length())) {
        int after = q + w.length();
        TimeValue.Partial.Direction dir = state.direction(after);
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
          emitTime(from, end, new TimeValue.Relative(state.normalized(from, end), ChronoUnit.DAYS, min, max,
              Optional.of(wd.day()), Granularity.DAY, mod));
          return end;
        }
      }
    }
    if (dayOffset != null) {
      // a bare relative day ("أمس"); leading day-part words ("يوم أمس") stay in the mention
      emitTime(from, q, new TimeValue.Relative(state.normalized(from, q), ChronoUnit.DAYS, dayOffset,
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
          || t.type[i] == Tokens.WORD && (t.starts(i, Tokens.KEY, true) & FirstKeys.QUANTITY_START) == 0
          || t.type[i] == Tokens.PUNCT && inertPunct(i)) {
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
      if (a != null && a.value() != Approx.ABOUT_AFTER && state.free(q, q + a.length())) {
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
      if (u != null && state.free(end, end + u.length())) {
        unit = u.value();
        noun = t.isWord(end) ? Keys.withoutArticle(t.key(end)) : null;
        end += u.length();
      } else if (isNoun(end)) {
        noun = Keys.withoutArticle(t.key(end));
      }
    } else {
      UnitEntry u = state.unitAt(q, false);
      if (u != null && u.count() == 2) {
        lo = hi = 2;
        unit = u;
        noun = state.unitForm(q, false);
        end = q + 1;
      } else if (u != null && u.count() == 1 && u.kind() == QuantityKind.DURATION
          && (durationCue(q - 1) && !t.isNumber(q + 1) && state.weekdayAt(q + 1) == null
              && state.month(q + 1, true) == null || fractionAfter(q + 1) > 0)
          && !(q + 1 < t.size && owner[q + 1] == FREE && isOne(q + 1))) {
        // "منذ أسبوع", "لمدة شهر", "خلال ساعة": a bare unit where a duration is expected is one
        lo = hi = 1;
        unit = u;
        noun = state.unitForm(q, false);
        end = q + 1;
      } else if (u != null && q + 1 < t.size && owner[q + 1] == FREE && isOne(q + 1)) {
        lo = hi = 1;
        unit = u;
        noun = state.unitForm(q, false);
        end = q + 2;
      } else {
        UnitEntry du = state.unitAt(q, true);
        double frac = du == null ? 0 : fractionAfter(q + 1);
        if (du == null || du.count() != 1 || frac == 0) {
          return null;
        }
        // "الشهر والنصف": a definite unit counts one, the fraction is added below
        lo = hi = 1;
        unit = du;
        noun = state.unitForm(q, true);
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
        && !stopword(i) && lex.numbers.single(t, i) == null && state.role(i) == null;
  }

  /** Digits (with a following scale word) or a run of number words at {@code i}. */
  private CardinalParser.Num number(int i) {
    return cardinals.number(t, owner, i);
  }

  /** An ordinal word at {@code i}; returns its end token, or -1. */
  private int ordinal(int i) {
    long parsed = ordinals.rank(i);
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
        && lex.ordinals.single(key) == null && state.role(k) == null
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
        state.reset(t, owner);
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
