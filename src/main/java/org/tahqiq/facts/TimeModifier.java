package org.tahqiq.facts;

/**
 * How a time expression relates to its interval. {@link TimeValue#contains} and
 * {@link TimeValue#overlaps} ignore the modifier; a comparison stage weighs it.
 */
public enum TimeModifier {
  /** The event happened within the interval ("في يوليو 2000"). */
  EXACT,
  /** Roughly the interval; the text hedged ("منذ نحو ربع قرن") or the anchor was inconsistent. */
  APPROX,
  /** Before the interval ("قبل عام 2000", "حتى 2000"). */
  BEFORE,
  /** At or after the start of the interval ("منذ عام 2019", "بعد 2000"). */
  AFTER
}
