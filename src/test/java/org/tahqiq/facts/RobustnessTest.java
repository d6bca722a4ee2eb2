package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.text.MappedText;
import org.tahqiq.token.AnalyzedText;

class RobustnessTest {

  @Test
  void emptyAndBlankTexts() {
    for (String s : new String[] {"", "   ", "\n\n", ". . .", "\u200F\u200E"}) {
      ExtractedFacts f = Fx.extract(s);
      assertTrue(f.sentences().isEmpty() && f.times().isEmpty() && f.quantities().isEmpty()
          && f.entities().isEmpty(), s);
    }
  }

  @Test
  void textWithoutValues() {
    ExtractedFacts f = Fx.extract("هذا نص عادي لا يحتوي على أي قيمة تذكر. مجرد كلمات متتابعة!");
    assertEquals(2, f.sentences().size());
    assertTrue(f.times().isEmpty() && f.quantities().isEmpty() && f.entities().isEmpty());
  }

  @Test
  void nullsAreRejectedWithNames() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> FactExtractor.defaults().extract((MappedText) null, Optional.empty()));
    assertTrue(e.getMessage().contains("normalized"));
    NullPointerException analysed = assertThrows(NullPointerException.class,
        () -> FactExtractor.defaults().extract((AnalyzedText) null, Optional.empty()));
    assertTrue(analysed.getMessage().contains("analysed"));
    assertThrows(NullPointerException.class,
        () -> FactExtractor.defaults().extract(MappedText.identity("x"), null));
  }

  @Test
  void malformedLexiconLineIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        FactExtractor.builder().addLexicon(Lexicon.MONTHS, new StringReader("برومير\t13\n")).build());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void lexiconIsExtensible() {
    FactExtractor x = FactExtractor.builder()
        .addLexicon(Lexicon.MONTHS, new StringReader("# Assyrian\nكانون ثاني\t1\n")).build();
    ExtractedFacts f = x.extract(MappedText.identity("وصل في كانون ثاني 2020 إلى المدينة."), Optional.empty());
    assertEquals(1, f.times().size());
  }

  @Test
  void mixedScriptsControlCharsAndLoneSurrogates() {
    String s = "Putin \uD800 met كيم جونغ أون\u0007 on 2024-06-19 \uDC00 في بيونغ يانغ.";
    ExtractedFacts f = Fx.extract(s);
    assertEquals(1, f.times().size());
    assertTrue(f.entities().size() >= 2);
  }

  @Test
  void randomSlicesOfSeedsKeepOffsets() {
    Random rnd = new Random(42);
    String all = String.join("\n", Seeds.all().stream().map(a -> a.text()).toList());
    for (int k = 0; k < 200; k++) {
      int a = rnd.nextInt(all.length());
      int b = Math.min(all.length(), a + rnd.nextInt(400));
      Fx.extract(all.substring(a, b)); // asserts offsets inside
    }
  }

  @Test
  void megabyteTextCompletes() {
    StringBuilder b = new StringBuilder();
    String seed = Seeds.text("002");
    while (b.length() < 1_000_000) {
      b.append(seed).append('\n');
    }
    ExtractedFacts f = Fx.extract(b.toString());
    int copies = b.length() / (seed.length() + 1);
    assertEquals(copies * Fx.extract(seed).times().size(), f.times().size());
  }

  @Test
  void oneHugeSentenceCompletes() {
    String s = "عام 2000 ".repeat(100_000);
    assertEquals(100_000, Fx.extract(s).times().size());
  }
}
