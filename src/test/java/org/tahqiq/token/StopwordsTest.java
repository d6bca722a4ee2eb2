package org.tahqiq.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopwordsTest {

  private static final Stopwords DEFAULTS = Stopwords.defaults();

  @ParameterizedTest
  @ValueSource(strings = {"في", "من", "علي", "الي", "عن", "ان", "هذا", "التي", "كان", "وقد"})
  void defaultListHoldsNormalizedFunctionWords(String word) {
    assertTrue(DEFAULTS.contains(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"بوتين", "سياره", "الرئيس", "هدايا", "2024", ""})
  void contentWordsAreNotStopwords(String word) {
    assertFalse(DEFAULTS.contains(word), word);
  }

  @Test
  void defaultListHasAFewHundredEntries() {
    assertTrue(DEFAULTS.size() >= 250, "size " + DEFAULTS.size());
    assertEquals(DEFAULTS.size(), DEFAULTS.toList().size());
  }

  @Test
  void sliceLookupMatchesStringLookup() {
    char[] buf = "xxفيxxمنxx".toCharArray();
    assertTrue(DEFAULTS.contains(buf, 2, 2));
    assertTrue(DEFAULTS.contains(buf, 6, 2));
    assertFalse(DEFAULTS.contains(buf, 1, 3));
    assertFalse(DEFAULTS.contains(buf, 2, 0));
    for (String w : DEFAULTS.toList()) {
      char[] padded = ("@" + w + "@").toCharArray();
      assertTrue(DEFAULTS.contains(padded, 1, w.length()), w);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> DEFAULTS.contains(buf, 8, 5));
  }

  @Test
  void builderExtendsOrReplacesTheDefaults() throws IOException {
    Stopwords extended = Stopwords.builder().add("قال").addAll(List.of("اضاف")).build();
    assertTrue(extended.contains("قال"));
    assertTrue(extended.contains("اضاف"));
    assertTrue(extended.contains("في"));
    Stopwords own =
        Stopwords.builder().withoutDefaults().addFrom(new StringReader("# news verbs\nقال\n\nاكد # confirm\n")).build();
    assertEquals(2, own.size());
    assertTrue(own.contains("اكد"));
    assertFalse(own.contains("في"));
    assertEquals(0, Stopwords.none().size());
    assertFalse(Stopwords.none().contains("في"));
  }

  @Test
  void entriesLoseTheirMarks() {
    Stopwords s = Stopwords.builder().withoutDefaults().add("فِي", "مـن").build();
    assertTrue(s.contains("في"));
    assertTrue(s.contains("من"));
  }

  @Test
  void invalidEntriesAreRejectedWithTheirLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Stopwords.builder().addFrom(new StringReader("في\n\nمن اجل\n")));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Stopwords.builder().add(""));
    assertThrows(NullPointerException.class, () -> Stopwords.builder().add((CharSequence) null));
  }
}
