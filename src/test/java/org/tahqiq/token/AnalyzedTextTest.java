package org.tahqiq.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

class AnalyzedTextTest {

  private static final String NEWS =
      "وصل الرئيس الروسي إلى بيونغ يانغ صباح الثلاثاء، في أول زيارة منذ عام 2000.\n"
          + "والتقى الزعيمَ الكوري وبحثا التعاون؛ وقال: \"الاتفاق شامل\"... ونفت الخارجية ذلك!";

  private static AnalyzedText analyzed(String text, ArabicLightStemmer stemmer) {
    return AnalyzedText.of(ArabicNormalizer.defaults().normalize(MappedText.identity(text)), stemmer);
  }

  /** Every token as the tokenizer reports it for {@code text}: "type:start-end". */
  private static List<String> tokenized(CharSequence text, int shift) {
    List<String> out = new ArrayList<>();
    Tokenizer.defaults().tokenize(text, (t, s, e, type) -> out.add(type + ":" + (s + shift) + "-" + (e + shift)));
    return out;
  }

  private static List<String> tokensOf(AnalyzedText a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(a.type(i) + ":" + a.start(i) + "-" + a.end(i));
    }
    return out;
  }

  private static List<String> replayed(AnalyzedText a, int from, int to) {
    List<String> out = new ArrayList<>();
    a.tokens(from, to, (t, s, e, type) -> {
      assertTrue(t == a.text(), "the sink must be given the analysed text");
      out.add(type + ":" + s + "-" + e);
    });
    return out;
  }

  @Test
  void theTokensAreTheTokenizers() {
    AnalyzedText a = analyzed(NEWS, ArabicLightStemmer.defaults());
    assertEquals(tokenized(a.text(), 0), tokensOf(a));
  }

  @Test
  void aWordsStemIsTheStemmersStemOfItsWordAndOtherTokensKeepTheirWord() {
    ArabicLightStemmer stemmer = ArabicLightStemmer.defaults();
    AnalyzedText a = analyzed(NEWS, stemmer);
    int words = 0;
    for (int i = 0; i < a.size(); i++) {
      String word = a.word(i);
      if (a.type(i) == TokenType.ARABIC_WORD) {
        words++;
        assertEquals(stemmer.stem(word), a.stem(i), word);
      } else {
        assertEquals(word, a.stem(i));
      }
      char[] buf = new char[a.end(i) - a.start(i)];
      assertEquals(a.stem(i), new String(buf, 0, a.copyStem(i, buf)));
      assertEquals(word, new String(buf, 0, a.copyWord(i, buf)));
    }
    assertTrue(words > 20, "the text has Arabic words: " + words);
    // The stemmer did strip clitics: الرئيس is not its own stem.
    int president = 1;
    assertEquals("الرئيس", a.word(president));
    assertTrue(a.stem(president).length() < "الرئيس".length(), a.stem(president));
  }

  private static List<String> stemsOf(AnalyzedText a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(a.stem(i));
    }
    return out;
  }

  @Test
  void aWordsMarksAndFormatCharsAreNotPartOfItsWord() {
    // Un-normalized text keeps its harakat and a ZWNJ; the word leaves them out, as the shingler does.
    AnalyzedText a = AnalyzedText.of(MappedText.identity("الزعيمَ كو\u200Cريا"), ArabicLightStemmer.defaults());
    assertEquals("الزعيم", a.word(0));
    assertEquals("كوريا", a.word(1));
    assertEquals(ArabicLightStemmer.defaults().stem("الزعيم"), a.stem(0));
  }

  @Test
  void aProtectedWordKeepsItsCliticLetters() {
    String text = "أعلن الحزب وفاق وطني شامل.";
    ArabicLightStemmer protecting = ArabicLightStemmer.builder().addProtected("وفاق").build();
    assertEquals(ArabicLightStemmer.defaults().stem("فاق"), analyzed(text, ArabicLightStemmer.defaults()).stem(2));
    assertEquals("وفاق", analyzed(text, protecting).stem(2));
  }

  @Test
  void theSentencesAreTheSentenceRules() {
    AnalyzedText a = analyzed(NEWS, ArabicLightStemmer.defaults());
    assertEquals(SentenceBoundaries.of(a.text()), a.sentences());
    assertEquals(4, a.sentences().size(), a.sentences().toString());
  }

  @Test
  void eachSentencesTokensAreThoseOfTheSentenceAlone() {
    AnalyzedText a = analyzed(NEWS, ArabicLightStemmer.defaults());
    for (TextSpan s : a.sentences()) {
      assertEquals(tokenized(a.text().subSequence(s.start(), s.end()), s.start()), replayed(a, s.start(), s.end()));
    }
  }

  @Test
  void anySliceGivesTheTokensOfTheSliceAloneOnSeededRandomText() {
    // Cuts inside words, numbers ("1.5", "12:30") and surrogate pairs are re-tokenized within the slice.
    String alphabet = "كتب قال ١٢٣.,:؛؟!\n\"»abc5\u064E\u0640\u200C\uD83D\uDE00";
    Random random = new Random(20261203L);
    for (int round = 0; round < 2000; round++) {
      String text = RandomText.of(random, alphabet, 60);
      AnalyzedText a = AnalyzedText.of(MappedText.identity(text), ArabicLightStemmer.defaults());
      int n = text.length();
      int from = n == 0 ? 0 : random.nextInt(n + 1);
      int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
      assertEquals(tokenized(text.subSequence(from, to), from), replayed(a, from, to), text + " [" + from + ", " + to + ")");
      assertEquals(tokenized(text, 0), tokensOf(a));
    }
  }

  @Test
  void anEmptyTextHasNoTokenAndNoSentence() {
    AnalyzedText a = analyzed("", ArabicLightStemmer.defaults());
    assertEquals(0, a.size());
    assertTrue(a.sentences().isEmpty());
    assertEquals(List.of(), replayed(a, 0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> a.stem(0));
    assertThrows(IndexOutOfBoundsException.class, () -> a.tokens(0, 1, (t, s, e, type) -> { }));
  }

  @Test
  void threadsRacingOnTheFirstUseSeeTheSameAnalysis() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        AnalyzedText a = analyzed(NEWS, ArabicLightStemmer.defaults());
        List<Future<List<String>>> seen = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          seen.add(pool.submit(() -> {
            List<String> out = new ArrayList<>(tokensOf(a));
            out.addAll(stemsOf(a));
            return out;
          }));
        }
        for (Future<List<String>> f : seen) {
          assertEquals(seen.get(0).get(), f.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
