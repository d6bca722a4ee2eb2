package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import static org.tahqiq.pipeline.ProtectedWordFixture.ACCORD;
import static org.tahqiq.pipeline.ProtectedWordFixture.SURPASSED;
import static org.tahqiq.pipeline.ProtectedWordFixture.protecting;
import org.tahqiq.shingle.ShingleSet;

/**
 * Deduplication's shingles and clustering's terms stem with the one stemmer of the pipeline they
 * are given: a user's protected word changes what both see, the same way.
 */
class SharedTextCoreTest {
  private static ShingleSet shingles(TextPipeline pipeline, String text) {
    return pipeline.process(Article.of("a", text)).shingles();
  }

  private static List<Long> terms(TextPipeline pipeline, String text) {
    ProcessedArticle p = pipeline.process(Article.of("a", text));
    return terms(TermExtractor.of(pipeline).extract(p, pipeline.normalizer()));
  }

  private static List<Long> terms(TermVector v) {
    return Arrays.stream(v.termsCopy()).boxed().toList();
  }

  @Test
  void theDefaultPipelineStemsBothStagesAlike() {
    TextPipeline defaults = TextPipeline.defaults();
    assertSame(TermExtractor.defaults(), TermExtractor.of(defaults));
    assertEquals(shingles(defaults, ACCORD), shingles(defaults, SURPASSED));
    assertEquals(terms(defaults, ACCORD), terms(defaults, SURPASSED));
  }

  @Test
  void aProtectedWordChangesWhatDedupAndClusteringSee() {
    TextPipeline pipeline = protecting("وفاق");
    assertNotEquals(shingles(pipeline, ACCORD), shingles(pipeline, SURPASSED));
    assertNotEquals(terms(pipeline, ACCORD), terms(pipeline, SURPASSED));
    // Only that word: the rest of the text gives the same terms and shingles as by default.
    assertEquals(terms(TextPipeline.defaults(), SURPASSED), terms(pipeline, SURPASSED));
    assertEquals(shingles(TextPipeline.defaults(), SURPASSED), shingles(pipeline, SURPASSED));
  }

  @Test
  void theClustererReadsItsPipelinesStemmer() {
    EventClusterer clusterer = EventClusterer.builder().pipeline(protecting("وفاق")).build();
    EventClusterer.Features accord = clusterer.features(Article.of("a", ACCORD));
    EventClusterer.Features surpassed = clusterer.features(Article.of("b", SURPASSED));
    assertNotEquals(terms(accord.terms()), terms(surpassed.terms()));
    EventClusterer plain = EventClusterer.defaults();
    assertEquals(terms(plain.features(Article.of("a", ACCORD)).terms()),
        terms(plain.features(Article.of("b", SURPASSED)).terms()));
  }

  @Test
  void theClusterersReportedDaysReadItsPipelinesProtectedWords() {
    // "بأمس الحاجة" (in dire need) is read as "yesterday" unless the pipeline protects بأمس.
    Article direNeed = Article.builder("a", "قال وزير الاستثمار في مؤتمر صحفي بالقاهرة إن البلاد بأمس الحاجة إلى الاستثمار الأجنبي والتنمية الصناعية "
        + "في المحافظات، وإن الحكومة تعد قانونا جديدا للاستثمار يعرض على مجلس الشورى خلال الأسابيع المقبلة.")
        .published(java.time.LocalDateTime.of(2013, 3, 5, 10, 0)).build();
    long yesterday = java.time.LocalDate.of(2013, 3, 4).toEpochDay();
    assertArrayEquals(new long[] {yesterday}, EventClusterer.defaults().features(direNeed).reportedDays());
    EventClusterer protecting = EventClusterer.builder().pipeline(protecting("بأمس")).build();
    assertEquals(0, protecting.features(direNeed).reportedDays().length);
  }

  @Test
  void clusteringsTermsAreTheAnalysisStemsOfTheKeptWordsOnEverySeed() throws Exception {
    TextPipeline pipeline = TextPipeline.defaults();
    for (Article seed : org.tahqiq.Seeds.all()) {
      // Without its title: the story's terms are read from the analysis alone.
      ProcessedArticle p = pipeline.process(Article.of(seed.id(), seed.text()));
      org.tahqiq.token.AnalyzedText a = p.analysis();
      long[] expected = java.util.stream.IntStream.range(0, a.size())
          .filter(i -> a.type(i) == org.tahqiq.token.TokenType.ARABIC_WORD
              || a.type(i) == org.tahqiq.token.TokenType.LATIN_WORD || a.type(i) == org.tahqiq.token.TokenType.NUMBER)
          .filter(i -> a.word(i).length() > 1 || a.type(i) == org.tahqiq.token.TokenType.NUMBER && !a.word(i).isEmpty())
          .filter(i -> !pipeline.shingler().stopwords().contains(a.word(i).toLowerCase(java.util.Locale.ROOT)))
          .mapToObj(i -> a.type(i) == org.tahqiq.token.TokenType.LATIN_WORD ? a.word(i).toLowerCase(java.util.Locale.ROOT) : a.stem(i))
          .mapToLong(TermExtractor::hash)
          .distinct().sorted().toArray();
      assertArrayEquals(expected, TermExtractor.of(pipeline).extract(p, pipeline.normalizer()).termsCopy(), seed.id());
    }
  }
}
