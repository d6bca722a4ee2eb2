package org.tahqiq.facts;

/**
 * Something a reader of a {@link ValueMention} should know about its value beyond the value itself.
 * Flags never remove a mention: the text said it, so it is reported, with what could not be made of
 * it.
 */
public enum ValueFlag {
  /**
   * The value lies outside the supported range: a time whose resolution would fall outside the
   * years {@value TimeValue#MIN_YEAR}–{@value TimeValue#MAX_YEAR} ("منذ 4.2 مليارات سنة", or any
   * relative time of an article published outside that range) keeps its unresolved value; a
   * quantity above {@value QuantityValue#MAX_MAGNITUDE} is reported as the open range
   * {@code [MAX_MAGNITUDE, +∞]}.
   */
  OUT_OF_RANGE,
  /**
   * The text named a weekday that the date it qualifies does not fall on ("الخميس 15 أغسطس 2013",
   * a Thursday, is consistent; "الأربعاء 15 أغسطس 2013" is not). The mention keeps the date.
   */
  WEEKDAY_MISMATCH,
  /**
   * A Hijri and a Gregorian date given as the same day ("... الموافق ...") are not the same day
   * under the Umm al-Qura calendar (a tolerance of one day allows for moon-sighting practice).
   * The mention keeps the Gregorian date.
   */
  CALENDAR_MISMATCH
}
