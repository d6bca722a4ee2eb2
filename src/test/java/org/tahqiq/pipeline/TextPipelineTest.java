package org.tahqiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.token.Token;
import org.tahqiq.token.Tokenizer;

/** The whole text pipeline on real and hostile input. */
class TextPipelineTest {

  private static final TextPipeline PIPELINE = TextPipeline.defaults();

  /**
   * After cleaning and normalization, every token still points at its original surface in the raw
   * article: the raw substring, normalized, is the token.
   */
  @Test
  void everyTokenOfEverySeedMapsBackToItsRawSurface() {
    ArabicNormalizer normalizer = PIPELINE.normalizer();
    int tokens = 0;
    for (Article a : Seeds.all()) {
      ProcessedArticle p = PIPELINE.process(a);
      for (Token t : Tokenizer.defaults().tokenize(p.normalized())) {
        String surface = a.text().substring(t.raw().start(), t.raw().end());
        assertEquals(t.text(), normalizer.normalize(surface), a.id() + " token at " + t.raw());
        tokens++;
      }
    }
    assertTrue(tokens > 1500, "tokens checked: " + tokens);
  }

  @Test
  void vocalisedRespeltTextHasTheSameShinglesAsTheBareText() {
    String bare = "وكانت آخر مرة زار فيها بوتين كوريا الشمالية في صيف عام 2000";
    String marked = "وَكَانَـــتْ آخِرَ مَرَّة زارَ فيها بوتين كوریا الشمالیة في صيف عام ٢٠٠٠";
    assertEquals(PIPELINE.process(Article.of("a", bare)).shingles(),
        PIPELINE.process(Article.of("b", marked)).shingles());
  }

  @Test
  void hostileInputGivesDefinedResults() {
    for (String text : List.of("", "   \n\t ", "Breaking: markets rally on Friday.", "\uD800 lone surrogate \uDC00",
        "\u0000\u0007\u001B control \u0085", "[ad_1]\n[ad_2]\nSource link")) {
      ProcessedArticle p = PIPELINE.process(Article.of("x", text));
      assertTrue(p.normalized().length() <= text.length() * 2, text);
      assertTrue(p.shingles().size() <= 8, "no content, no shingles to speak of: " + p.shingles().size());
    }
    assertTrue(PIPELINE.process(Article.of("e", "")).shingles().isEmpty());
  }

  /** A 10 MB article is processed, and in time proportional to its size (compared by work done). */
  @Test
  void hugeArticlesAreProcessedLinearly() {
    String paragraph = Seeds.text("002");
    StringBuilder one = new StringBuilder();
    while (one.length() < 1_000_000) {
      one.append(paragraph).append("\n\n");
    }
    String small = one.toString();
    String large = small.repeat(10);
    ProcessedArticle p1 = PIPELINE.process(Article.of("s", small));
    ProcessedArticle p10 = PIPELINE.process(Article.of("l", large));
    assertTrue(large.length() >= 10_000_000);
    // Repeated lines are dropped as repeats only when adjacent; here paragraphs repeat as a cycle,
    // so the normalized story grows with the input, and the shingle set stays that of one copy.
    double ratio = p10.normalized().length() / (double) p1.normalized().length();
    assertEquals(10.0, ratio, 0.5);
    assertEquals(p1.shingles(), p10.shingles());
    assertFalse(p10.shingles().isEmpty());
  }
}
