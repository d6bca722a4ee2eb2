package org.tahqiq.diff;

import java.util.Collection;
import java.util.function.ToDoubleFunction;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Overlap of bags of stems, tolerant of one-letter transliteration variants of long foreign words
 * (أميرال / أدميرال, سيرجي / سيرغي): two stems of at least {@link #FUZZY_MIN_LENGTH} letters match
 * when their edit distance is at most 1. Shorter stems must be equal, since one letter changes a
 * short Arabic word's meaning. Stateless and thread-safe.
 */
final class StemSets {
  static final int FUZZY_MIN_LENGTH = 5;
  private static final LevenshteinDistance WITHIN_ONE = new LevenshteinDistance(1);
  /** WAW, FEH, BEH, LAM, KAF: the one-letter proclitics. */
  private static final String PROCLITICS = "\u0648\u0641\u0628\u0644\u0643";

  private StemSets() {}

  /**
   * Whether two stems denote the same word: equal; or equal but for one or two proclitic letters
   * the light stemmer left on (لوسائل / وسائل); or, for long words, one edit apart anywhere but the
   * first letter (a different first letter is a different word form: يستخدم / مستخدم).
   */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (shorter.length() >= 3 && longer.length() - shorter.length() <= 2 && longer.endsWith(shorter)
        && isProclitics(longer, longer.length() - shorter.length())) {
      return true;
    }
    if (shorter.length() < FUZZY_MIN_LENGTH || longer.length() - shorter.length() > 1
        || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return WITHIN_ONE.apply(a, b) >= 0;
  }

  /** Whether the first {@code n} chars of {@code s} are all proclitic letters (و ف ب ل ك). */
  private static boolean isProclitics(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (PROCLITICS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code stem} matches any of {@code stems}. */
  static boolean containsSame(Collection<String> stems, String stem) {
    if (stems.contains(stem)) {
      return true;
    }
    for (String s : stems) {
      if (same(s, stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Weighted Dice coefficient of two stem sets under {@link #same}: the weight of the stems of
   * either set that match a stem of the other, over the weight of all stems of both. 0 when either
   * is empty.
   */
  static double dice(Collection<String> a, Collection<String> b, ToDoubleFunction<String> weight) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double matched = 0;
    double total = 0;
    for (String s : a) {
      double w = weight.applyAsDouble(s);
      total += w;
      if (containsSame(b, s)) {
        matched += w;
      }
    }
    for (String s : b) {
      double w = weight.applyAsDouble(s);
      total += w;
      if (containsSame(a, s)) {
        matched += w;
      }
    }
    return total == 0 ? 0 : matched / total;
  }
}
