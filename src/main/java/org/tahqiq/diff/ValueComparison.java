package org.tahqiq.diff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.tahqiq.facts.Granularity;
import org.tahqiq.facts.QuantityKind;
import org.tahqiq.facts.QuantityValue;
import org.tahqiq.facts.TimeModifier;
import org.tahqiq.facts.TimeValue;

/**
 * How two typed values relate, and their canonical strings. Pure functions; thread-safe.
 *
 * <p>An empty result means the values cannot be compared (a relative time of an article without
 * publication date against an absolute one; "since 2019" against "2019"; a count against a
 * duration): such claims are never aligned, so they can neither agree nor conflict.
 */
final class ValueComparison {
  private ValueComparison() {}

  /** How time {@code a} relates to time {@code b}. */
  static Optional<Outcome> compare(TimeValue a, TimeValue b) {
    if (a instanceof TimeValue.Interval x && b instanceof TimeValue.Interval y) {
      return compareIntervals(x, y);
    }
    if (a instanceof TimeValue.Partial x && b instanceof TimeValue.Partial y) {
      if (x.month() != y.month()) {
        return Optional.of(Outcome.CONFLICT);
      }
      if (x.day() == y.day()) {
        return Optional.of(Outcome.AGREE);
      }
      return Optional.of(x.day() == 0 || y.day() == 0 ? Outcome.REFINES : Outcome.CONFLICT);
    }
    if (a instanceof TimeValue.Partial p && b instanceof TimeValue.Interval i) {
      return comparePartial(p, i);
    }
    if (a instanceof TimeValue.Interval i && b instanceof TimeValue.Partial p) {
      return comparePartial(p, i);
    }
    if (a instanceof TimeValue.Relative x && b instanceof TimeValue.Relative y) {
      if (x.weekday().isPresent() || y.weekday().isPresent()) {
        if (x.weekday().isEmpty() || y.weekday().isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(x.weekday().equals(y.weekday()) ? Outcome.AGREE : Outcome.CONFLICT);
      }
      if (x.unit() != y.unit()) {
        return Optional.empty();
      }
      if (x.minOffset() == y.minOffset() && x.maxOffset() == y.maxOffset()) {
        return Optional.of(Outcome.AGREE);
      }
      boolean overlap = x.minOffset() <= y.maxOffset() && y.minOffset() <= x.maxOffset();
      return Optional.of(overlap ? Outcome.APPROX_AGREE : Outcome.CONFLICT);
    }
    return Optional.empty();
  }

  private static Optional<Outcome> compareIntervals(TimeValue.Interval x, TimeValue.Interval y) {
    boolean xOpen = x.modifier() == TimeModifier.BEFORE || x.modifier() == TimeModifier.AFTER;
    boolean yOpen = y.modifier() == TimeModifier.BEFORE || y.modifier() == TimeModifier.AFTER;
    if (xOpen || yOpen) {
      // "since 2019" bounds a period; it neither equals nor contradicts a date in that period.
      if (xOpen && yOpen && x.modifier() == y.modifier() && x.granularity() == y.granularity()) {
        // "منذ عام 2008" / "منذ عام 2006": the same bound stated twice must be one bound.
        return Optional.of(x.equals(y) ? Outcome.AGREE : Outcome.CONFLICT);
      }
      return Optional.empty();
    }
    boolean approx = x.modifier() == TimeModifier.APPROX || y.modifier() == TimeModifier.APPROX;
    if (x.start().equals(y.start()) && x.endExclusive().equals(y.endExclusive())) {
      return Optional.of(approx ? Outcome.APPROX_AGREE : Outcome.AGREE);
    }
    if (x.contains(y) || y.contains(x)) {
      return Optional.of(approx ? Outcome.APPROX_AGREE : Outcome.REFINES);
    }
    if (x.overlaps(y)) {
      return Optional.of(Outcome.APPROX_AGREE);
    }
    if (approx && widen(x).overlaps(widen(y))) {
      return Optional.of(Outcome.APPROX_AGREE);
    }
    return Optional.of(Outcome.CONFLICT);
  }

  /** An approximate interval widened by one unit of its granularity on each side. */
  private static TimeValue.Interval widen(TimeValue.Interval i) {
    if (i.modifier() != TimeModifier.APPROX) {
      return i;
    }
    long days = switch (i.granularity()) {
      case DAY -> 3;
      case MONTH -> 31;
      default -> 366;
    };
    // clamped at the ends of LocalDate's range: widening never overflows
    LocalDate start = i.start().isAfter(LocalDate.MIN.plusDays(days)) ? i.start().minusDays(days) : LocalDate.MIN;
    LocalDate end = i.endExclusive().isBefore(LocalDate.MAX.minusDays(days))
        ? i.endExclusive().plusDays(days) : LocalDate.MAX;
    return new TimeValue.Interval(start, end, i.granularity(), i.modifier());
  }

  /** A month of unknown year against an interval: only single-month intervals are comparable. */
  private static Optional<Outcome> comparePartial(TimeValue.Partial p, TimeValue.Interval i) {
    LocalDate last = i.endExclusive().minusDays(1);
    if (ChronoUnit.DAYS.between(i.start(), i.endExclusive()) > 31 || i.start().getMonth() != last.getMonth()) {
      return Optional.empty();
    }
    if (i.start().getMonth() != p.month()) {
      return Optional.of(Outcome.CONFLICT);
    }
    if (p.day() != 0 && (p.day() < i.start().getDayOfMonth() || p.day() > last.getDayOfMonth())) {
      return Optional.of(Outcome.CONFLICT);
    }
    boolean sameDays = p.day() == 0 ? i.granularity() == Granularity.MONTH : i.granularity() == Granularity.DAY;
    return Optional.of(sameDays ? Outcome.AGREE : Outcome.REFINES);
  }

  /** How quantity {@code a} relates to {@code b}; empty unless same kind and unit. */
  static Optional<Outcome> compare(QuantityValue a, QuantityValue b) {
    if (!a.comparableTo(b)) {
      return Optional.empty();
    }
    a = atBound(a);
    b = atBound(b);
    if (a.low() == b.low() && a.high() == b.high()) {
      return Optional.of(a.approximate() || b.approximate() ? Outcome.APPROX_AGREE : Outcome.AGREE);
    }
    if (a.contains(b) || b.contains(a)) {
      return Optional.of(a.approximate() || b.approximate() ? Outcome.APPROX_AGREE : Outcome.REFINES);
    }
    if (a.overlaps(b)) {
      return Optional.of(Outcome.APPROX_AGREE);
    }
    return Optional.of(Outcome.CONFLICT);
  }

  /**
   * How far past its bound a hedged bound reaches: "أكثر من 500" is taken as [500, 500·BOUND_REACH],
   * "أقل من 500" as [500 / BOUND_REACH, 500]. News writes a bound near the value it means: "أكثر
   * من 22 مليون" is not "500 million" (a conflict), while "أكثر من 500" and "520" agree.
   */
  static final double BOUND_REACH = 1.5;

  /** A one-sided hedge ("more than", "less than") as an approximate value at its bound. */
  static QuantityValue atBound(QuantityValue q) {
    if (q.high() == Double.POSITIVE_INFINITY) {
      double high = q.low() * BOUND_REACH;
      return new QuantityValue(q.low(), Double.isFinite(high) ? Math.max(high, q.low()) : q.low(), q.kind(), q.unit(), true);
    }
    if (q.approximate() && q.low() == 0 && q.high() > 0) {
      return new QuantityValue(q.high() / BOUND_REACH, q.high(), q.kind(), q.unit(), true);
    }
    return q;
  }

  /** ISO-8601-based canonical form of a time value. */
  static String canonical(TimeValue value) {
    if (value instanceof TimeValue.Interval i) {
      String body = switch (i.granularity()) {
        case YEAR -> String.valueOf(i.start().getYear());
        case MONTH -> i.start().toString().substring(0, 7);
        case DAY -> i.start().toString();
        default -> i.start().toString().substring(0, 7) + "/" + i.endExclusive().minusDays(1).toString().substring(0, 7);
      };
      return prefix(i.modifier()) + body;
    }
    if (value instanceof TimeValue.Partial p) {
      String body = String.format(Locale.ROOT, "--%02d", p.month().getValue())
          + (p.day() == 0 ? "" : String.format(Locale.ROOT, "-%02d", p.day()));
      return prefix(p.modifier()) + body;
    }
    TimeValue.Relative r = (TimeValue.Relative) value;
    String offset = r.minOffset() == r.maxOffset()
        ? String.valueOf(r.minOffset())
        : r.minOffset() + ".." + r.maxOffset();
    return prefix(r.modifier()) + "relative:" + offset + " " + r.unit().toString().toLowerCase(Locale.ROOT)
        + r.weekday().map(d -> " " + d.toString().toLowerCase(Locale.ROOT)).orElse("");
  }

  private static String prefix(TimeModifier modifier) {
    return switch (modifier) {
      case EXACT -> "";
      case APPROX -> "~";
      case BEFORE -> "<";
      case AFTER -> ">=";
    };
  }

  /** Canonical form of a quantity: value or range, then kind and unit. */
  static String canonical(QuantityValue q) {
    String value = q.low() == q.high() ? number(q.low()) : number(q.low()) + ".." + number(q.high());
    String kind = q.kind() == QuantityKind.CARDINAL ? "" : " " + q.kind().toString().toLowerCase(Locale.ROOT);
    String unit = q.unit().isEmpty() ? "" : " " + q.unit();
    return (q.approximate() ? "~" : "") + value + kind + unit;
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
