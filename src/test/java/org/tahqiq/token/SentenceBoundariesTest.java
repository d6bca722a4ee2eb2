package org.tahqiq.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/** The sentence rule's spans; the rule's cases in words are in {@code facts.SentenceSplitterTest}. */
class SentenceBoundariesTest {

  @Test
  void spansAreTrimmedAndLeaveOutPiecesWithoutWords() {
    String text = "  وصل الرئيس.  \n . \nهل انتهى؟\u200F ";
    List<TextSpan> spans = SentenceBoundaries.of(MappedText.identity(text));
    assertEquals(List.of("وصل الرئيس.", "هل انتهى؟"), spans.stream().map(s -> s.of(text)).toList());
  }

  @Test
  void aDecimalInAnyOfTheThreeDigitScriptsIsNoBoundary() {
    for (String number : List.of("1.5", "١.٥", "۱.۵", "سعر .75")) {
      String text = "بلغ " + number + " دولار. ثم انخفض";
      assertEquals(2, SentenceBoundaries.of(MappedText.identity(text)).size(), text);
    }
  }

  @Test
  void theCharsMustBeTheTexts() {
    MappedText text = MappedText.identity("نص.");
    assertThrows(IllegalArgumentException.class, () -> SentenceBoundaries.of(text, new char[2]));
  }

  @Test
  void seededRandomTextGivesOrderedNonEmptyTrimmedSpans() {
    String alphabet = "كتب a5٣ .!؟؛…\n\r\"»)\u200F\u064E";
    Random random = new Random(42L);
    for (int round = 0; round < 2000; round++) {
      String text = RandomText.of(random, alphabet, 80);
      int end = 0;
      for (TextSpan s : SentenceBoundaries.of(MappedText.identity(text))) {
        assertTrue(s.start() >= end && s.end() > s.start(), text);
        assertTrue(!SentenceBoundaries.isBlank(text.charAt(s.start())) && !SentenceBoundaries.isBlank(text.charAt(s.end() - 1)), text);
        assertTrue(s.of(text).codePoints().anyMatch(Character::isLetterOrDigit), text);
        end = s.end();
      }
    }
  }
}
