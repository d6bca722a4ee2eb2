package org.tahqiq.facts;

/**
 * How precisely a time expression names its interval: "2024-06-19" is a {@link #DAY}, "يوليو 2000"
 * a {@link #MONTH}, "صيف عام 2000" a {@link #SEASON}. A comparison stage uses it to tell a refinement
 * (a day inside a stated month) from a conflict.
 */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  SEASON,
  YEAR,
  DECADE
}
