package org.tahqiq.facts;

import org.tahqiq.facts.Lexicons.NumberEntry;
import org.tahqiq.facts.Lexicons.NumberRole;

/**
 * Reads cardinal numbers at a token: digits in any script with their separators ("3,000,000",
 * "٣٬٠٠٠٬٠٠٠٫٠٠", a decimal comma "3,5", ".77"), a spelled decimal point ("1 فاصلة 1"), a scale
 * word after digits ("4.2 مليارات"), and runs of number words with attached or spaced و
 * ("خمسمائة و خمسة و عشرون" = 525), teens in every spelling, counted fractions ("ثلاثة أرباع"),
 * a fraction of the last scale ("مليون ونصف") and zero. Values may exceed
 * {@link QuantityValue#MAX_MAGNITUDE}; the caller flags them.
 *
 * <p>Reads only its lexicons: immutable and thread-safe; the token arrays passed in are only read.
 */
final class CardinalParser {

  /** A parsed number: {@code [lo, hi]} up to token {@code end}; {@code ordinal} for "14th". */
  record Num(double lo, double hi, int end, boolean ordinal) {}

  private final Lexicons lex;

  CardinalParser(Lexicons lex) {
    this.lex = lex;
  }

  /** Digits (with a following scale word) or a run of number words at {@code i}; null if none. */
  Num number(Tokens t, byte[] owner, int i) {
    if (t.isNumber(i)) {
      String k = t.key(i);
      if (k.indexOf('/') >= 0 || k.indexOf('-') >= 0) {
        return null;
      }
      double v = parseDigits(k);
      if (Double.isNaN(v)) {
        return null;
      }
      if (t.ordinalSuffix[i]) {
        return new Num(v, v, i + 1, true);
      }
      int end = i + 1;
      if (t.isWord(end) && t.keyIs(end, DECIMAL_POINT_WORD) && t.isNumber(end + 1)
          && t.key(end + 1).chars().allMatch(c -> c >= '0' && c <= '9') && k.indexOf('.') < 0) {
        // "1 فاصلة 1": the decimal point spelled out
        double d = parseDigits(k + "." + t.key(end + 1));
        if (!Double.isNaN(d)) {
          v = d;
          end += 2;
        }
      }
      if (t.isWord(end) && owner[end] == Extraction.FREE) {
        NumberEntry s = lex.numbers.single(t, end);
        if (s != null && (s.role() == NumberRole.SCALE || s.role() == NumberRole.SCALE_PLURAL)) {
          v *= s.value();
          end++;
        }
      }
      return new Num(v, v, end, false); // a magnitude beyond MAX_VALUE is flagged by quantity()
    }
    return numberWords(t, owner, i);
  }

  /** "فاصلة", the decimal point spelled out ("1 فاصلة 5" = 1.5). */
  private static final String DECIMAL_POINT_WORD = "\u0641\u0627\u0635\u0644\u0647";

  /**
   * ASCII digits with optional thousands commas and one decimal point; one comma followed by one
   * or two digits and no point is a decimal comma ("3,5"); NaN if malformed.
   */
  static double parseDigits(String k) {
    String s = k;
    int comma = s.indexOf(',');
    if (comma > 0 && s.indexOf(',', comma + 1) < 0 && s.indexOf('.') < 0 && s.length() - comma - 1 <= 2) {
      s = s.replace(',', '.');
    }
    if (s.indexOf(',') >= 0) {
      String[] groups = s.split(",", -1);
      for (int g = 1; g < groups.length; g++) {
        String body = g == groups.length - 1 && groups[g].indexOf('.') >= 0
            ? groups[g].substring(0, groups[g].indexOf('.')) : groups[g];
        if (body.length() != 3) {
          return Double.NaN;
        }
      }
      s = s.replace(",", "");
    }
    int dot = s.indexOf('.');
    if (dot >= 0 && s.indexOf('.', dot + 1) >= 0) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private Num numberWords(Tokens t, byte[] owner, int i) {
    double total = 0;
    double current = 0;
    NumberRole last = null;
    int j = i;
    boolean teenOne = false;
    boolean zero = false;
    while (j < t.size && t.isWord(j) && owner[j] == Extraction.FREE) {
      String k = t.key(j);
      NumberEntry e = null;
      boolean joined = false;
      if (j > i && k.length() == 1 && k.charAt(0) == Keys.WAW && t.isWord(j + 1) && owner[j + 1] == Extraction.FREE) {
        // a spaced conjunction "خمسة و عشرون": the next word is joined to the number
        NumberEntry next = lex.numbers.single(t, j + 1);
        if (next == null || next.role() == NumberRole.FRACTION_PLURAL) {
          break;
        }
        NumberRole nr = next.role();
        boolean fits = nr == NumberRole.TEN || nr == NumberRole.UNIT || nr == NumberRole.HUNDRED
            || nr == NumberRole.SCALE || nr == NumberRole.FRACTION;
        if (!fits) {
          break;
        }
        if (nr == NumberRole.FRACTION) {
          // "مليون و نصف": half of the last scale
          double scale = lastScale(total, current);
          return new Num(total + current + next.value() * scale, total + current + next.value() * scale,
              j + 2, false);
        }
        e = next;
        joined = true;
        j++;
        k = t.key(j);
      } else if (j == i) {
        for (String f : t.cliticForms(j)) {
          e = lex.numbers.single(f);
          if (e != null) {
            break;
          }
        }
      } else {
        e = lex.numbers.single(k);
        if (e == null && k.charAt(0) == Keys.WAW && k.length() > 2) {
          e = lex.numbers.single(k.substring(1));
          joined = e != null;
        }
      }
      if (e == null) {
        break;
      }
      NumberRole r = e.role();
      if (r == NumberRole.ZERO) {
        if (j > i) {
          break;
        }
        zero = true;
        j++;
        break;
      }
      if (j == i && (r == NumberRole.FRACTION || r == NumberRole.FEW)) {
        return new Num(e.value(), e.high(), j + 1, false);
      }
      if (r == NumberRole.FRACTION_PLURAL) {
        // "ثلاثة أرباع": a count of fractions
        if (j > i && !joined && last == NumberRole.UNIT && total == 0 && current >= 2 && current <= 10) {
          double v = current * e.value();
          return new Num(v, v, j + 1, false);
        }
        break;
      }
      if (joined && r == NumberRole.FRACTION) {
        // "مليون ونصف": half of the last scale
        double scale = lastScale(total, current);
        double v = total + current + e.value() * scale;
        return new Num(v, v, j + 1, false);
      }
      if (r == NumberRole.FRACTION || r == NumberRole.FEW) {
        break;
      }
      boolean ok;
      switch (r) {
        case UNIT -> {
          ok = (j == i || joined) && current % 10 == 0;
          current += e.value();
        }
        case TEEN_ONE -> {
          ok = j == i || joined;
          teenOne = true;
          current += e.value();
        }
        case TEEN -> {
          ok = j == i || (!joined && (last == NumberRole.UNIT || last == NumberRole.TEEN_ONE)
              && current % 100 < 10);
          current += e.value();
          teenOne = false;
        }
        case TEN -> {
          ok = j == i || joined;
          current += e.value();
        }
        case HUNDRED -> {
          if (!joined && last == NumberRole.UNIT && current > 0 && current < 10 && e.value() == 100) {
            current *= 100;
            ok = true;
          } else {
            ok = j == i || joined;
            current += e.value();
          }
        }
        case SCALE -> {
          ok = j == i || joined || last != null;
          total += (current == 0 ? 1 : current) * e.value();
          current = 0;
        }
        case SCALE_PLURAL -> {
          ok = j > i && !joined && current >= 2;
          total += current * e.value();
          current = 0;
        }
        default -> ok = false;
      }
      if (!ok) {
        return j == i ? null : finish(total, current, j, teenOne, i);
      }
      last = r;
      j++;
    }
    if (zero) {
      return new Num(0, 0, j, false);
    }
    return j == i ? null : finish(total, current, j, teenOne, i);
  }

  /** The scale a fraction after a number counts in: 1 without a scale word, else its scale. */
  private static double lastScale(double total, double current) {
    if (current != 0 || total == 0) {
      return 1;
    }
    double s = 1;
    while (s * 1000 <= total) {
      s *= 1000;
    }
    return s;
  }

  private Num finish(double total, double current, int end, boolean teenOne, int start) {
    if (teenOne) {
      // "أحد" without "عشر" is "one of", not a number
      return null;
    }
    double v = total + current;
    if (v == 0) {
      return null;
    }
    return new Num(v, v, end, false);
  }
}
