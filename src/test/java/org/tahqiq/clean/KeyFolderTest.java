package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.normalize.ArabicNormalizer;

/** {@link KeyFolder} must give exactly {@link Folding#key}: it is only a faster way to compute it. */
class KeyFolderTest {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.defaults();

  /**
   * Chars chosen for the fold's corner cases: composition bases and the marks that compose with
   * them (decomposed hamza and maddah), other harakat, tatweel, invisible chars, exotic spaces and
   * colons, presentation forms (single and expanding), Persian letters, digits, Latin case, a
   * surrogate pair's halves, punctuation.
   */
  private static final String ALPHABET = "اأإآوؤيئىۀۂہةهکیبتلمن"
      + "\u0653\u0654\u0655\u064B\u064E\u0650\u0651\u0652\u0670\u0640"
      + "\u200C\u200F\u061C\u00AD\uFEFF"
      + " \u00A0\u2003\t:\uFF1A\uFE55"
      + "\uFEFB\uFDF2\uFDFA\uFE8D\uFB8E"
      + "٣۴7AbÉ"
      + "\uD83D\uDE00"
      + ".،\"»«-";

  @Test
  void randomTextsFoldAsTheGeneralPathDoes() {
    Random random = new Random(20240611L);
    KeyFolder folder = KeyFolder.defaults();
    KeyFolder.Scratch scratch = new KeyFolder.Scratch();
    StringBuilder sb = new StringBuilder();
    for (int round = 0; round < 20_000; round++) {
      int length = random.nextInt(40);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = text.toString();
      int from = length == 0 ? 0 : random.nextInt(length + 1);
      int to = from + random.nextInt(length - from + 1);
      assertEquals(
          Folding.key(NORMALIZER, s.substring(from, to), sb),
          folder.key(s, from, to, scratch),
          () -> "text " + escape(s) + " [" + from + ", " + to + ")");
    }
  }

  @Test
  void seedLinesFoldAsTheGeneralPathDoes() {
    KeyFolder folder = KeyFolder.defaults();
    KeyFolder.Scratch scratch = new KeyFolder.Scratch();
    StringBuilder sb = new StringBuilder();
    int lines = 0;
    for (Article a : Seeds.all()) {
      String text = a.text();
      int start = 0;
      for (int end; start < text.length(); start = end + 1) {
        end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        assertEquals(Folding.key(NORMALIZER, text.substring(start, end), sb),
            folder.key(text, start, end, scratch));
        lines++;
      }
    }
    assertEquals(true, lines > 20, "the seeds have many lines");
  }

  @Test
  void decomposedHamzaComposesAcrossOtherMarks() {
    // WAW + FATHA + HAMZA ABOVE is ؤ, which the key keeps; a lone WAW would differ.
    String decomposed = "مسو\u064E\u0654ول";
    KeyFolder.Scratch scratch = new KeyFolder.Scratch();
    assertEquals("مسؤول", KeyFolder.defaults().key(decomposed, 0, decomposed.length(), scratch));
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(String.format("\\u%04X", (int) c));
    }
    return out.toString();
  }

  @Test
  void lineKeysFoldWithTheOneTableWhateverTheNormalizerFolds() {
    // The cleaner's key folds are MatchFolds, char for char, on top of any normalizer: a
    // normalizer that folds nothing gives the same keys as the default one.
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      assertEquals(org.tahqiq.normalize.MatchFolds.entry((char) i), Folding.foldEntry((char) i));
    }
    ArabicNormalizer none = ArabicNormalizer.builder().removeDiacritics(false).removeTatweel(false)
        .foldAlef(false).foldAlefMaksura(false).foldTehMarbuta(false).foldPersianLetters(false)
        .foldDigits(false).foldPresentationForms(false).removeInvisibleFormatting(false)
        .foldSpaces(false).foldCase(false).foldFullwidth(false).build();
    StringBuilder scratch = new StringBuilder();
    for (String line : new String[] {
        "اقرأ أيضاً :", "إقرأ ايضا：", "للمزيد من الأخبار تابعونا على ＦＡＣＥＢＯＯＫ",
        "المصدر : وكالة الأنباء ٢٠١٣", "جميع الحقوق محفوظة ۲۰۱۳ ©", "الـــرئيس فى المدينــة"}) {
      assertEquals(Folding.key(ArabicNormalizer.defaults(), line, scratch), Folding.key(none, line, scratch), line);
    }
  }
}
