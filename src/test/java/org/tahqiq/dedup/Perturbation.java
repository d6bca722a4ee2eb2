package org.tahqiq.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test helper: what republishing does to an Arabic wire story — diacritics and tatweel added,
 * hamza/yeh/teh-marbuta spelling variants, Persian look-alike letters, one paragraph dropped and a
 * different "read also" tail appended. Deterministic for a given seed.
 */
final class Perturbation {
  private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0652', '\u0651', '\u064B'};
  private static final String TAIL =
      "\n\nاقرأ أيضًا:\n"
          + "الأمطار الغزيرة تغرق شوارع المدينة وتعطل حركة المرور لساعات طويلة\n"
          + "قالت هيئة الأرصاد إن موجة الطقس السيئ ستستمر حتى نهاية الأسبوع المقبل.";

  private Perturbation() {}

  /** Paragraphs of a story: its non-blank lines. */
  static List<String> paragraphs(String story) {
    List<String> out = new ArrayList<>();
    for (String line : story.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** The story without paragraph {@code drop} (or with all if negative), respelt and re-tailed. */
  static String republish(String story, int drop, long seed) {
    List<String> paras = paragraphs(story);
    if (drop >= 0) {
      paras.remove(drop);
    }
    return respell(String.join("\n\n", paras), seed) + TAIL;
  }

  /** Adds marks and tatweel and swaps letters for their variants, without changing words. */
  static String respell(String text, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordStart = i == 0 || !isArabicLetter(text.charAt(i - 1));
      boolean wordEnd = i + 1 == text.length() || !isArabicLetter(text.charAt(i + 1));
      char v = c;
      if (c == 'ا' && wordStart && random.nextInt(3) == 0) {
        v = random.nextBoolean() ? 'أ' : 'إ';
      } else if (c == 'ي' && wordEnd && random.nextInt(2) == 0) {
        v = 'ى';
      } else if (c == 'ي' && random.nextInt(4) == 0) {
        v = 'ی'; // FARSI YEH
      } else if (c == 'ك' && random.nextInt(3) == 0) {
        v = 'ک'; // KEHEH
      } else if (c == 'ة' && random.nextInt(2) == 0) {
        v = 'ه';
      } else if (c >= '0' && c <= '9' && random.nextInt(2) == 0) {
        v = (char) ('\u0660' + (c - '0'));
      }
      out.append(v);
      if (isArabicLetter(c)) {
        if (random.nextInt(5) == 0) {
          out.append(HARAKAT[random.nextInt(HARAKAT.length)]);
        }
        if (!wordEnd && random.nextInt(25) == 0) {
          out.append('\u0640'); // TATWEEL
        }
      }
    }
    return out.toString();
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }
}
