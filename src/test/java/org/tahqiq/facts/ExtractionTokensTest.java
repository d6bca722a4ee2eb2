package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;
import org.tahqiq.token.Token;
import org.tahqiq.token.TokenType;
import org.tahqiq.token.Tokenizer;

/**
 * The extractor reads the tokens of the project tokenizer, the one dedup, clustering and the diff
 * read: the same words at the same offsets, with three readings of numbers of its own.
 */
class ExtractionTokensTest {

  private static String normalized(String text) {
    return ArabicNormalizer.defaults().normalize(MappedText.identity(text)).text();
  }

  private static List<String> spans(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      out.add(t.start[i] + "-" + t.end[i]);
    }
    return out;
  }

  private static Tokens tokens(String s) {
    return Tokens.of(s.toCharArray(), 0, s.length());
  }

  @Test
  void wordsAreTheTokenizersWords() {
    String s = normalized("قالت شبكة لـCNN إن الرئيس عبدالفتاح وصل إلى القاهرة، وإنّ الوفدَ غادر «الدوحة» BBCعربي.");
    Tokens t = tokens(s);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      if (t.type[i] == Tokens.WORD) {
        words.add(t.start[i] + "-" + t.end[i]);
      }
    }
    List<String> expected = new ArrayList<>();
    for (Token k : Tokenizer.defaults().tokenize(MappedText.identity(s))) {
      if (k.type() == TokenType.ARABIC_WORD || k.type() == TokenType.LATIN_WORD) {
        expected.add(k.start() + "-" + k.end());
      }
    }
    assertEquals(expected, words);
    // a script change splits a word, as everywhere else: "لـCNN" is ل and CNN, "BBCعربي" BBC and عربي
    assertTrue(keys(t).containsAll(List.of("ل", "cnn", "bbc", "عربي")), keys(t).toString());
  }

  @Test
  void aColonBetweenDigitsSeparatesTwoNumbers() {
    Tokens t = tokens("الساعة 12:30 ظهرا");
    assertEquals(List.of("الساعه", "12", ":", "30", "ظهرا"), keys(t));
    assertEquals(Tokens.NUMBER, t.type[1]);
    assertEquals(Tokens.PUNCT, t.type[2]);
  }

  @Test
  void anEnglishOrdinalSuffixBelongsToItsNumber() {
    Tokens t = tokens("the 14th of May");
    assertEquals(List.of("the", "14", "of", "may"), keys(t));
    assertTrue(t.ordinalSuffix[1]);
    assertEquals(List.of("0-3", "4-8", "9-11", "12-15"), spans(t));
  }

  @Test
  void aDecimalSeparatorAfterWhiteSpaceStartsANumber() {
    Tokens t = tokens("بنسبة .77 في المئة و3.5.");
    assertEquals(List.of("بنسبه", ".77", "في", "المئه", "و", "3.5", "."), keys(t));
  }

  @Test
  void digitsOfEveryScriptAreOneNumber() {
    assertEquals("2013", tokens("٢٠١٣").key(0));
    assertEquals("1434", tokens("۱۴۳۴").key(0));
    assertEquals("12.5", tokens("١٢٫٥").key(0));
  }

  private static List<String> keys(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      out.add(t.key(i));
    }
    return out;
  }
}
