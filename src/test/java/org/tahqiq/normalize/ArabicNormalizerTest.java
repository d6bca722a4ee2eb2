package org.tahqiq.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/** One test per fold rule, its switch, and the documented results for bad input. */
class ArabicNormalizerTest {

  private static final ArabicNormalizer N = ArabicNormalizer.defaults();

  private static String norm(String s) {
    return N.normalize(s);
  }

  private static void assertSameAfterNormalizing(String expected, String variant) {
    assertEquals(norm(expected), norm(variant), () -> "'" + variant + "' should normalize like '" + expected + "'");
  }

  // ----------------------------------------------------------------------------- diacritics

  @Test
  void vocalisedSentenceWithTatweelEqualsBareOne() {
    assertSameAfterNormalizing("إن الرئيس", "إِنَّ الـــرَّئِيسَ");
    assertEquals("ان الرئيس", norm("إِنَّ الـــرَّئِيسَ"));
  }

  @Test
  void tanweenShaddaSukunAreRemoved() {
    assertEquals("شكرا جزيلا محمد", norm("شُكْرًا جَزِيلًا مُحَمَّدٌ"));
  }

  @Test
  void daggerAlefAndQuranicMarksAreRemoved() {
    assertEquals("هذا", norm("هٰذَا"));
    assertEquals("الرحمن", norm("الرَّحْمَٰنِ"));
    // U+06D6 small high ligature sad with lam with alef maksura, U+0610 sign sallallahou
    assertEquals("عليهم محمد", norm("عَلَيْهِمْ\u06D6 محمد\u0610"));
  }

  // ----------------------------------------------------------------------------- tatweel

  @Test
  void tatweelIsRemoved() {
    assertSameAfterNormalizing("الرئيس بوتين", "الـــرئيـس بـوتـيـن");
  }

  // ----------------------------------------------------------------------------- letters

  @Test
  void alefFormsFoldToBareAlef() {
    assertSameAfterNormalizing("كيم جونغ اون", "كيم جونغ أون");
    assertEquals("اسرائيل امن الله اقصي", norm("إسرائيل آمن ٱلله أقصى"));
    // wavy hamza alefs U+0672 / U+0673
    assertEquals("ا ا", norm("\u0672 \u0673"));
  }

  @Test
  void alefMaksuraFoldsToYeh() {
    assertSameAfterNormalizing("في اقصي", "فى أقصى");
    assertEquals("مصطفي", norm("مصطفى"));
  }

  @Test
  void tehMarbutaFoldsToHeh() {
    assertEquals("كوريا الشماليه", norm("كوريا الشمالية"));
  }

  @Test
  void persianLettersFoldToArabic() {
    // U+06CC FARSI YEH, as in a Persian-keyboard tag line
    assertSameAfterNormalizing("كوريا الشمالية", "كوریا الشمالیة");
    // U+06A9 KEHEH, U+06AA SWASH KAF
    assertEquals("كيم كتاب", norm("\u06A9يم \u06AAتاب"));
    // HEH GOAL, HEH DOACHASHMEE, AE, HEH WITH YEH ABOVE, HEH GOAL WITH HAMZA ABOVE -> heh
    assertEquals("ه ه ه ه ه", norm("\u06C1 \u06BE \u06D5 \u06C0 \u06C2"));
    // TEH MARBUTA GOAL -> teh marbuta -> heh; YEH E -> yeh
    assertEquals("مدينه ي", norm("مدين\u06C3 \u06D0"));
  }

  @Test
  void distinctPersianLettersAreKept() {
    assertEquals("ڤلاديمير پوتين گاز چاي ژ ے", norm("ڤلاديمير پوتين گاز چاي ژ ے"));
  }

  @Test
  void hamzaCarriersAreKeptByDefaultAndFoldedOnRequest() {
    assertEquals("مسؤول رئيس ماء", norm("مسؤول رئيس ماء"));
    ArabicNormalizer hamza = ArabicNormalizer.builder().foldHamzaCarriers(true).build();
    assertEquals("مسوول رييس ماء", hamza.normalize("مسؤول رئيس ماء"));
  }

  @Test
  void decomposedHamzaAndMaddaComposeWithTheirCarrier() {
    // ALEF + HAMZA ABOVE is the precomposed أ, WAW + (damma) + HAMZA ABOVE is ؤ
    assertSameAfterNormalizing("أون", "ا\u0654ون");
    assertEquals("مسؤول", norm("مسو\u064F\u0654ول"));
    assertEquals("رئيس", norm("ري\u0654يس"));
    ArabicNormalizer keepAlef = ArabicNormalizer.builder().foldAlef(false).build();
    assertEquals("أون آخر إسلام", keepAlef.normalize("ا\u0654ون ا\u0653خر ا\u0655سلام"));
  }

  // ----------------------------------------------------------------------------- digits

  @Test
  void arabicIndicAndExtendedDigitsFoldToAscii() {
    assertEquals("2000", norm("٢٠٠٠"));
    assertEquals("2000", norm("۲۰۰۰"));
    assertEquals("3.5% 1,000", norm("٣٫٥٪ ١٬٠٠٠"));
    assertSameAfterNormalizing("في 22 يوليو 2022", "فى ٢٢ يوليو ۲۰۲۲");
  }

  // ----------------------------------------------------------------------------- presentation forms

  @Test
  void lamAlefLigaturesExpand() {
    assertEquals("لا", norm("\uFEFB"));
    assertEquals("لا لا لا", norm("\uFEF5 \uFEF7 \uFEF9"));
    assertEquals("لأ", ArabicNormalizer.builder().foldAlef(false).build().normalize("\uFEF7"));
    assertSameAfterNormalizing("السلام", "ا\uFEDF\uFEB4\uFEFC\u0645");
  }

  @Test
  void contextualFormsFoldToLetters() {
    // KAF initial, YEH medial, MEEM final
    assertSameAfterNormalizing("كيم", "\uFEDB\uFEF4\uFEE2");
    // KEHEH isolated (Forms-A) goes on through the Persian fold
    assertEquals("ك", norm("\uFB8E"));
    assertEquals("الله", norm("\uFDF2"));
    assertEquals("صلي الله عليه وسلم", norm("\uFDFA"));
  }

  @Test
  void spacingMarkFormsAreMarksNotWordBreaks() {
    assertEquals("كتابا", norm("كتابا\uFE70"));
    assertEquals("محمد", norm("محم\uFC5Eد"));
    ArabicNormalizer keepMarks = ArabicNormalizer.builder().removeDiacritics(false).build();
    assertEquals("كتابا\u064B", keepMarks.normalize("كتابا\uFE70"));
  }

  // ----------------------------------------------------------------------------- invisible, spaces, case

  @Test
  void invisibleFormattingIsRemoved() {
    assertEquals("ترامب", norm("ترا\u00ADمب"));
    assertEquals("الرئيس بوتين", norm("\uFEFF\u200Fالرئيس\u200E \u2067بوتين\u2069\u061C"));
    assertEquals("ميخواهم", norm("مي\u200Cخواهم\u200D"));
  }

  @Test
  void spaceSeparatorsBecomeSpaceAndLineSeparatorsNewline() {
    assertEquals("كيم جونغ اون", norm("كيم\u00A0جونغ\u2009أون"));
    assertEquals("سطر\nسطر\nسطر", norm("سطر\u2028سطر\u2029سطر"));
    assertEquals("a b c", norm("a\u200Bb\u3000c"));
  }

  @Test
  void latinIsLowerCased() {
    assertEquals("المصدر: rt arabic école", norm("المصدر: RT Arabic ÉCOLE"));
  }

  @Test
  void fullwidthAsciiFoldsToAscii() {
    assertEquals("rt 12%", norm("ＲＴ １２％"));
  }

  // ----------------------------------------------------------------------------- always-on safety

  @Test
  void controlCharsBecomeSpacesButTabsAndNewlinesStay() {
    assertEquals("كيم جونغ اون", norm("كيم\u0000جونغ\u0007أون"));
    assertEquals("a\tb\nc\r\nd\ne", norm("a\tb\nc\r\nd\u0085e"));
    assertEquals("x y", norm("x\u009By"));
  }

  @Test
  void surrogatePairsAreKeptAndLoneSurrogatesReplaced() {
    String flags = "\uD83C\uDDF7\uD83C\uDDFA روسيا \uD83D\uDE00";
    assertEquals(flags, norm(flags));
    assertEquals("a\uFFFDb\uFFFD", norm("a\uDE00b\uD83D"));
    assertEquals("\uFFFD\uD83D\uDE00", norm("\uD83D\uD83D\uDE00"));
    assertEquals("\uFFFD\uFFFD", norm("\uFFFE\uFFFF"));
  }

  // ----------------------------------------------------------------------------- switches

  /** An option setter, so each test case can switch its fold on and off. */
  interface Option extends BiFunction<ArabicNormalizer.Builder, Boolean, ArabicNormalizer.Builder> {}

  static Stream<Arguments> options() {
    return Stream.of(
        option("removeDiacritics", (b, on) -> b.removeDiacritics(on), "مَرْحَبًا يٰ"),
        option("removeTatweel", (b, on) -> b.removeTatweel(on), "الـــرئيس"),
        option("foldAlef", (b, on) -> b.foldAlef(on), "أون آخر إسرائيل ٱلله \u0672"),
        option("foldAlefMaksura", (b, on) -> b.foldAlefMaksura(on), "فى مصطفى"),
        option("foldTehMarbuta", (b, on) -> b.foldTehMarbuta(on), "الشمالية"),
        option("foldPersianLetters", (b, on) -> b.foldPersianLetters(on), "کوریا ہ ھ ە ۀ ۃ ې ڪ"),
        option("foldHamzaCarriers", (b, on) -> b.foldHamzaCarriers(on), "مسؤول رئيس"),
        option("foldDigits", (b, on) -> b.foldDigits(on), "٢٠٢٣ ۲۰۲۳ ٣٫٥٪ ١٬٠"),
        option("foldPresentationForms", (b, on) -> b.foldPresentationForms(on), "ﻻ ﷲ ﻛﻴﻢ ﷺ ﹰ"),
        option("removeInvisibleFormatting", (b, on) -> b.removeInvisibleFormatting(on),
            "ترا\u00ADمب\u200F\u200C\uFEFF"),
        option("foldSpaces", (b, on) -> b.foldSpaces(on), "كيم\u00A0جونغ\u2028\u200B\u3000"),
        option("foldCase", (b, on) -> b.foldCase(on), "RT Arabic ÉCOLE"),
        option("foldFullwidth", (b, on) -> b.foldFullwidth(on), "１２％"));
  }

  private static Arguments option(String name, Option option, String sample) {
    return Arguments.of(name, option, sample);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("options")
  void aFoldSwitchedOffLeavesItsCharsUntouched(String name, Option option, String sample) {
    ArabicNormalizer on = option.apply(ArabicNormalizer.builder(), true).build();
    ArabicNormalizer off = option.apply(ArabicNormalizer.builder(), false).build();
    assertNotEquals(sample, on.normalize(sample), "the sample must exercise " + name);
    assertEquals(sample, off.normalize(sample));
    assertTrue(off.toString().contains(name + "=false"), off::toString);
  }

  @Test
  void everyFoldOffLeavesTextUntouched() {
    ArabicNormalizer none = ArabicNormalizer.builder()
        .removeDiacritics(false).removeTatweel(false).foldAlef(false).foldAlefMaksura(false)
        .foldTehMarbuta(false).foldPersianLetters(false).foldHamzaCarriers(false).foldDigits(false)
        .foldPresentationForms(false).removeInvisibleFormatting(false).foldSpaces(false)
        .foldCase(false).foldFullwidth(false).build();
    String everything = "إِنَّ الـــرَّئِيسَ فى کوریا ٢٠٢٣ ﻻ\u200F\u00A0RT １２ مسؤول \uD83D\uDE00";
    assertEquals(everything, none.normalize(everything));
    assertEquals(1, none.maxExpansion());
  }

  // ----------------------------------------------------------------------------- offsets

  @Test
  void wordSpansCoverTheirDiacriticsAndTatweel() {
    String raw = "إِنَّ الـــرَّئِيسَ";
    MappedText out = N.normalize(MappedText.identity(raw));
    assertEquals("ان الرئيس", out.text());
    assertEquals("إِنَّ", out.rawSpan(0, 2).of(raw));
    assertEquals("الـــرَّئِيسَ", out.rawSpan(3, out.length()).of(raw));
  }

  @Test
  void ligatureCharsShareTheLigaturesRawRange() {
    String raw = "ا\uFEFB";
    MappedText out = N.normalize(MappedText.identity(raw));
    assertEquals("الا", out.text());
    assertEquals(new TextSpan(1, 2), out.rawSpan(1, 2));
    assertEquals(new TextSpan(1, 2), out.rawSpan(2, 3));
  }

  @Test
  void composedHamzaMapsToCarrierAndMark() {
    String raw = "ا\u0654ون";
    MappedText out = N.normalize(MappedText.identity(raw));
    assertEquals("اون", out.text());
    assertEquals(new TextSpan(0, 2), out.rawSpan(0, 1));
  }

  @Test
  void offsetsComposeWithAnEarlierStage() {
    // An earlier stage kept raw chars 10.. of the raw text; normalizing must report raw offsets.
    String raw = "HEADLINE: أَهْدَى بوتين";
    MappedText.Builder b = MappedText.builder(raw, raw.length());
    for (int i = 10; i < raw.length(); i++) {
      b.append(raw.charAt(i), i, i + 1);
    }
    MappedText out = N.normalize(b.build());
    assertEquals("اهدي بوتين", out.text());
    assertEquals(raw, out.raw());
    assertEquals("أَهْدَى", out.rawSpan(0, 4).of(raw));
    assertEquals("بوتين", out.rawSpan(5, 10).of(raw));
  }

  // ----------------------------------------------------------------------------- seeds

  @Test
  void persianTagLineOfSeed003FoldsToArabic() {
    String normalized = N.normalize(Seeds.text("003"));
    assertTrue(Seeds.text("003").contains("کوریا الشمالیة"), "seed 003 has its Persian-letter tag line");
    assertTrue(normalized.contains("كوريا الشماليه"), "tag line folded");
    assertTrue(normalized.contains("كيم جونج اون"), "alef with hamza folded");
    assertTrue(normalized.contains("الرئيس الروسي"), "alef maksura folded, hamza carrier kept");
    assertFalse(normalized.contains("\u06CC") || normalized.contains("\u06A9"));
  }

  @Test
  void everySeedNormalizesToFoldedIdempotentText() {
    for (Article a : Seeds.all()) {
      MappedText out = N.normalize(MappedText.identity(a.text()));
      String text = out.text();
      assertEquals(N.normalize(a.text()), text, a.id());
      assertEquals(text, N.normalize(text), a.id() + " idempotent");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        assertFalse(Folds.isDiacritic(c) || c == 'ـ' || c == 'ى' || c == 'ة' || c == 'أ' || c == 'إ'
            || c == 'آ' || (c >= '٠' && c <= '٩') || Character.isUpperCase(c),
            () -> a.id() + ": unfolded char U+" + Integer.toHexString(c));
      }
      assertTrue(text.length() <= (long) a.text().length() * N.maxExpansion(), a.id());
    }
  }

  // ----------------------------------------------------------------------------- bad input

  @Test
  void emptyAndWhitespaceInput() {
    assertEquals("", norm(""));
    assertEquals(0, N.normalize(MappedText.identity("")).length());
    assertEquals(" \t\n  ", norm(" \t\n\u00A0 "));
  }

  @Test
  void unchangedInputIsReturnedAsIs() {
    String english = "north korea and russia";
    assertSame(english, norm(english));
    String emoji = "\uD83D\uDE00 روسيا \uD83C\uDDF7\uD83C\uDDFA";
    assertSame(emoji, norm(emoji));
    assertEquals("north korea", norm("North Korea"));
  }

  @Test
  void anyCharSequenceIsAccepted() {
    StringBuilder vocalised = new StringBuilder("North Korea كوريا الشمالِيَّة");
    assertEquals("north korea كوريا الشماليه", N.normalize(vocalised));
    assertEquals("North Korea كوريا الشمالِيَّة", vocalised.toString(), "input not modified");
  }

  @Test
  void nullInputIsRejectedWithAMessage() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> N.normalize((String) null));
    assertTrue(e.getMessage().contains("input"));
    assertThrows(NullPointerException.class, () -> N.normalize((MappedText) null));
    assertThrows(NullPointerException.class, () -> N.normalizeInPlace(null, 0));
  }

  @Test
  void tenMegabyteInputHasADefinedResult() {
    String seed = Seeds.text("003") + " ﻻ \uD83D\uDE00 \uDE00 \u0000 ٢٠٢٣ ";
    StringBuilder sb = new StringBuilder(10_000_000 + seed.length());
    while (sb.length() < 10_000_000) {
      sb.append(seed);
    }
    String big = sb.toString();
    MappedText out = N.normalize(MappedText.identity(big));
    assertTrue(out.length() <= (long) big.length() * N.maxExpansion());
    assertEquals(N.normalize(big), out.text());
    assertEquals(big.length(), out.rawEnd(out.length() - 1));
  }

  // ----------------------------------------------------------------------------- in place

  @Test
  void inPlaceNormalizationOfAToken() {
    ArabicNormalizer noForms = ArabicNormalizer.builder().foldPresentationForms(false).build();
    char[] buf = "الـرَّئِيسَ\uD83D###".toCharArray();
    int len = noForms.normalizeInPlace(buf, 12);
    assertEquals("الرئيس\uFFFD", new String(buf, 0, len));
    assertEquals("###", new String(buf, 12, 3), "chars past len untouched");
    assertThrows(IllegalStateException.class, () -> N.normalizeInPlace(buf, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> noForms.normalizeInPlace(buf, buf.length + 1));
  }

  @Test
  void maxExpansionIsTheLongestLigature() {
    assertEquals(N.normalize("\uFDFA").length(), N.maxExpansion());
  }
}
