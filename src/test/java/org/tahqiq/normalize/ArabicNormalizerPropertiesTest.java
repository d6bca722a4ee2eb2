package org.tahqiq.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/** Invariants over seeded random text and over every UTF-16 code unit: idempotence, offsets. */
class ArabicNormalizerPropertiesTest {

  private static final long SEED = 0x7A4E_1D5EEDL;

  /** Pieces that start a word: never deleted by any fold, never producing whitespace. */
  private static final String[] STARTERS = {
    "ا", "ب", "ت", "ج", "ح", "د", "ر", "س", "ع", "ك", "ل", "م", "ن", "ه", "و", "ي",
    "ء", "آ", "أ", "ؤ", "إ", "ئ", "ى", "ة", "ٱ", "ک", "ی", "ۀ", "ہ", "ھ", "ە", "ۃ", "گ", "پ", "ڤ", "ے",
    "٠", "٣", "٩", "۲", "۵", "0", "7", "٫", "٬", "٪",
    "a", "Z", "É", "ß", "Ｒ", "１",
    "\uFEFB", "\uFEF7", "\uFEDB", "\uFEF4", "\uFB8E", "\uFDF2", "\uFE8D",
    "\uD83D\uDE00", "\uD83C\uDDF7\uD83C\uDDFA", "\uD83D", "\uDE00", "\uFFFE",
  };

  /** Pieces that may be deleted (marks, tatweel, invisible formatting), including composing marks. */
  private static final String[] DELETABLE = {
    "\u064B", "\u064C", "\u064D", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652",
    "\u0653", "\u0654", "\u0655", "\u0670", "\u0610", "\u06D6", "\u06ED", "\u08F0",
    "\u0640", "\u0640\u0640\u0640", "\u200C", "\u200D", "\u200F", "\u00AD", "\uFEFF", "\u2067",
    "\uFE70", "\uFC5E", "\uFE71",
  };

  /** Pieces that separate words or otherwise produce whitespace. */
  private static final String[] SEPARATORS = {
    " ", "\n", "\t", "\u00A0", "\u2009", "\u2028", "\u200B", "\u3000", "\u0000", "\u0085", "\uFDFA", "\uFDFB",
  };

  private static ArabicNormalizer randomNormalizer(Random r) {
    return ArabicNormalizer.builder()
        .removeDiacritics(r.nextBoolean())
        .removeTatweel(r.nextBoolean())
        .foldAlef(r.nextBoolean())
        .foldAlefMaksura(r.nextBoolean())
        .foldTehMarbuta(r.nextBoolean())
        .foldPersianLetters(r.nextBoolean())
        .foldHamzaCarriers(r.nextBoolean())
        .foldDigits(r.nextBoolean())
        .foldPresentationForms(r.nextBoolean())
        .removeInvisibleFormatting(r.nextBoolean())
        .foldSpaces(r.nextBoolean())
        .foldCase(r.nextBoolean())
        .foldFullwidth(r.nextBoolean())
        .build();
  }

  private static List<ArabicNormalizer> normalizers() {
    Random r = new Random(SEED);
    List<ArabicNormalizer> out = new ArrayList<>();
    out.add(ArabicNormalizer.defaults());
    out.add(ArabicNormalizer.builder().foldHamzaCarriers(true).build());
    for (int i = 0; i < 4; i++) {
      out.add(randomNormalizer(r));
    }
    return out;
  }

  private static String pick(Random r, String[] pool) {
    return pool[r.nextInt(pool.length)];
  }

  private static String randomMix(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      int k = r.nextInt(10);
      sb.append(k < 5 ? pick(r, STARTERS) : k < 8 ? pick(r, DELETABLE) : pick(r, SEPARATORS));
    }
    return sb.toString();
  }

  private static void assertOffsetInvariants(MappedText in, MappedText out) {
    int rawLength = out.raw().length();
    int previousStart = 0;
    for (int i = 0; i < out.length(); i++) {
      int start = out.rawStart(i);
      int end = out.rawEnd(i);
      if (start < previousStart || start > end || end > rawLength) {
        fail("bad raw range [" + start + ", " + end + ") at " + i + " of '" + in + "'");
      }
      previousStart = start;
    }
  }

  @Test
  void randomMixesAreIdempotentWithValidOffsets() {
    Random r = new Random(SEED);
    for (ArabicNormalizer n : normalizers()) {
      for (int round = 0; round < 2_000; round++) {
        String raw = randomMix(r, r.nextInt(40));
        MappedText in = MappedText.identity(raw);
        MappedText out = n.normalize(in);
        String plain = n.normalize(raw);
        assertEquals(plain, out.text(), () -> n + " on '" + raw + "'");
        assertEquals(plain, n.normalize(plain), () -> n + " not idempotent on '" + raw + "'");
        assertEquals(plain, n.normalize(out).text());
        assertTrue(plain.length() <= (long) raw.length() * n.maxExpansion());
        assertOffsetInvariants(in, out);
        assertOffsetInvariants(out, n.normalize(out));
      }
    }
  }

  @Test
  void everyWordsRawSpanCoversTheWholeRawWord() {
    Random r = new Random(SEED + 1);
    for (ArabicNormalizer n : normalizers()) {
      for (int round = 0; round < 500; round++) {
        StringBuilder raw = new StringBuilder();
        List<TextSpan> words = new ArrayList<>();
        int wordCount = 1 + r.nextInt(8);
        for (int w = 0; w < wordCount; w++) {
          if (w > 0) {
            raw.append(r.nextBoolean() ? ' ' : '\n');
          }
          int start = raw.length();
          raw.append(pick(r, STARTERS));
          for (int k = r.nextInt(7); k > 0; k--) {
            raw.append(r.nextInt(3) == 0 ? pick(r, STARTERS) : pick(r, DELETABLE));
          }
          words.add(new TextSpan(start, raw.length()));
        }
        String text = raw.toString();
        MappedText out = n.normalize(MappedText.identity(text));
        List<TextSpan> runs = nonSpaceRuns(out.text());
        assertEquals(words.size(), runs.size(), () -> n + " on '" + text + "' -> '" + out + "'");
        for (int w = 0; w < words.size(); w++) {
          TextSpan run = runs.get(w);
          assertEquals(words.get(w), out.rawSpan(run.start(), run.end()),
              "word " + w + " of '" + text + "' with " + n);
        }
      }
    }
  }

  private static List<TextSpan> nonSpaceRuns(String s) {
    List<TextSpan> runs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || s.charAt(i) == ' ' || s.charAt(i) == '\n';
      if (space && start >= 0) {
        runs.add(new TextSpan(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return runs;
  }

  @Test
  void everyCodeUnitNormalizesToAFixedPoint() {
    for (ArabicNormalizer n : normalizers()) {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        String once = n.normalize(String.valueOf((char) c));
        String twice = n.normalize(once);
        if (!once.equals(twice)) {
          fail(n + ": U+" + Integer.toHexString(c) + " -> '" + once + "' -> '" + twice + "'");
        }
        assertTrue(once.length() <= n.maxExpansion());
      }
    }
  }

  @Test
  void everyArabicLetterWithEveryArabicMarkIsIdempotent() {
    for (ArabicNormalizer n : normalizers()) {
      for (char base = '\u0600'; base <= '\u06FF'; base++) {
        for (char mark = '\u064B'; mark <= '\u065F'; mark++) {
          String s = "" + base + mark + '\u0651' + base;
          String once = n.normalize(s);
          assertEquals(once, n.normalize(once), n + " on " + Integer.toHexString(base) + "+" + Integer.toHexString(mark));
        }
      }
    }
  }

  @Test
  void inPlaceAgreesWithStringNormalization() {
    Random r = new Random(SEED + 2);
    ArabicNormalizer n = ArabicNormalizer.builder().foldPresentationForms(false).build();
    char[] buf = new char[256];
    for (int round = 0; round < 2_000; round++) {
      String raw = randomMix(r, r.nextInt(20));
      raw.getChars(0, raw.length(), buf, 0);
      int len = n.normalizeInPlace(buf, raw.length());
      assertEquals(n.normalize(raw), new String(buf, 0, len), raw);
    }
  }
}
