package org.tahqiq.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.facts.ExtractedFacts;
import org.tahqiq.facts.FactExtractor;
import org.tahqiq.facts.Sentence;
import org.tahqiq.shingle.Shingler;
import org.tahqiq.token.AnalyzedText;
import org.tahqiq.token.TokenType;

/**
 * The pipeline's analysis is the one reading of an article's text: deduplication's shingler
 * tokenizes and stems as it does, and extraction reads its sentences and tokens. (Clustering's terms
 * and the diff's stems are checked against it in {@code cluster.SharedTextCoreTest} and {@code
 * diff.DiffTextCoreTest}.)
 */
class AnalysisSharedByStagesTest {

  /**
   * Dedup's shingler reads the tokens and stems of the analysis: its unigram shingles of the text
   * are those of the analysis' kept tokens (stems of Arabic words, else words) shingled as they
   * are, without stemming or stopwords.
   */
  private static void assertShinglerReadsTheAnalysis(TextPipeline pipeline, String text) {
    ProcessedArticle p = pipeline.process(Article.of("a", text));
    Shingler shingler = pipeline.shingler();
    AnalyzedText a = p.analysis();
    String kept = IntStream.range(0, a.size())
        .filter(i -> shingler.countedTypes().contains(a.type(i)) && !a.word(i).isEmpty())
        .filter(i -> !(shingler.dropsStopwords() && shingler.stopwords().contains(a.word(i))))
        .mapToObj(i -> shingler.stems() && a.type(i) == TokenType.ARABIC_WORD ? a.stem(i) : a.word(i))
        .collect(Collectors.joining(" "));
    Shingler unigrams = Shingler.builder().stemmer(shingler.stemmer()).stem(shingler.stems())
        .dropStopwords(shingler.dropsStopwords()).countedTypes(shingler.countedTypes()).wordNgrams(1).build();
    Shingler asTheyAre = Shingler.builder().stem(false).dropStopwords(false)
        .countedTypes(shingler.countedTypes()).wordNgrams(1).build();
    assertTrue(kept.length() > 10, kept);
    assertArrayEquals(asTheyAre.sequence(kept), unigrams.sequence(p.normalized()));
  }

  @Test
  void dedupsShinglerSeesTheAnalysisTokensAndStemsOnEverySeed() throws Exception {
    for (Article seed : Seeds.all()) {
      assertShinglerReadsTheAnalysis(TextPipeline.defaults(), seed.text());
    }
  }

  @Test
  void aProtectedWordChangesTheAnalysisAsItChangesTheShingles() {
    TextPipeline pipeline = ProtectedWordFixture.protecting("وفاق");
    AnalyzedText protectedAnalysis = pipeline.process(Article.of("a", ProtectedWordFixture.ACCORD)).analysis();
    AnalyzedText defaultAnalysis = TextPipeline.defaults().process(Article.of("a", ProtectedWordFixture.ACCORD)).analysis();
    assertSame(pipeline.shingler().stemmer(), protectedAnalysis.stemmer());
    assertEquals("وفاق", protectedAnalysis.stem(2));
    assertNotEquals(defaultAnalysis.stem(2), protectedAnalysis.stem(2));
    assertShinglerReadsTheAnalysis(pipeline, ProtectedWordFixture.ACCORD);
  }

  @Test
  void extractionReadsTheAnalysisSentencesAndGivesWhatTheTextAloneGives() throws Exception {
    FactExtractor extractor = FactExtractor.defaults();
    for (Article seed : Seeds.all()) {
      ProcessedArticle p = TextPipeline.defaults().process(seed);
      ExtractedFacts fromAnalysis = extractor.extract(p.analysis(), seed.published());
      assertEquals(p.analysis().sentences(), fromAnalysis.sentences().stream().map(Sentence::span).toList());
      assertEquals(extractor.extract(p.normalized(), seed.published()), fromAnalysis);
    }
  }

  @Test
  void theAnalysisMustBeOfTheNormalizedText() {
    ProcessedArticle p = TextPipeline.defaults().process(Article.of("a", ProtectedWordFixture.ACCORD));
    ProcessedArticle q = TextPipeline.defaults().process(Article.of("b", ProtectedWordFixture.SURPASSED));
    assertThrows(IllegalArgumentException.class,
        () -> new ProcessedArticle(p.cleaned(), p.normalized(), p.shingles(), q.analysis()));
  }
}
