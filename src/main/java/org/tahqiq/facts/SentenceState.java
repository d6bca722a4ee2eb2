package org.tahqiq.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.facts.Lexicons.MonthEntry;
import org.tahqiq.facts.Lexicons.SeasonEntry;
import org.tahqiq.facts.Lexicons.TimeRole;
import org.tahqiq.facts.Lexicons.UnitEntry;
import org.tahqiq.facts.Lexicons.WeekdayEntry;
import org.tahqiq.text.MappedText;

/**
 * The sentence an extraction is reading: its tokens, which of them earlier steps have claimed
 * ({@link #owner}), and the lexicon lookups at a token that the time and quantity parsers share
 * (time words, months, weekdays, day numbers, years, units).
 *
 * <p>Confined to one extraction; {@link #reset} moves it to the next sentence.
 */
final class SentenceState {

  final Lexicons lex;
  final Optional<LocalDate> anchor;
  private final MappedText text;
  Tokens t;
  byte[] owner;

  SentenceState(Lexicons lex, Optional<LocalDate> anchor, MappedText text) {
    this.lex = lex;
    this.anchor = anchor;
    this.text = text;
  }

  /** Moves to a sentence with tokens {@code t} claimed as {@code owner} says. */
  void reset(Tokens t, byte[] owner) {
    this.t = t;
    this.owner = owner;
  }

  /** Whether tokens {@code [from, to)} exist and no earlier step has claimed them. */
  boolean free(int from, int to) {
    if (to > t.size) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (owner[i] != Extraction.FREE) {
        return false;
      }
    }
    return true;
  }

  /** The value of a one-token phrase of {@code trie} at free token {@code i}, or null. */
  <V> V at(PhraseTrie<V> trie, int i) {
    if (i >= t.size || owner[i] != Extraction.FREE) {
      return null;
    }
    PhraseTrie.Match<V> m = trie.longest(t, i, t.size, true);
    return m == null || m.length() != 1 ? null : m.value();
  }

  /** The time-word role of the free token {@code i}, or null. */
  TimeRole role(int i) {
    return at(lex.timeWords, i);
  }

  /** The normalized text of tokens {@code [from, to)}. */
  String normalized(int from, int to) {
    return text.text().substring(t.start[from], t.end[to - 1]);
  }

  /** The weekday named at {@code i} (definite or not, with clitics), or null. */
  PhraseTrie.Match<WeekdayEntry> weekdayAt(int i) {
    if (i >= t.size || owner[i] != Extraction.FREE || !t.isWord(i)) {
      return null;
    }
    PhraseTrie.Match<WeekdayEntry> w = lex.weekdays.longest(t, i, t.size, true);
    if (w == null) {
      WeekdayEntry e = lex.weekdays.single(Keys.DEFINITE_ARTICLE + t.key(i));
      w = e == null ? null : new PhraseTrie.Match<>(1, e);
    }
    return w;
  }

  /** "ل" left of "الموافق لـ" once the tatweel is gone. */
  static final String LAM_ALONE = "\u0644";

  /** "آخر" (last), folded. */
  static final String LAST_WORD = "\u0627\u062E\u0631";

  /** A month-or-longer interval from a value: itself, or a yearless month resolved at publication. */
  TimeValue.Interval resolvedMonth(TimeValue v) {
    if (v instanceof TimeValue.Interval i) {
      return i;
    }
    if (v instanceof TimeValue.Partial pt && anchor.isPresent()) {
      return pt.tryResolve(anchor.get()).orElse(null);
    }
    return null;
  }

  SeasonEntry seasonAt(int p) {
    if (p >= t.size || owner[p] != Extraction.FREE) {
      return null;
    }
    PhraseTrie.Match<SeasonEntry> m = lex.seasons.longest(t, p, t.size, true);
    return m == null ? null : m.value();
  }

  TimeValue.Partial.Direction direction(int i) {
    TimeRole r = role(i);
    if (r == TimeRole.NEXT) {
      return TimeValue.Partial.Direction.NEXT;
    }
    if (r == TimeRole.PREVIOUS) {
      return TimeValue.Partial.Direction.PREVIOUS;
    }
    return TimeValue.Partial.Direction.LATEST;
  }

  /** The date, or null when the month lacks the day (31 February); arguments already in range. */
  static LocalDate validDate(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
  }

  /** A plain day-of-month number 1-31 at {@code i}, else 0. */
  int dayNumber(int i) {
    if (!t.isNumber(i) || owner[i] != Extraction.FREE) {
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
  int year(int i) {
    if (!t.isNumber(i) || owner[i] != Extraction.FREE) {
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
        || owner[i + 1] == Extraction.FREE && role(i + 1) == TimeRole.HIJRI_MARK)) {
      return 0;
    }
    return y;
  }

  /** "هـ" after a year marks the Hijri calendar: such a year is read by {@link HijriDates}. */
  static final String HIJRI_SUFFIX = "\u0647";

  /** "م" after a year marks the Gregorian calendar; it belongs to the year mention. */
  static final String GREGORIAN_SUFFIX = "\u0645";

  /** The token after the year at {@code i}, past a Gregorian mark ("2013م", "2013 ميلادية"). */
  int yearEnd(int i) {
    if (t.isWord(i + 1) && owner[i + 1] == Extraction.FREE && (t.attached(i + 1) && t.keyIs(i + 1, GREGORIAN_SUFFIX)
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
  int[] month(int i, boolean contextBefore) {
    if (i >= t.size || owner[i] != Extraction.FREE) {
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

  /**
   * The unit word at {@code i} (through its clitic forms), or with {@code definite} the unit after
   * a definite article ("الشهر", "للشهر"); {@code null} if none.
   */
  UnitEntry unitAt(int i, boolean definite) {
    String f = unitForm(i, definite);
    return f == null ? null : lex.units.single(f);
  }

  /** The clitic-free, article-free form of the unit word at {@code i}, as looked up. */
  String unitForm(int i, boolean definite) {
    if (!t.isWord(i) || owner[i] != Extraction.FREE) {
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

  static Set<ValueFlag> with(Set<ValueFlag> flags, ValueFlag f) {
    java.util.EnumSet<ValueFlag> out = java.util.EnumSet.of(f);
    out.addAll(flags);
    return out;
  }
}
