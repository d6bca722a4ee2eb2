package org.tahqiq.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;
import org.tahqiq.pipeline.TextPipeline;
import static org.tahqiq.pipeline.ProtectedWordFixture.ACCORD;
import static org.tahqiq.pipeline.ProtectedWordFixture.SURPASSED;
import static org.tahqiq.pipeline.ProtectedWordFixture.protecting;

/**
 * The fact diff reads the text through the pipeline it is given, as deduplication and clustering
 * do ({@code cluster.SharedTextCoreTest}): its stems come from that pipeline's stemmer, so a
 * user's protected word changes what the diff compares, and its lexicons are stemmed the same way.
 */
class DiffTextCoreTest {
  private static List<List<String>> stems(FactDiff diff, TextPipeline pipeline, String text) {
    return diff.contentStems(pipeline.process(Article.of("a", text)));
  }

  @Test
  void theDefaultDiffConflatesTheTwoWords() {
    FactDiff diff = FactDiff.defaults();
    TextPipeline pipeline = TextPipeline.defaults();
    assertEquals(stems(diff, pipeline, ACCORD), stems(diff, pipeline, SURPASSED));
    assertFalse(stems(diff, pipeline, ACCORD).get(0).contains("وفاق"));
  }

  @Test
  void aProtectedWordOfThePipelineChangesWhatTheDiffCompares() {
    TextPipeline pipeline = protecting("وفاق");
    FactDiff diff = FactDiff.builder().pipeline(pipeline).build();
    List<List<String>> accord = stems(diff, pipeline, ACCORD);
    assertTrue(accord.get(0).contains("وفاق"), accord.toString());
    assertNotEquals(accord, stems(diff, pipeline, SURPASSED));
    // Only that word: the other sentence's stems are those of the default diff.
    assertEquals(stems(FactDiff.defaults(), TextPipeline.defaults(), SURPASSED), stems(diff, pipeline, SURPASSED));
  }

  @Test
  void addedLexiconLinesAreStemmedByThePipeline() throws Exception {
    // A user's synonym class "وفاق|اتفاق": with وفاق protected its stem is وفاق itself, so the
    // class must be keyed by that stem, or the accord would not meet its synonym.
    TextPipeline pipeline = protecting("وفاق");
    FactDiff diff = FactDiff.builder().pipeline(pipeline)
        .addSynonyms(new StringReader("وفاق|اتفاقية\n"))
        .build();
    List<String> accord = stems(diff, pipeline, ACCORD).get(0);
    List<String> treaty = stems(diff, pipeline, ACCORD.replace("وفاق", "اتفاقية")).get(0);
    assertEquals(treaty, accord);
  }

  @Test
  void theDiffsExtractorKeepsThePipelinesProtectedWordsWhole() {
    // "بأمس الحاجة" (in dire need) is read as "yesterday" unless its pipeline protects بأمس.
    String direNeed = "قال الوزير إن البلاد بأمس الحاجة إلى الاستثمار.";
    TextPipeline pipeline = protecting("بأمس");
    FactDiff diff = FactDiff.builder().pipeline(pipeline).build();
    assertEquals(1, FactDiff.defaults().factsOf(TextPipeline.defaults().process(Article.of("a", direNeed))).times().size());
    assertTrue(diff.factsOf(pipeline.process(Article.of("a", direNeed))).times().isEmpty());
  }

  @Test
  void theDiffsStemsAreTheAnalysisStemsOfTheContentWords() {
    // A sentence without numbers, names or synonyms: the diff compares exactly the analysis'
    // stems of its words that are not stopwords.
    TextPipeline pipeline = protecting("وفاق");
    org.tahqiq.pipeline.ProcessedArticle p = pipeline.process(
        Article.of("a", "دعا الحزب إلى وفاق وطني شامل بين القوى السياسية والنقابات في العاصمة."));
    org.tahqiq.token.AnalyzedText a = p.analysis();
    List<String> expected = java.util.stream.IntStream.range(0, a.size())
        .filter(i -> a.type(i) == org.tahqiq.token.TokenType.ARABIC_WORD)
        .filter(i -> !pipeline.shingler().stopwords().contains(a.word(i)))
        .mapToObj(a::stem)
        .filter(stem -> stem.length() > 1 && !pipeline.shingler().stopwords().contains(stem))
        .toList();
    assertEquals(List.of(expected), FactDiff.builder().pipeline(pipeline).build().contentStems(p));
  }
}
