package org.tahqiq.diff;

/** How the claims of one fact relate across sources. */
public enum Outcome {
  /** The same normalized value (يونيو = حزيران, ٢٠٠٠ = 2000, جونغ = جونج). */
  AGREE,
  /** One value lies inside another: "2000" ⊃ "summer 2000" ⊃ "July 2000". Consistent. */
  REFINES,
  /** Values overlap within the tolerance of an approximate value ("نحو ساعتين" and "ساعتين"). */
  APPROX_AGREE,
  /** The values cannot both be true; see {@link ConflictKind}. */
  CONFLICT,
  /** Only one source states it. */
  UNIQUE
}
