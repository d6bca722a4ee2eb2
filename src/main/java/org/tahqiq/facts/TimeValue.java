package org.tahqiq.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a text refers to: a calendar {@link Interval}, a {@link Partial} date whose year the
 * text left open ("في فبراير" in an article without publication date), or a {@link Relative}
 * expression ("أمس", "الشهر المقبل") kept unresolved because no publication date anchors it. The
 * extractor never guesses an anchor; {@link #resolve(LocalDate)} lets a later stage supply one.
 *
 * <p>{@link #contains} and {@link #overlaps} answer only what is certain: interval against
 * interval by dates, a partial date against the month (and day) it names, a relative expression
 * only against an equal one. Modifiers are ignored. All implementations are immutable and
 * thread-safe.
 *
 * <p>Resolution is bounded: a resolved interval always lies within the years {@link #MIN_YEAR} to
 * {@link #MAX_YEAR}; {@link #tryResolve} answers empty for anything beyond ("منذ 4.2 مليارات سنة",
 * or an article published in year 999999999), so no text and no anchor can make it throw.
 */
public sealed interface TimeValue permits TimeValue.Interval, TimeValue.Partial, TimeValue.Relative {

  /** First year of the supported range of resolved times and publication dates. */
  int MIN_YEAR = 1;

  /** Last year of the supported range of resolved times and publication dates. */
  int MAX_YEAR = 9999;

  /** Whether the days {@code [start, endExclusive)} lie within {@link #MIN_YEAR}–{@link #MAX_YEAR}. */
  static boolean inRange(LocalDate start, LocalDate endExclusive) {
    return start.getYear() >= MIN_YEAR && endExclusive.isAfter(start)
        && (endExclusive.getYear() <= MAX_YEAR
            || endExclusive.getYear() == MAX_YEAR + 1 && endExclusive.getDayOfYear() == 1);
  }

  /** Whether {@code day} lies within {@link #MIN_YEAR}–{@link #MAX_YEAR}. */
  static boolean inRange(LocalDate day) {
    return day.getYear() >= MIN_YEAR && day.getYear() <= MAX_YEAR;
  }

  /** How the text qualified the time (exact, approximately, before, after). */
  TimeModifier modifier();

  /** Whether every date this value may denote is certainly also denoted by this value. */
  boolean contains(TimeValue other);

  /** Whether this and {@code other} certainly share at least one date. */
  boolean overlaps(TimeValue other);

  /**
   * The interval this value denotes for an article published on {@code publication}; an
   * {@link Interval} resolves to itself. Empty when {@code publication} or the result lies outside
   * {@link #MIN_YEAR}–{@link #MAX_YEAR}. Total: never throws for a non-null argument.
   */
  Optional<Interval> tryResolve(LocalDate publication);

  /**
   * {@link #tryResolve} for callers that checked the range.
   *
   * @throws DateTimeException if {@link #tryResolve} is empty
   */
  default Interval resolve(LocalDate publication) {
    Objects.requireNonNull(publication, "publication must not be null");
    return tryResolve(publication).orElseThrow(() -> new DateTimeException(
        this + " resolved against " + publication + " falls outside the years " + MIN_YEAR + "-" + MAX_YEAR));
  }

  /**
   * The dates {@code [start, endExclusive)}; "صيف عام 2000" is {@code [2000-06-01, 2000-09-01)}.
   *
   * @param start        first day, inclusive
   * @param endExclusive day after the last day, {@code > start}
   * @param granularity  how precisely the text named the interval
   * @param modifier     how the text qualified it
   */
  record Interval(LocalDate start, LocalDate endExclusive, Granularity granularity, TimeModifier modifier)
      implements TimeValue {

    public Interval {
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(endExclusive, "endExclusive must not be null");
      Objects.requireNonNull(granularity, "granularity must not be null");
      Objects.requireNonNull(modifier, "modifier must not be null");
      if (!start.isBefore(endExclusive)) {
        throw new IllegalArgumentException("empty interval [" + start + ", " + endExclusive + ")");
      }
    }

    /** One exact day. */
    public static Interval day(LocalDate day) {
      return new Interval(day, day.plusDays(1), Granularity.DAY, TimeModifier.EXACT);
    }

    /** One exact calendar month. */
    public static Interval month(YearMonth month) {
      return new Interval(
          month.atDay(1), month.plusMonths(1).atDay(1), Granularity.MONTH, TimeModifier.EXACT);
    }

    /** One exact calendar year. */
    public static Interval year(int year) {
      return new Interval(
          LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), Granularity.YEAR, TimeModifier.EXACT);
    }

    /** This interval with another modifier. */
    public Interval withModifier(TimeModifier newModifier) {
      return new Interval(start, endExclusive, granularity, newModifier);
    }

    @Override
    public boolean contains(TimeValue other) {
      return other instanceof Interval o
          && !o.start.isBefore(start)
          && !o.endExclusive.isAfter(endExclusive);
    }

    @Override
    public boolean overlaps(TimeValue other) {
      if (other instanceof Interval o) {
        return o.start.isBefore(endExclusive) && start.isBefore(o.endExclusive);
      }
      return other instanceof Partial p && p.overlaps(this);
    }

    @Override
    public Optional<Interval> tryResolve(LocalDate publication) {
      return Optional.of(this);
    }
  }

  /**
   * A month (and maybe a day) of an unknown year: "في فبراير" without a publication date.
   *
   * @param month     the month
   * @param day       day of month, or 0 when the text named only the month
   * @param direction which occurrence the text meant relative to publication
   * @param modifier  how the text qualified it
   */
  record Partial(Month month, int day, Direction direction, TimeModifier modifier) implements TimeValue {

    /** Which occurrence of a month a text means, counted from the publication month. */
    public enum Direction {
      /** The most recent occurrence not after publication ("في فبراير"). */
      LATEST,
      /**
       * The most recent occurrence before the publication month ("سبتمبر الماضي"); with a day,
       * before the publication day.
       */
      PREVIOUS,
      /**
       * The first occurrence after the publication month ("سبتمبر المقبل"); with a day, after the
       * publication day ("16 فبراير المقبل" in an article of 2 February is that month).
       */
      NEXT,
      /**
       * The occurrence nearest to the publication day, before or after ("1 مارس" in an article of
       * 12 February is 1 March of the same year; "15 أغسطس" is the August before).
       */
      NEAREST
    }

    public Partial {
      Objects.requireNonNull(month, "month must not be null");
      Objects.requireNonNull(direction, "direction must not be null");
      Objects.requireNonNull(modifier, "modifier must not be null");
      if (day < 0 || day > month.maxLength()) {
        throw new IllegalArgumentException("day " + day + " invalid for " + month);
      }
    }

    /** Of the years around {@code candidate}, the month (day) nearest to {@code publication}. */
    private YearMonth nearest(YearMonth candidate, LocalDate publication) {
      YearMonth best = candidate;
      long bestDistance = Long.MAX_VALUE;
      for (int k = -1; k <= 1; k++) {
        YearMonth ym = candidate.plusYears(k);
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        long distance;
        if (day != 0) {
          LocalDate d = ym.atDay(Math.min(day, ym.lengthOfMonth()));
          distance = Math.abs(ChronoUnit.DAYS.between(publication, d));
        } else if (publication.isBefore(first)) {
          distance = ChronoUnit.DAYS.between(publication, first);
        } else {
          distance = publication.isAfter(last) ? ChronoUnit.DAYS.between(last, publication) : 0;
        }
        if (distance < bestDistance) {
          best = ym;
          bestDistance = distance;
        }
      }
      return best;
    }

    private boolean matches(LocalDate date) {
      return date.getMonth() == month && (day == 0 || date.getDayOfMonth() == day);
    }

    @Override
    public boolean contains(TimeValue other) {
      if (other instanceof Partial p) {
        return p.month == month && (day == 0 || p.day == day);
      }
      if (other instanceof Interval i) {
        LocalDate last = i.endExclusive().minusDays(1);
        return matches(i.start()) && matches(last) && ChronoUnit.DAYS.between(i.start(), last) < 31;
      }
      return false;
    }

    @Override
    public boolean overlaps(TimeValue other) {
      if (other instanceof Partial p) {
        return p.month == month && (day == 0 || p.day == 0 || p.day == day);
      }
      if (other instanceof Interval i) {
        if (ChronoUnit.DAYS.between(i.start(), i.endExclusive()) >= 366) {
          return true;
        }
        YearMonth last = YearMonth.from(i.endExclusive().minusDays(1));
        for (YearMonth ym = YearMonth.from(i.start()); !ym.isAfter(last); ym = ym.plusMonths(1)) {
          if (ym.getMonth() != month) {
            continue;
          }
          if (day == 0) {
            return true;
          }
          if (day <= ym.lengthOfMonth()) {
            LocalDate d = ym.atDay(day);
            if (!d.isBefore(i.start()) && d.isBefore(i.endExclusive())) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * The occurrence meant by {@link #direction()}; a day that the resolved year lacks (29 February)
     * falls back to the whole month with {@link TimeModifier#APPROX}.
     */
    @Override
    public Optional<Interval> tryResolve(LocalDate publication) {
      Objects.requireNonNull(publication, "publication must not be null");
      if (!inRange(publication)) {
        return Optional.empty();
      }
      YearMonth pub = YearMonth.from(publication);
      YearMonth ym = pub.withMonth(month.getValue());
      // a day with a direction is counted from the publication day ("16 فبراير المقبل" on
      // 2 February is this month), a month alone from the publication month
      boolean dayAfter = day != 0 && day > publication.getDayOfMonth();
      boolean dayBefore = day != 0 && day < publication.getDayOfMonth();
      switch (direction) {
        case LATEST -> ym = ym.isAfter(pub) ? ym.minusYears(1) : ym;
        case PREVIOUS -> ym = ym.isBefore(pub) || ym.equals(pub) && dayBefore ? ym : ym.minusYears(1);
        case NEXT -> ym = ym.isAfter(pub) || ym.equals(pub) && dayAfter ? ym : ym.plusYears(1);
        case NEAREST -> ym = nearest(ym, publication);
      }
      if (ym.getYear() < MIN_YEAR || ym.getYear() > MAX_YEAR) {
        return Optional.empty();
      }
      if (day == 0) {
        return Optional.of(Interval.month(ym).withModifier(modifier));
      }
      if (day > ym.lengthOfMonth()) {
        return Optional.of(Interval.month(ym).withModifier(TimeModifier.APPROX));
      }
      return Optional.of(Interval.day(ym.atDay(day)).withModifier(modifier));
    }
  }

  /**
   * A time counted from the publication date: the dates {@code publication + [minOffset,
   * maxOffset] unit}, widened to whole {@code granularity} periods; with a {@code weekday}, the
   * latest such weekday in that window ("الثلاثاء" is the window {@code [-6, 0]} days with Tuesday).
   *
   * @param expression  the normalized text of the expression, for display and equality
   * @param unit        one of DAYS, WEEKS, MONTHS, YEARS
   * @param minOffset   earliest offset from publication in {@code unit}s
   * @param maxOffset   latest offset, {@code >= minOffset}
   * @param weekday     a weekday the text named, if any (then {@code unit} is DAYS)
   * @param granularity granularity of the resolved interval
   * @param modifier    how the text qualified it
   */
  record Relative(
      String expression,
      ChronoUnit unit,
      long minOffset,
      long maxOffset,
      Optional<DayOfWeek> weekday,
      Granularity granularity,
      TimeModifier modifier)
      implements TimeValue {

    public Relative {
      Objects.requireNonNull(expression, "expression must not be null");
      Objects.requireNonNull(unit, "unit must not be null");
      Objects.requireNonNull(weekday, "weekday must not be null (use Optional.empty())");
      Objects.requireNonNull(granularity, "granularity must not be null");
      Objects.requireNonNull(modifier, "modifier must not be null");
      if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS
          && unit != ChronoUnit.YEARS) {
        throw new IllegalArgumentException("unit must be DAYS, WEEKS, MONTHS or YEARS: " + unit);
      }
      if (maxOffset < minOffset) {
        throw new IllegalArgumentException("maxOffset " + maxOffset + " < minOffset " + minOffset);
      }
      if (weekday.isPresent() && unit != ChronoUnit.DAYS) {
        throw new IllegalArgumentException("a weekday needs unit DAYS, not " + unit);
      }
    }

    @Override
    public boolean contains(TimeValue other) {
      return equals(other);
    }

    @Override
    public boolean overlaps(TimeValue other) {
      return equals(other);
    }

    /**
     * Resolves against {@code publication}. When a weekday is given but no day of the window has it
     * (an article saying "أمس الثلاثاء" on a Thursday), the window itself is returned with
     * {@link TimeModifier#APPROX}: the offset word is anchored to publication, the weekday is not
     * checked further.
     */
    @Override
    public Optional<Interval> tryResolve(LocalDate publication) {
      Objects.requireNonNull(publication, "publication must not be null");
      if (!inRange(publication)) {
        return Optional.empty();
      }
      LocalDate lo = plusBounded(publication, minOffset, unit);
      LocalDate hi = plusBounded(publication, maxOffset, unit);
      if (lo == null || hi == null) {
        return Optional.empty();
      }
      if (weekday.isPresent()) {
        // a weekday window spans at most a few weeks; longer ones are scanned from their end
        for (int k = 0; k < 7 && !hi.minusDays(k).isBefore(lo); k++) {
          LocalDate d = hi.minusDays(k);
          if (d.getDayOfWeek() == weekday.get()) {
            return Optional.of(Interval.day(d).withModifier(modifier));
          }
        }
        return Optional.of(new Interval(lo, hi.plusDays(1), Granularity.DAY, TimeModifier.APPROX));
      }
      LocalDate start = floor(lo, granularity);
      LocalDate end = ceil(hi, granularity);
      if (!inRange(start, end)) {
        return Optional.empty();
      }
      return Optional.of(new Interval(start, end, granularity, modifier));
    }

    /**
     * Whether the offsets are small enough to resolve from some publication date within the
     * supported years ("منذ 4.2 مليارات سنة" is not).
     */
    public boolean inSupportedSpan() {
      long span = maxSpan(unit);
      return minOffset >= -span && minOffset <= span && maxOffset >= -span && maxOffset <= span;
    }

    /** Widest offsets, per unit, that can stay within the supported years from any anchor. */
    private static long maxSpan(ChronoUnit unit) {
      return switch (unit) {
        case DAYS -> 366L * (MAX_YEAR - MIN_YEAR + 1);
        case WEEKS -> 53L * (MAX_YEAR - MIN_YEAR + 1);
        case MONTHS -> 12L * (MAX_YEAR - MIN_YEAR + 1);
        default -> MAX_YEAR - MIN_YEAR + 1;
      };
    }

    /** {@code d + n unit} when it stays within the supported years, else {@code null}. */
    private static LocalDate plusBounded(LocalDate d, long n, ChronoUnit unit) {
      if (n < -maxSpan(unit) || n > maxSpan(unit)) { // not Math.abs: abs(Long.MIN_VALUE) < 0
        return null;
      }
      LocalDate r = d.plus(n, unit); // |n| is bounded, d in range: cannot overflow LocalDate
      // whole periods around r (floor/ceil to a decade) must stay representable too
      return r.getYear() >= MIN_YEAR && r.getYear() <= MAX_YEAR ? r : null;
    }

    private static LocalDate floor(LocalDate d, Granularity g) {
      return switch (g) {
        case DAY -> d;
        case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
        case MONTH, SEASON -> d.withDayOfMonth(1);
        case YEAR -> d.withDayOfYear(1);
        case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
      };
    }

    private static LocalDate ceil(LocalDate d, Granularity g) {
      return switch (g) {
        case DAY -> d.plusDays(1);
        case WEEK -> floor(d, g).plusWeeks(1);
        case MONTH, SEASON -> d.withDayOfMonth(1).plusMonths(1);
        case YEAR -> d.withDayOfYear(1).plusYears(1);
        case DECADE -> floor(d, g).plusYears(10);
      };
    }
  }
}
