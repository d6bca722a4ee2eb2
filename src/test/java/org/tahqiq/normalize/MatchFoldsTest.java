package org.tahqiq.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one folding table: one test per rule, and the table's contracts over every char. */
class MatchFoldsTest {

  private static String fold(String s) {
    return fold(s, MatchFolds::entry);
  }

  /** {@code s} folded char by char through {@code level}, dropped chars left out. */
  private static String fold(String s, java.util.function.UnaryOperator<Character> level) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char f = level.apply(s.charAt(i));
      if (f != MatchFolds.TO_NOTHING) {
        b.append(f);
      }
    }
    return b.toString();
  }

  @Test
  void diacriticsTatweelAndInvisibleFormattingFoldToNothing() {
    assertEquals("محمد", fold("مُحَمَّد"));
    assertEquals("الرييس", fold("الـــرئيس").replace('ئ', 'ي'));
    assertEquals("كلمه", fold("كل\u200Cمة\u200F"));
    assertEquals("e", fold("e\u0301"), "any non-spacing mark, not only Arabic ones");
    assertEquals("ab", fold("a\u2062b"), "invisible times");
  }

  @Test
  void alefFormsMaksuraTehMarbutaAndPersianLettersFold() {
    assertEquals("اااا", fold("أإآٱ"));
    assertEquals("في", fold("فى"));
    assertEquals("مدرسه", fold("مدرسة"));
    assertEquals("كي", fold("کی"));
    assertEquals("ي", fold("ے"), "yeh barree, a comparison-only fold");
  }

  @Test
  void hamzaOnWawOrYehIsKept() {
    assertEquals("سؤال", fold("سؤال"));
    assertEquals("رئيس", fold("رئيس"));
  }

  @Test
  void digitsSeparatorsCaseFullwidthAndColonsFold() {
    assertEquals("2024", fold("٢٠٢٤"));
    assertEquals("2024", fold("۲۰۲۴"));
    assertEquals("3.5", fold("3٫5"));
    assertEquals("ap", fold("ＡＰ"));
    assertEquals(":::", fold("\uFF1A\uFE55\uFE13"));
  }

  @Test
  void spacesAndControlsFoldToTheSpaceEntry() {
    for (char c : new char[] {' ', '\t', '\n', '\u00A0', '\u2009', '\u200B', '\u3000', '\u0001', '\u0085'}) {
      assertEquals(MatchFolds.TO_SPACE, MatchFolds.entry(c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void theTableIsIdempotentAndOnlySpacesFoldToTheSpaceEntry() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char f = MatchFolds.entry((char) i);
      if (f == MatchFolds.TO_NOTHING) {
        continue;
      }
      assertEquals(f, MatchFolds.entry(f), "U+" + Integer.toHexString(i) + " folds to a char that folds again");
      if (f == MatchFolds.TO_SPACE) {
        char c = (char) i;
        assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
            || c == '\u200B', "U+" + Integer.toHexString(i));
      }
    }
    assertEquals(MatchFolds.TO_NOTHING, MatchFolds.entry(MatchFolds.TO_NOTHING));
  }

  @Test
  void theDefaultNormalizerFoldsNothingTheTableWouldFoldDifferently() {
    // Every char the default normalizer produces folds in the table as its source char does:
    // normalizing first never changes a comparison key.
    ArabicNormalizer n = ArabicNormalizer.defaults();
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Character.isSurrogate(c) || Folds.isPresentationForm(c)) {
        continue;
      }
      String normalized = n.normalize(String.valueOf(c));
      String direct = String.valueOf(MatchFolds.entry(c)).replace(String.valueOf(MatchFolds.TO_NOTHING), "");
      String viaNormalizer = fold(normalized);
      if (c >= '\uFFFE' || Character.isISOControl(c) && !Character.isWhitespace(c)) {
        continue; // replacement chars and controls: the normalizer's safety folds
      }
      assertEquals(direct, viaNormalizer, "U+" + Integer.toHexString(i));
    }
  }

  @Test
  void enclosingMarksAndOtherFormatCharsFoldToNothing() {
    // ARABIC NUMBER SIGN U+0600 and COMBINING ENCLOSING CIRCLE U+20DD spell no different word.
    assertEquals("123", fold("\u0600123"));
    assertEquals("محمد", fold("محم\u20DDد"));
    assertEquals(MatchFolds.TO_NOTHING, MatchFolds.entry('\uFFF9'));
  }

  @Test
  void theNameLevelFoldsTransliterationLettersAndHamzaCarriers() {
    assertEquals(name("جونج"), name("جونغ"));
    assertEquals(name("بيونج يانج"), name("بيونغ يانغ"));
    assertEquals(name("كاندي"), name("گاندي"));
    assertEquals(name("بوتين"), name("پوتين"));
    assertEquals(name("فيكتور"), name("ڤيكتور"));
    assertEquals(name("فواد"), name("فؤاد"));
    assertEquals(name("هاني"), name("هانئ"));
    // and everything the first level folds
    assertEquals(name("احمد"), name("أحمد"));
    assertEquals(MatchFolds.TO_NOTHING, MatchFolds.nameEntry('\u064E'));
  }

  @Test
  void theNameLevelIsIdempotentAndCoarserThanTheFirst() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char n = MatchFolds.nameEntry((char) i);
      String at = "U+" + Integer.toHexString(i);
      assertEquals(n, MatchFolds.nameEntry(n), at);
      assertEquals(n, MatchFolds.nameEntry(MatchFolds.entry((char) i)), at);
    }
  }

  private static String name(String s) {
    return fold(s, MatchFolds::nameEntry);
  }
}
