package org.tahqiq.facts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The stable, documented text form of typed values, for other tools to read (the JSON output's
 * {@code normalized} of times and quantities, the conformance suite). Format version 1; fields
 * may be added at the end, never renamed, reordered or removed.
 *
 * <p><b>Times</b>: {@code VALUE;grain=G;calendar=C[;hijri=H];modifier=M[;flags=F,...]}
 * <ul>
 *   <li>{@code VALUE} of a resolved time is an ISO 8601 interval of days {@code START/END}, the end
 *       exclusive: "صيف عام 2000" is {@code 2000-06-01/2000-09-01}, "الثلاثاء 12 فبراير 2013"
 *       {@code 2013-02-12/2013-02-13}. Both dates are {@code yyyy-mm-dd} with a four-digit year in
 *       {@value TimeValue#MIN_YEAR}–{@value TimeValue#MAX_YEAR} (the end may be
 *       {@code 10000-01-01}), never cut off.
 *   <li>A month or day without year (no publication date anchored it) is ISO 8601's
 *       {@code --MM} or {@code --MM-DD}.
 *   <li>An unresolved relative time is {@code relative:MIN..MAX:UNIT[:WEEKDAY]}: offsets from
 *       publication in {@code days|weeks|months|years}, and the weekday named ({@code thursday}).
 *   <li>{@code G}: {@code day|week|month|season|year|decade} (lower-case {@link Granularity}).
 *   <li>{@code C}: {@code gregorian|hijri}; {@code H} the Hijri form {@code yyyy[-mm[-dd]]} (Umm
 *       al-Qura) when the text wrote a Hijri date.
 *   <li>{@code M}: {@code exact|approx|before|after} (lower-case {@link TimeModifier}).
 *   <li>{@code F}: lower-case {@link ValueFlag}s, e.g. {@code out_of_range}, {@code weekday_mismatch}.
 * </ul>
 *
 * <p><b>Quantities</b>: {@code VALUE;kind=K[;unit=U][;approx]}
 * <ul>
 *   <li>{@code VALUE} is a plain decimal ({@code 525}, {@code 0.25}, never an exponent) or a closed
 *       range {@code LOW..HIGH}, {@code HIGH} possibly {@code inf} ("أكثر من 12" is {@code 12..inf}).
 *   <li>{@code K}: lower-case {@link QuantityKind}; {@code U} its unit ({@code year}, {@code USD},
 *       {@code %}), absent for counts and ranks; {@code approx} when the text hedged.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
public final class NormalizedForm {

  /** Version of this format; bumped only by an incompatible change, which the format forbids. */
  public static final int VERSION = 1;

  private NormalizedForm() {}

  /** The normalized form of a time mention. */
  public static String of(TimeMention m) {
    StringBuilder b = new StringBuilder(64);
    TimeValue v = m.value();
    b.append(value(v)).append(";grain=").append(lower(granularity(v)));
    b.append(";calendar=").append(lower(m.calendar()));
    m.hijri().ifPresent(h -> b.append(";hijri=").append(h));
    b.append(";modifier=").append(lower(v.modifier()));
    if (!m.flags().isEmpty()) {
      StringJoiner j = new StringJoiner(",");
      for (ValueFlag f : ValueFlag.values()) {
        if (m.flags().contains(f)) {
          j.add(lower(f));
        }
      }
      b.append(";flags=").append(j);
    }
    return b.toString();
  }

  /** The value part of a time: an interval, a yearless month (day), or a relative offset. */
  public static String value(TimeValue v) {
    if (v instanceof TimeValue.Interval i) {
      return date(i.start()) + "/" + date(i.endExclusive());
    }
    if (v instanceof TimeValue.Partial p) {
      return String.format(Locale.ROOT, "--%02d", p.month().getValue())
          + (p.day() == 0 ? "" : String.format(Locale.ROOT, "-%02d", p.day()));
    }
    TimeValue.Relative r = (TimeValue.Relative) v;
    return "relative:" + r.minOffset() + ".." + r.maxOffset() + ":" + lower(r.unit())
        + r.weekday().map(d -> ":" + lower(d)).orElse("");
  }

  /** The granularity of any time value; a month without a day counts as a month. */
  public static Granularity granularity(TimeValue v) {
    if (v instanceof TimeValue.Interval i) {
      return i.granularity();
    }
    if (v instanceof TimeValue.Partial p) {
      return p.day() == 0 ? Granularity.MONTH : Granularity.DAY;
    }
    return ((TimeValue.Relative) v).granularity();
  }

  /** The normalized form of a quantity. */
  public static String of(QuantityValue q) {
    StringBuilder b = new StringBuilder(32);
    b.append(range(q)).append(";kind=").append(lower(q.kind()));
    if (!q.unit().isEmpty()) {
      b.append(";unit=").append(q.unit());
    }
    if (q.approximate()) {
      b.append(";approx");
    }
    return b.toString();
  }

  /** The value part of a quantity: {@code V} or {@code LOW..HIGH}. */
  public static String range(QuantityValue q) {
    return q.isExact() ? number(q.low()) : number(q.low()) + ".." + number(q.high());
  }

  /** A finite double as a plain decimal without exponent or trailing zeros; {@code inf} for +∞. */
  static String number(double d) {
    if (d == Double.POSITIVE_INFINITY) {
      return "inf";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** {@code yyyy-mm-dd} with at least four year digits and no sign (years are positive). */
  private static String date(java.time.LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
