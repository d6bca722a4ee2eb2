package org.tahqiq.diff;

/** What two conflicting claims disagree about. */
public enum ConflictKind {
  /** Disjoint dates or times. */
  DATE,
  /** Disjoint numeric values of the same kind and unit. */
  NUMBER,
  /** Different people (or places, organisations) in the same role. */
  ENTITY,
  /** Different wording for the same thing; a candidate for a human to check, lower confidence. */
  LEXICAL,
  /** One source states what the other negates, denies or says failed ("وافق" / "نفى", "لم"). */
  POLARITY,
  /** The sources use opposite words for the same thing (ارتفاع / انخفاض, إعدام / براءة). */
  ANTONYM
}
