package org.tahqiq.facts;

import java.util.Objects;

/**
 * A quantity as a closed range {@code [low, high]} of one {@link QuantityKind} and unit. An exact
 * value has {@code low == high}; "نحو ساعتين" is widened by the extractor's approximation
 * tolerance (±10% by default) to {@code [1.8, 2.2]} hours; "أكثر من 12 ساعة" is {@code [12, +∞]};
 * "أقل من 5" is {@code [0, 5]}. Units are normalized so that ranges compare directly: durations in
 * the unit named by {@link #unit()} ("ربع قرن" is 25 {@code year}), money by currency code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param low         lower bound, finite, {@code <= high}
 * @param high        upper bound, may be {@link Double#POSITIVE_INFINITY} for an open "more than"
 * @param kind        what is counted or measured
 * @param unit        unit of {@code low} and {@code high}; empty for {@link QuantityKind#CARDINAL}
 *                    and {@link QuantityKind#ORDINAL}
 * @param approximate whether the text hedged the value (an approximation or bound word)
 */
public record QuantityValue(double low, double high, QuantityKind kind, String unit, boolean approximate) {

  /**
   * Largest magnitude the extractor reports as a value (10^15: beyond it doubles lose integer
   * precision and news do not count). A larger number becomes {@code [MAX_MAGNITUDE, +∞]} with
   * {@link ValueFlag#OUT_OF_RANGE} on its mention.
   */
  public static final double MAX_MAGNITUDE = 1e15;

  public QuantityValue {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(unit, "unit must not be null (use \"\")");
    if (!Double.isFinite(low)) {
      throw new IllegalArgumentException("low must be finite: " + low);
    }
    if (Double.isNaN(high) || high < low) {
      throw new IllegalArgumentException("high must be >= low: [" + low + ", " + high + "]");
    }
  }

  /** An exact value. */
  public static QuantityValue exact(double value, QuantityKind kind, String unit) {
    return new QuantityValue(value, value, kind, unit, false);
  }

  /** Whether the range is a single value. */
  public boolean isExact() {
    return low == high;
  }

  /** Whether {@code other} has the same kind and unit, so that ranges may be compared. */
  public boolean comparableTo(QuantityValue other) {
    return kind == other.kind && unit.equals(other.unit);
  }

  /** Whether both are comparable and {@code other}'s range lies within this one. */
  public boolean contains(QuantityValue other) {
    return comparableTo(other) && low <= other.low && other.high <= high;
  }

  /** Whether both are comparable and their ranges share at least one value. */
  public boolean overlaps(QuantityValue other) {
    return comparableTo(other) && low <= other.high && other.low <= high;
  }
}
