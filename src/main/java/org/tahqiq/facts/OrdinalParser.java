package org.tahqiq.facts;

import org.tahqiq.facts.Lexicons.NumberEntry;
import org.tahqiq.facts.Lexicons.NumberRole;
import org.tahqiq.facts.Lexicons.OrdinalEntry;

/**
 * Reads ordinals up to 99 at a token, with their compounds: "الحادي عشر", "الثانية عشرة", "الخامس
 * والعشرين", "التاسع و التسعين". Used for ranks of nouns and for ordinal days of a month.
 *
 * <p>Reads the sentence of its {@link SentenceState}; confined to one extraction.
 */
final class OrdinalParser {

  private final SentenceState s;

  OrdinalParser(SentenceState s) {
    this.s = s;
  }

  /**
   * The ordinal at {@code i} with its compounds up to 99 ("الحادي عشر", "الثانية عشرة", "الخامس
   * والعشرين", "التاسع و التسعين"): {@code rank << 32 | end}, or -1 if none.
   */
  long rank(int i) {
    if (!s.t.isWord(i)) {
      return -1;
    }
    PhraseTrie.Match<OrdinalEntry> m = s.lex.ordinals.longest(s.t, i, s.t.size, true);
    if (m == null || !s.free(i, i + m.length())) {
      return -1;
    }
    OrdinalEntry e = m.value();
    int end = i + m.length();
    int rank = e.rank();
    if (!e.pre() && rank < 10) {
      NumberEntry teen = s.t.isWord(end) && s.owner[end] == Extraction.FREE ? s.lex.numbers.single(s.t, end) : null;
      int tensAt = end;
      if (s.t.isWord(tensAt) && s.t.keyLength(tensAt) == 1 && s.t.keyChar(tensAt) == Keys.WAW) {
        tensAt++;
      }
      OrdinalEntry tens = tensOrdinal(tensAt, tensAt > end);
      if (teen != null && teen.role() == NumberRole.TEEN && teen.value() == 10) {
        rank += 10;
        end++;
      } else if (tens != null) {
        rank += tens.rank();
        end = tensAt + 1;
      } else if (compoundOnly(s.t.key(i))) {
        return -1; // "الحادي" is only ever part of a compound
      }
    }
    return (long) rank << 32 | end;
  }

  /** A tens ordinal (العشرين … التسعين) at {@code i}, joined by و unless {@code spaced}; or null. */
  private OrdinalEntry tensOrdinal(int i, boolean spaced) {
    if (!s.t.isWord(i) || s.owner[i] != Extraction.FREE) {
      return null;
    }
    String k = s.t.key(i);
    if (!spaced) {
      if (k.length() < 3 || k.charAt(0) != Keys.WAW) {
        return null;
      }
      k = k.substring(1);
    }
    OrdinalEntry o = s.lex.ordinals.single(k);
    return o != null && o.rank() >= 20 && o.rank() <= 90 && o.rank() % 10 == 0 ? o : null;
  }

  /** Whether an ordinal key is "الحادي"/"الحادية", which stands only in compounds. */
  private static boolean compoundOnly(String key) {
    String k = Keys.withoutArticle(key);
    return k.startsWith(HADI);
  }

  /** "حادي", the stem of the ordinal one in compounds. */
  private static final String HADI = "\u062D\u0627\u062F\u064A";
}
