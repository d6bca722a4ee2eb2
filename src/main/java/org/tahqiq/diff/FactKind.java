package org.tahqiq.diff;

/** What kind of value a claim states. */
public enum FactKind {
  /** A date, month, season, year or relative time. */
  TIME,
  /** A count, rank, duration, age, amount of money or percentage. */
  QUANTITY,
  /** A person, place or organisation. */
  ENTITY,
  /** A wording: the noun a source uses where another source uses a different one. */
  LEXICAL,
  /** A statement's polarity or direction: what a sentence affirms, denies or says the opposite of. */
  STATEMENT
}
