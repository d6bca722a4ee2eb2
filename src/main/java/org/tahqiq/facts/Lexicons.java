package org.tahqiq.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.token.LexiconLines;

/**
 * All parsed vocabularies of one {@link FactExtractor}. Built once, read-only afterwards; safe to
 * share between threads.
 */
final class Lexicons {

  record MonthEntry(int month, boolean strict) {}

  record SeasonEntry(int firstMonth, int months) {}

  record WeekdayEntry(DayOfWeek day, boolean strict) {}

  enum TimeRole {
    YEAR_CUE, MONTH_CUE, IN, SINCE, BEFORE, AFTER, UNTIL, DAY_PART, NEXT, PREVIOUS,
    CORRESPONDING, HIJRI_MARK, GREGORIAN_MARK, EARLY, MIDDLE, LATE,
    FIRST_HALF, SECOND_HALF, FIRST_QUARTER, SECOND_QUARTER, THIRD_QUARTER, FOURTH_QUARTER, OF
  }

  record RelativeEntry(ChronoUnit unit, int offset) {}

  enum NumberRole { UNIT, TEEN_ONE, TEEN, TEN, HUNDRED, SCALE, SCALE_PLURAL, FRACTION, FEW, FRACTION_PLURAL, ZERO }

  record NumberEntry(double value, double high, NumberRole role) {}

  record OrdinalEntry(int rank, boolean pre) {}

  record UnitEntry(QuantityKind kind, String unit, double multiplier, int count) {}

  enum Approx { ABOUT, MORE_THAN, LESS_THAN, ABOUT_AFTER }

  final PhraseTrie<MonthEntry> months = new PhraseTrie<>(0, false);
  final PhraseTrie<MonthEntry> hijriMonths = new PhraseTrie<>(1, false);
  final PhraseTrie<SeasonEntry> seasons = new PhraseTrie<>(2, false);
  final PhraseTrie<WeekdayEntry> weekdays = new PhraseTrie<>(3, false);
  final PhraseTrie<TimeRole> timeWords = new PhraseTrie<>(4, false);
  final PhraseTrie<RelativeEntry> relativeTimes = new PhraseTrie<>(5, false);
  final PhraseTrie<NumberEntry> numbers = new PhraseTrie<>(6, false);
  final PhraseTrie<OrdinalEntry> ordinals = new PhraseTrie<>(7, false);
  final PhraseTrie<UnitEntry> units = new PhraseTrie<>(8, false);
  final PhraseTrie<Approx> approximations = new PhraseTrie<>(9, false);
  final PhraseTrie<Boolean> ageCues = new PhraseTrie<>(10, false);
  final PhraseTrie<Boolean> titles = new PhraseTrie<>(11, false);
  final PhraseTrie<Boolean> nameStopwords = new PhraseTrie<>(12, false);

  /**
   * First keys of every phrase that can start a time expression (months, seasons, weekdays, time
   * words, relative times, ordinals) or a quantity (approximations, number words, units, ordinals):
   * a word none of whose clitic forms is here starts neither, which lets the extractor skip it.
   */
  final Set<String> timeStarts = new HashSet<>();
  final Set<String> quantityStarts = new HashSet<>();

  /** Loads the default resources, then {@code extra} texts per lexicon, in order. */
  Lexicons(Map<Lexicon, List<String>> extra) {
    for (Lexicon l : Lexicon.values()) {
      load(l, l.resource(), readResource(l.resource()));
      if (l == Lexicon.UNITS) {
        addJdkCurrencies();
      }
      int n = 0;
      for (String text : extra.getOrDefault(l, List.of())) {
        load(l, "extra " + l + " #" + (++n), text);
      }
    }
    for (PhraseTrie<?> trie : List.of(months, hijriMonths, seasons, weekdays, timeWords, relativeTimes, ordinals)) {
      timeStarts.addAll(trie.firstKeys());
    }
    for (PhraseTrie<?> trie : List.of(approximations, numbers, units, ordinals)) {
      quantityStarts.addAll(trie.firstKeys());
    }
    withArticleVariants(timeStarts);
    withArticleVariants(quantityStarts);
  }

  /**
   * Adds the Arabic names of the world's currencies that the JDK's locale data (CLDR) knows
   * ({@code Currency.getDisplayName} in Arabic: "ريال سعودي", "دينار كويتي", "جنيه سوداني", about
   * 220) as money units named by their ISO 4217 code. A phrase {@code units.tsv} already has keeps
   * its entry there, and a user's units, loaded after, override both.
   */
  private void addJdkCurrencies() {
    Locale arabic = Locale.forLanguageTag("ar");
    for (Currency c : Currency.getAvailableCurrencies()) {
      String name = c.getDisplayName(arabic).strip();
      if (name.isEmpty() || !name.chars().allMatch(ch -> ch == ' ' || Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.ARABIC)) {
        continue; // no Arabic name: CLDR gave the code or an English name
      }
      units.put(phrase(name), new UnitEntry(QuantityKind.MONEY, c.getCurrencyCode(), 1, 1), (a, b) -> a);
    }
  }

  /** Adds each key also with the definite article removed and added ("الشهر" / "شهر"). */
  private static void withArticleVariants(Set<String> keys) {
    for (String k : List.copyOf(keys)) {
      keys.add(Keys.withoutArticle(k));
      keys.add(Keys.DEFINITE_ARTICLE + k);
    }
  }

  /** The lexicon tries, each with its own {@link PhraseTrie#slot() slot}. */
  List<PhraseTrie<?>> tries() {
    return List.of(months, hijriMonths, seasons, weekdays, timeWords, relativeTimes, numbers, ordinals,
        units, approximations, ageCues, titles, nameStopwords);
  }

  static Map<Lexicon, List<String>> noExtras() {
    return new EnumMap<>(Lexicon.class);
  }

  static String readResource(String name) {
    try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/tahqiq/facts/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  static String readAll(Reader reader, String what) {
    try (BufferedReader r = new BufferedReader(reader)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = r.read(buf)) >= 0) {
        b.append(buf, 0, n);
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what, e);
    }
  }

  /** The folded token keys of a phrase written in natural spelling. */
  static String[] phrase(String natural) {
    String norm = ArabicNormalizer.defaults().normalize(natural);
    return Tokens.of(norm.toCharArray(), 0, norm.length()).keys();
  }

  /** Non-comment lines of a lexicon text, split at TAB, with 1-based line numbers. */
  static List<String[]> lines(String text, String source, int minFields) {
    List<LexiconLines.Line> lines;
    try {
      lines = LexiconLines.read(new StringReader(text), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    List<String[]> out = new ArrayList<>();
    for (LexiconLines.Line line : lines) {
      List<String> f = line.fields();
      if (f.size() < minFields || f.get(0).isEmpty() || phrase(f.get(0)).length == 0) {
        throw line.error("expected " + minFields + " TAB-separated fields, got '" + line.content() + "'");
      }
      String[] withLine = f.toArray(new String[f.size() + 1]);
      withLine[f.size()] = line.where();
      out.add(withLine);
    }
    return out;
  }

  private void load(Lexicon l, String source, String text) {
    switch (l) {
      case MONTHS -> {
        for (String[] f : lines(text, source, 2)) {
          int m = intField(f, 1, 1, 12);
          months.put(phrase(f[0]), new MonthEntry(m, flag(f, 2, "strict")), (a, b) -> b);
        }
      }
      case HIJRI_MONTHS -> {
        for (String[] f : lines(text, source, 2)) {
          int m = intField(f, 1, 1, 12);
          hijriMonths.put(phrase(f[0]), new MonthEntry(m, flag(f, 2, "strict")), (a, b) -> b);
        }
      }
      case SEASONS -> {
        for (String[] f : lines(text, source, 3)) {
          seasons.put(phrase(f[0]),
              new SeasonEntry(intField(f, 1, 1, 12), intField(f, 2, 1, 12)), (a, b) -> b);
        }
      }
      case WEEKDAYS -> {
        for (String[] f : lines(text, source, 2)) {
          weekdays.put(phrase(f[0]),
              new WeekdayEntry(DayOfWeek.of(intField(f, 1, 1, 7)), flag(f, 2, "strict")), (a, b) -> b);
        }
      }
      case TIME_WORDS -> {
        for (String[] f : lines(text, source, 2)) {
          timeWords.put(phrase(f[0]), enumField(TimeRole.class, f, 1), (a, b) -> b);
        }
      }
      case RELATIVE_TIMES -> {
        for (String[] f : lines(text, source, 3)) {
          ChronoUnit u = enumField(ChronoUnit.class, f, 1);
          if (u != ChronoUnit.DAYS && u != ChronoUnit.WEEKS && u != ChronoUnit.MONTHS
              && u != ChronoUnit.YEARS) {
            throw new IllegalArgumentException(f[f.length - 1] + ": unit must be DAYS, WEEKS, MONTHS or YEARS");
          }
          relativeTimes.put(phrase(f[0]),
              new RelativeEntry(u, intField(f, 2, -1000, 1000)), (a, b) -> b);
        }
      }
      case NUMBERS -> {
        for (String[] f : lines(text, source, 3)) {
          NumberRole role = enumField(NumberRole.class, f, 2);
          double lo;
          double hi;
          int dash = f[1].indexOf('-', 1);
          if (role == NumberRole.FEW && dash > 0) {
            lo = doubleField(f, f[1].substring(0, dash));
            hi = doubleField(f, f[1].substring(dash + 1));
          } else {
            lo = hi = doubleField(f, f[1]);
          }
          numbers.put(phrase(f[0]), new NumberEntry(lo, hi, role), (a, b) -> b);
        }
      }
      case ORDINALS -> {
        for (String[] f : lines(text, source, 3)) {
          ordinals.put(phrase(f[0]),
              new OrdinalEntry(intField(f, 1, 1, 1000), f[2].equalsIgnoreCase("PRE")), (a, b) -> b);
        }
      }
      case UNITS -> {
        for (String[] f : lines(text, source, 5)) {
          units.put(phrase(f[0]),
              new UnitEntry(enumField(QuantityKind.class, f, 1), f[2], doubleField(f, f[3]),
                  intField(f, 4, 1, 2)),
              (a, b) -> b);
        }
      }
      case APPROXIMATIONS -> {
        for (String[] f : lines(text, source, 2)) {
          approximations.put(phrase(f[0]), enumField(Approx.class, f, 1), (a, b) -> b);
        }
      }
      case AGE_CUES -> lines(text, source, 1).forEach(f -> ageCues.put(phrase(f[0]), true, (a, b) -> b));
      case TITLES -> lines(text, source, 1).forEach(f -> titles.put(phrase(f[0]), true, (a, b) -> b));
      case NAME_STOPWORDS ->
          lines(text, source, 1).forEach(f -> nameStopwords.put(phrase(f[0]), true, (a, b) -> b));
    }
  }

  private static boolean flag(String[] f, int i, String name) {
    return f.length - 1 > i && f[i].equalsIgnoreCase(name);
  }

  private static int intField(String[] f, int i, int min, int max) {
    try {
      int v = Integer.parseInt(f[i]);
      if (v < min || v > max) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          f[f.length - 1] + ": field " + (i + 1) + " must be an integer in [" + min + ", " + max + "]: '"
              + f[i] + "'");
    }
  }

  private static double doubleField(String[] f, String s) {
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v) || v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(f[f.length - 1] + ": not a non-negative number: '" + s + "'");
    }
  }

  private static <E extends Enum<E>> E enumField(Class<E> type, String[] f, int i) {
    try {
      return Enum.valueOf(type, f[i].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          f[f.length - 1] + ": field " + (i + 1) + " must be one of "
              + java.util.Arrays.toString(type.getEnumConstants()) + ": '" + f[i] + "'");
    }
  }
}
