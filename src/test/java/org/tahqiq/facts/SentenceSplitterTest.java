package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.text.MappedText;

class SentenceSplitterTest {

  private static List<String> split(String s) {
    return SentenceSplitter.instance().split(MappedText.identity(s)).stream().map(Sentence::text).toList();
  }

  @Test
  void terminatorsAndLineBreaks() {
    assertEquals(List.of("وصل الرئيس.", "هل انتهى الاجتماع؟", "نعم؛", "انتهى!", "سطر جديد"),
        split("وصل الرئيس. هل انتهى الاجتماع؟ نعم؛ انتهى!\nسطر جديد"));
  }

  @Test
  void decimalsAndDatesAreNotBoundaries() {
    assertEquals(List.of("ارتفع المؤشر 1.5 نقطة في 2024.06 وفق البيان."),
        split("ارتفع المؤشر 1.5 نقطة في 2024.06 وفق البيان."));
  }

  @Test
  void ellipsisAndClosingQuotes() {
    assertEquals(List.of("سيارة فاخرة...", "\"لقد تم بالفعل تبادل الهدايا.\"", "انتهى"),
        split("سيارة فاخرة... \"لقد تم بالفعل تبادل الهدايا.\" انتهى"));
  }

  @Test
  void piecesWithoutWordsAreNotSentences() {
    assertEquals(List.of("أ.", "ب"), split("أ.\n\n. . \nب"));
  }
}
