package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;
import org.tahqiq.token.ArabicLightStemmer;

/**
 * The extractor reads a word as the pipeline's stemmer does: a word the stemmer protects keeps its
 * clitic letters in every lexicon lookup ({@link FactExtractor#protecting}). Real misreadings of
 * the default reading: "وست" of "وست هام" (West Ham) as "and six", "بأمس" of "بأمس الحاجة" (in
 * dire need) as "yesterday".
 */
class ProtectedWordExtractionTest {
  private static final Optional<LocalDateTime> PUBLISHED = Optional.of(LocalDateTime.of(2013, 3, 5, 10, 0));
  private static final String WEST_HAM = "فاز وست هام على تشيلسي بثلاثة أهداف.";
  private static final String DIRE_NEED = "قال الوزير إن البلاد بأمس الحاجة إلى الاستثمار.";
  private static final String YESTERDAY = "وصل الوزير أمس إلى القاهرة.";

  private static ExtractedFacts extract(FactExtractor extractor, String text) {
    return extractor.extract(ArabicNormalizer.defaults().normalize(MappedText.identity(text)), PUBLISHED);
  }

  private static List<Double> counts(FactExtractor extractor, String text) {
    return extract(extractor, text).quantities().stream().map(q -> q.value().low()).toList();
  }

  private static FactExtractor protecting(String word) {
    return FactExtractor.defaults().protecting(ArabicLightStemmer.builder().addProtected(word).build());
  }

  @Test
  void byDefaultACliticLetterIsStrippedBeforeTheLookup() {
    assertEquals(List.of(6.0, 3.0), counts(FactExtractor.defaults(), WEST_HAM));
    assertEquals(1, extract(FactExtractor.defaults(), DIRE_NEED).times().size());
  }

  @Test
  void aProtectedWordIsLookedUpWhole() {
    assertEquals(List.of(3.0), counts(protecting("وست"), WEST_HAM));
    assertTrue(extract(protecting("بأمس"), DIRE_NEED).times().isEmpty());
  }

  @Test
  void protectionChangesOnlyThatWord() {
    FactExtractor extractor = protecting("بأمس");
    List<TimeMention> times = extract(extractor, YESTERDAY).times();
    assertEquals(1, times.size());
    assertEquals(LocalDate.of(2013, 3, 4), times.get(0).value().resolve(LocalDate.of(2013, 3, 5)).start());
    assertEquals(extract(FactExtractor.defaults(), WEST_HAM).quantities(), extract(extractor, WEST_HAM).quantities());
  }

  @Test
  void protectingTheSameStemmerTwiceGivesTheSameExtractor() {
    ArabicLightStemmer stemmer = ArabicLightStemmer.builder().addProtected("وست").build();
    FactExtractor once = FactExtractor.defaults().protecting(stemmer);
    assertSame(once, once.protecting(stemmer));
  }
}
