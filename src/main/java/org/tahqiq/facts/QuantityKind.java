package org.tahqiq.facts;

/** What a {@link QuantityValue} counts or measures; decides which values are comparable. */
public enum QuantityKind {
  /** A count: "ثلاثة أشخاص", "12 صاروخا". Unit empty. */
  CARDINAL,
  /** A rank: "السيارة الثانية", "أول رحلة". Unit empty. */
  ORDINAL,
  /** A length of time; unit one of second, minute, hour, day, week, month, year. */
  DURATION,
  /** Someone's age; unit year (or month, day). */
  AGE,
  /** An amount of money; unit an ISO 4217 code where known ("USD"), else a lower-case name. */
  MONEY,
  /** A percentage; unit "%". */
  PERCENT
}
