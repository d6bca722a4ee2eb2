package org.tahqiq.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.text.MappedText;

class TokenizerTest {

  private static final Tokenizer TOKENIZER = Tokenizer.defaults();

  private static List<Token> tokens(String s) {
    return TOKENIZER.tokenize(MappedText.identity(s));
  }

  private static List<String> texts(String s) {
    return tokens(s).stream().map(Token::text).toList();
  }

  private static List<TokenType> types(String s) {
    return tokens(s).stream().map(Token::type).toList();
  }

  @Test
  void arabicNewsSentence() {
    String s = "وصل بوتين إلى بيونغ يانغ في 2024-06-19، وقال: «نعم».";
    assertEquals(
        List.of("وصل", "بوتين", "إلى", "بيونغ", "يانغ", "في", "2024-06-19", "،", "وقال", ":", "«",
            "نعم", "»", "."),
        texts(s));
    assertEquals(TokenType.NUMBER, tokens(s).get(6).type());
    assertEquals(TokenType.PUNCTUATION, tokens(s).get(7).type());
    assertEquals(TokenType.ARABIC_WORD, tokens(s).get(8).type());
  }

  @Test
  void diacriticsAndTatweelStayInsideTheWord() {
    String s = "قالَ مُحَمَّدٌ إنّ الأمرَ كـبـيـر";
    assertEquals(List.of("قالَ", "مُحَمَّدٌ", "إنّ", "الأمرَ", "كـبـيـر"), texts(s));
    assertTrue(types(s).stream().allMatch(t -> t == TokenType.ARABIC_WORD));
  }

  @Test
  void superscriptAlefInsideTheWord() {
    assertEquals(List.of("هٰذا", "الرحمٰن"), texts("هٰذا الرحمٰن"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-19", "14/9/2023", "1.5", "1,500", "12:30", "٢٠٠٠", "٣٫٥", "١٬٥٠٠", "۲۰۲۴"})
  void numbersWithInnerSeparatorsAreOneToken(String number) {
    List<Token> t = tokens("في " + number + " تقريبا");
    assertEquals(List.of("في", number, "تقريبا"), t.stream().map(Token::text).toList());
    assertEquals(TokenType.NUMBER, t.get(1).type());
  }

  @Test
  void separatorNotFollowedByDigitIsPunctuation() {
    assertEquals(List.of("عام", "2000", "."), texts("عام 2000."));
    assertEquals(List.of("1,500", ",", "2"), texts("1,500, 2"));
    assertEquals(List.of(TokenType.NUMBER, TokenType.PUNCTUATION, TokenType.NUMBER), types("1,500, 2"));
    assertEquals(List.of("1", ".", ".", "2"), texts("1..2"));
  }

  @Test
  void numberSeparatorsCanBeSplit() {
    Tokenizer split = Tokenizer.builder().joinNumberSeparators(false).build();
    List<String> t =
        split.tokenize(MappedText.identity("2024-06-19")).stream().map(Token::text).toList();
    assertEquals(List.of("2024", "-", "06", "-", "19"), t);
  }

  @Test
  void letterDigitBoundarySplits() {
    assertEquals(List.of("14", "th", ","), texts("14th,"));
    assertEquals(List.of(TokenType.NUMBER, TokenType.LATIN_WORD, TokenType.PUNCTUATION), types("14th,"));
    assertEquals(List.of("كوفيد", "-", "19"), texts("كوفيد-19"));
    assertEquals(
        List.of(TokenType.ARABIC_WORD, TokenType.PUNCTUATION, TokenType.NUMBER), types("كوفيد-19"));
    assertEquals(List.of("كوفيد", "19"), texts("كوفيد19"));
  }

  @Test
  void latinWordsKeepInnerApostropheAndAccents() {
    assertEquals(List.of("don't", "O’Brien", "café", "(", "CNN", ")"), texts("don't O’Brien café (CNN)"));
    assertEquals(List.of("rock", "'", "n"), texts("rock' n"));
    assertTrue(types("Élysée naïve").stream().allMatch(t -> t == TokenType.LATIN_WORD));
  }

  @Test
  void scriptChangeSplitsWords() {
    assertEquals(List.of("CNN", "العربية"), texts("CNNالعربية"));
    assertEquals(List.of(TokenType.OTHER, TokenType.ARABIC_WORD), types("Путин بوتين"));
  }

  @Test
  void eachPunctuationCharIsOneToken() {
    String s = "،؛؟«»“”!...";
    List<Token> t = tokens(s);
    assertEquals(s.length(), t.size());
    assertTrue(t.stream().allMatch(x -> x.type() == TokenType.PUNCTUATION && x.length() == 1));
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    String s = "رائع 😀👍🏽! ❤️";
    List<Token> t = tokens(s);
    assertEquals(List.of("رائع", "😀", "👍", "🏽", "!", "❤️"), t.stream().map(Token::text).toList());
    assertEquals(TokenType.SYMBOL, t.get(1).type());
    assertEquals(TokenType.SYMBOL, t.get(5).type());
  }

  @Test
  void loneSurrogatesAreOneCharOtherTokens() {
    assertEquals(List.of("a", "\uD800", "b"), texts("a\uD800b"));
    assertEquals(List.of(TokenType.OTHER), types("\uDC00"));
    assertEquals(List.of("\uDBFF", "كلمة"), texts("\uDBFFكلمة"));
  }

  @Test
  void whitespaceAndControlCharsSeparateAndAreSkipped() {
    assertEquals(
        List.of("كلمة", "أخرى", "ثالثة", "رابعة"),
        texts("\tكلمة\u0000أخرى\u00A0ثالثة\r\n\u2003رابعة\u0007"));
  }

  @Test
  void invisibleFormatCharsJoinOnlyInsideAWord() {
    assertEquals(List.of("می\u200Cخواهم"), texts("می\u200Cخواهم"));
    assertEquals(List.of("كلمة", "أخرى"), texts("\u200Fكلمة\u200F أخرى\u200E"));
  }

  @Test
  void orphanMarksAreSkipped() {
    assertEquals(List.of("كلمة"), texts("\u064E \u0640 كلمة"));
  }

  @Test
  void emptyAndBlankTextHaveNoTokens() {
    assertTrue(tokens("").isEmpty());
    assertTrue(tokens(" \n\t\u00A0\u2003").isEmpty());
  }

  @Test
  void englishOnlyText() {
    assertEquals(List.of("Putin", "gave", "Kim", "a", "car"), texts("Putin gave Kim a car"));
    assertTrue(types("Putin gave Kim a car").stream().allMatch(t -> t == TokenType.LATIN_WORD));
  }

  @Test
  void typeFilterReportsOnlyChosenTypes() {
    Tokenizer wordsOnly = Tokenizer.builder().types(EnumSet.of(TokenType.ARABIC_WORD)).build();
    List<String> t =
        wordsOnly.tokenize(MappedText.identity("في 2024، قال Putin")).stream().map(Token::text).toList();
    assertEquals(List.of("في", "قال"), t);
    assertThrows(IllegalArgumentException.class, () -> Tokenizer.builder().types(EnumSet.noneOf(TokenType.class)));
  }

  @Test
  void nullInputIsRejectedWithAMessage() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TOKENIZER.tokenize((MappedText) null));
    assertTrue(e.getMessage().contains("text"));
    assertThrows(NullPointerException.class, () -> TOKENIZER.tokenize("x", null));
  }

  @Test
  void seedOffsetsMatchTheRawText() {
    for (Article a : Seeds.all()) {
      MappedText m = MappedText.identity(a.text());
      List<Token> t = TOKENIZER.tokenize(m);
      assertFalse(t.isEmpty(), a.id());
      checkInvariants(a.text(), t);
      for (Token tok : t) {
        assertEquals(tok.text(), tok.raw().of(a.text()), a.id() + " " + tok);
      }
    }
  }

  @Test
  void rawSpansOfAMappedTextCoverTheMarksThatWereDropped() {
    String raw = "قالَ الرئيسُ: «وصلنا» في ٢٠٢٤.";
    MappedText stripped = dropMarks(raw);
    List<Token> t = TOKENIZER.tokenize(stripped);
    assertEquals(List.of("قال", "الرئيس", ":", "«", "وصلنا", "»", "في", "٢٠٢٤", "."),
        t.stream().map(Token::text).toList());
    assertEquals("قالَ", t.get(0).raw().of(raw));
    assertEquals("الرئيسُ", t.get(1).raw().of(raw));
    for (Token tok : t) {
      assertEquals(tok.text(), withoutMarks(tok.raw().of(raw)), tok.toString());
    }
  }

  @Test
  void seededRandomTextKeepsOffsetInvariants() {
    String alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى" + "\u064B\u064E\u064F\u0650\u0651\u0652\u0670\u0640"
            + "0123456789٠١٢٣٤٥٦٧٨٩" + ".,:/-\u066B\u066C" + "abcXYZé'" + "،؛؟«»“”!()"
            + "  \n\t\u00A0\u200C\u200F\u0000";
    String[] extras = {"😀", "👍🏽", "\uD800", "\uDC00", "❤️"};
    Random random = new Random(20240619L);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(200);
      for (int i = 0; i < len; i++) {
        if (random.nextInt(20) == 0) {
          sb.append(extras[random.nextInt(extras.length)]);
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = sb.toString();
      List<Token> t = TOKENIZER.tokenize(MappedText.identity(s));
      checkInvariants(s, t);
      List<Token> visited = new ArrayList<>();
      TOKENIZER.tokenize(s, (text, start, end, type) ->
          visited.add(new Token(text.subSequence(start, end).toString(), type, start, end,
              new org.tahqiq.text.TextSpan(start, end))));
      assertEquals(t, visited, "list and visitor disagree on: " + s);
    }
  }

  /** A {@link CharSequence} that is neither a String nor a MappedText, read only through charAt. */
  private record PlainChars(String s) implements CharSequence {
    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new PlainChars(s.substring(start, end));
    }

    @Override
    public String toString() {
      return s;
    }
  }

  @Test
  void everyKindOfTextGivesTheSameTokensAndTheSinkSeesTheCallersText() {
    // The scan reads a copy of the chars; the sink must still be handed the caller's own object,
    // whatever its kind (a normalized MappedText with slack in its buffer among them).
    Random random = new Random(20261203L);
    String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى\u064B\u0651\u0640"
        + "0123456789٠١٢٣.,:/-abcé'،؛؟«» \n\u200C\u200F";
    for (int round = 0; round < 300; round++) {
      String s = RandomText.of(random, alphabet + "😀", 150);
      MappedText.Builder built = MappedText.builder(s, s.length() + 64);
      built.appendRaw(0, s.length());
      MappedText mapped = built.build();
      List<String> expected = visit(s);
      for (CharSequence text : List.<CharSequence>of(mapped, new StringBuilder(s), new PlainChars(s))) {
        assertEquals(expected, visit(text), () -> text.getClass() + ": " + s);
      }
      // The array form reports the same tokens, on a view of the array.
      List<String> fromArray = new ArrayList<>();
      TOKENIZER.tokenize(s.toCharArray(), (t, start, end, type) -> {
        assertEquals(s, t.toString());
        fromArray.add(type + ":" + start + "-" + end);
      });
      assertEquals(expected, fromArray, s);
    }
  }

  /** Up to {@code maxLength} code points drawn from {@code alphabet} (a surrogate pair counts as one). */
  /** The tokens reported for {@code text}, each as its type and span, checking the sink's text. */
  private static List<String> visit(CharSequence text) {
    List<String> out = new ArrayList<>();
    TOKENIZER.tokenize(text, (t, start, end, type) -> {
      assertTrue(t == text, "the sink must be given the caller's text");
      out.add(type + ":" + start + "-" + end);
    });
    return out;
  }

  @Test
  void copyingWithoutIgnorablesFromAnArrayMatchesTheCharSequenceForm() {
    Random random = new Random(7L);
    String alphabet = "كتب\u064B\u064E\u0651\u0640\u200C\u200D\u200Fab";
    for (int round = 0; round < 500; round++) {
      String s = RandomText.of(random, alphabet, 40);
      int start = s.isEmpty() ? 0 : random.nextInt(s.length());
      int end = start + random.nextInt(s.length() - start + 1);
      char[] fromText = new char[end - start];
      char[] fromArray = new char[end - start];
      int n = Tokenizer.copyWithoutIgnorables(s, start, end, fromText);
      assertEquals(n, Tokenizer.copyWithoutIgnorables(s.toCharArray(), start, end, fromArray), s);
      assertEquals(new String(fromText, 0, n), new String(fromArray, 0, n), s);
    }
    assertThrows(IndexOutOfBoundsException.class,
        () -> Tokenizer.copyWithoutIgnorables(new char[3], 2, 4, new char[8]));
    assertThrows(IllegalArgumentException.class,
        () -> Tokenizer.copyWithoutIgnorables(new char[3], 0, 3, new char[2]));
  }

  @Test
  void tokenCountGrowsLinearlyOnHugeInput() {
    String unit = Seeds.text("000") + "\n";
    StringBuilder mb = new StringBuilder();
    while (mb.length() < 1_000_000) {
      mb.append(unit);
    }
    String one = mb.toString();
    String ten = one.repeat(10);
    long[] counts = new long[2];
    TOKENIZER.tokenize(one, (text, start, end, type) -> counts[0]++);
    TOKENIZER.tokenize(ten, (text, start, end, type) -> counts[1]++);
    assertTrue(counts[0] > 100_000, "1 MB of news should hold many tokens: " + counts[0]);
    assertEquals(10 * counts[0], counts[1]);
  }

  /** Tokens are in order, in bounds, non-overlapping; what no token covers is skippable. */
  private static void checkInvariants(String s, List<Token> tokens) {
    int prevEnd = 0;
    for (Token tok : tokens) {
      assertTrue(tok.start() >= prevEnd, "overlap/order at " + tok);
      assertTrue(tok.end() <= s.length(), "out of bounds " + tok);
      assertEquals(tok.text(), s.substring(tok.start(), tok.end()));
      for (int i = prevEnd; i < tok.start(); i++) {
        assertTrue(isSkippable(s.charAt(i)),
            "uncovered char U+" + Integer.toHexString(s.charAt(i)) + " at " + i + " in: " + s);
      }
      assertFalse(splitsPair(s, tok.start()), "token starts inside a surrogate pair: " + tok);
      assertFalse(splitsPair(s, tok.end()), "token ends inside a surrogate pair: " + tok);
      prevEnd = tok.end();
    }
    for (int i = prevEnd; i < s.length(); i++) {
      assertTrue(isSkippable(s.charAt(i)), "uncovered trailing char at " + i);
    }
  }

  private static boolean splitsPair(String s, int at) {
    return at > 0 && at < s.length()
        && Character.isHighSurrogate(s.charAt(at - 1)) && Character.isLowSurrogate(s.charAt(at));
  }

  private static boolean isSkippable(char c) {
    int t = Character.getType(c);
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || t == Character.CONTROL
        || t == Character.FORMAT || t == Character.NON_SPACING_MARK || c == '\u0640';
  }

  private static boolean isArabicMark(char c) {
    return (c >= '\u064B' && c <= '\u0652') || c == '\u0670';
  }

  private static String withoutMarks(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (!isArabicMark(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  /** What a normalizer does to harakat: drops them, attributing them to the previous char. */
  private static MappedText dropMarks(String raw) {
    MappedText.Builder b = MappedText.builder(raw, raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isArabicMark(c)) {
        b.extendLast(i + 1);
      } else {
        b.append(c, i, i + 1);
      }
    }
    return b.build();
  }
}
