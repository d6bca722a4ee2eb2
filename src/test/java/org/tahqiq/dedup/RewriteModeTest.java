package org.tahqiq.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/**
 * {@link SimilarityMeasure#REWRITES}: copies with reordered phrases or words, or some words
 * replaced by synonyms, are found; different stories of one beat, and a copy whose figures were
 * changed, are not. The default mode stays strict.
 */
class RewriteModeTest {
  private static final NearDuplicateDetector REWRITES =
      NearDuplicateDetector.builder().measure(SimilarityMeasure.REWRITES).build();
  private static final NearDuplicateDetector DEFAULT = NearDuplicateDetector.defaults();
  private static final NearDuplicateDetector ORDERED = NearDuplicateDetector.builder()
      .measure(SimilarityMeasure.REWRITES).orderedRewrites(SimilarityMeasure.REWRITE_ORDER_THRESHOLD).build();

  /** A passage written for this test: a ministry statement on a flood, with figures. */
  private static final String PASSAGE = String.join(" ",
      "أعلنت وزارة الري المصرية، اليوم الثلاثاء، أن مياه الفيضان غمرت نحو 1200 فدان من الأراضي الزراعية",
      "في قرى محافظة أسيوط، وأن فرق الطوارئ أقامت سدودا ترابية على طول 14 كيلومترا لحماية المنازل.",
      "وقال المتحدث باسم الوزارة إن منسوب النهر ارتفع بمقدار مترين خلال يومين بسبب الأمطار الغزيرة",
      "على الهضبة، مشيرا إلى أن الأهالي نقلوا مواشيهم إلى المدارس والمساجد المرتفعة في القرى المجاورة.",
      "وأضاف أن المحافظ شكل غرفة عمليات تعمل على مدار الساعة، وأن الحكومة خصصت 30 مليون جنيه لتعويض",
      "المزارعين المتضررين وإصلاح الترع والجسور التي جرفتها المياه في مراكز ديروط والقوصية ومنفلوط.");

  private static Set<Set<String>> groups(DuplicateReport r) {
    return r.groups().stream().map(g -> Set.copyOf(g.members())).collect(Collectors.toSet());
  }

  private static String shuffleWords(String text, long seed) {
    List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
    Collections.shuffle(words, new Random(seed));
    return String.join(" ", words);
  }

  private static String shufflePhrases(String text, long seed) {
    List<String> phrases = new ArrayList<>(List.of(text.split("(?<=[،.])\\s+")));
    Collections.shuffle(phrases, new Random(seed));
    return String.join(" ", phrases);
  }

  @Test
  void wordShuffledCopiesAreFoundOnlyInRewriteMode() {
    for (long seed = 1; seed <= 20; seed++) {
      List<Article> in = List.of(Article.of("original", PASSAGE), Article.of("shuffled", shuffleWords(PASSAGE, seed)));
      assertEquals(Set.of(Set.of("original", "shuffled")), groups(REWRITES.detect(in)), "seed " + seed);
      assertEquals(Set.of(), groups(DEFAULT.detect(in)), "seed " + seed);
    }
  }

  @Test
  void phraseShuffledCopiesOfARealStoryAreFound() {
    String story = Seeds.text("002");
    for (long seed = 1; seed <= 20; seed++) {
      List<Article> in = List.of(Article.of("wire", story), Article.of("reordered", shufflePhrases(story, seed)),
          Seeds.byPrefix("003"));
      assertEquals(Set.of(Set.of("wire", "reordered")), groups(REWRITES.detect(in)), "seed " + seed);
    }
  }

  @Test
  void aCopyWithSomeWordsReplacedBySynonymsIsFound() {
    String synonyms = PASSAGE
        .replace("أعلنت", "ذكرت")
        .replace("غمرت", "أغرقت")
        .replace("أقامت", "شيدت")
        .replace("وقال", "وأوضح")
        .replace("الغزيرة", "الكثيفة")
        .replace("نقلوا", "أخلوا")
        .replace("وأضاف", "وتابع")
        .replace("خصصت", "رصدت");
    List<Article> in = List.of(Article.of("original", PASSAGE), Article.of("synonyms", synonyms));
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(ORDERED.detect(in)));
    // A tenth of the words replaced is below the unordered rule: precision first by default.
    assertEquals(Set.of(), groups(REWRITES.detect(in)));
  }

  @Test
  void aRewordedCopyWithOtherFiguresIsAnotherReport() {
    // Same words, other figures: a later report of the same beat, not a copy.
    String later = PASSAGE.replace("1200", "3400").replace("14 كيلومترا", "25 كيلومترا")
        .replace("30 مليون", "75 مليون").replace("بمقدار مترين خلال يومين", "بمقدار ثلاثة أمتار خلال أسبوع");
    List<Article> in = List.of(Article.of("first", PASSAGE), Article.of("later", shuffleWords(later, 3)));
    assertEquals(Set.of(), groups(REWRITES.detect(in)));
  }

  @Test
  void differentStoriesOfOneBeatAreNotRewrites() {
    // The two seed events share leaders, places and vocabulary, and are different stories.
    DuplicateReport r = REWRITES.detect(Seeds.all());
    assertEquals(Set.of(), groups(r), r.pairs().toString());
  }

  @Test
  void shortTextsNeverMatchInRewriteMode() {
    String few = "أعلنت وزارة الري غمر الأراضي الزراعية في أسيوط";
    DuplicateReport r = REWRITES.detect(List.of(Article.of("a", few), Article.of("b", shuffleWords(few, 1))));
    assertEquals(Set.of(), groups(r));
    assertEquals(Set.of("a", "b"), Set.copyOf(r.tooShort()));
  }

  @Test
  void rewriteModeHasItsOwnDefaultsAndKeepsExplicitOnes() {
    assertEquals(SimilarityMeasure.DEFAULT_REWRITE_THRESHOLD, REWRITES.threshold());
    assertEquals(SimilarityMeasure.REWRITE_MIN_SHINGLES, REWRITES.minShingles());
    NearDuplicateDetector explicit = NearDuplicateDetector.builder()
        .measure(SimilarityMeasure.REWRITES).threshold(0.8).minShingles(7).build();
    assertEquals(0.8, explicit.threshold());
    assertEquals(7, explicit.minShingles());
    assertEquals(NearDuplicateDetector.DEFAULT_THRESHOLD, DEFAULT.threshold());
    assertEquals(NearDuplicateDetector.DEFAULT_MIN_SHINGLES, DEFAULT.minShingles());
    assertTrue(REWRITES.orderedRewrites().isEmpty());
    assertEquals(SimilarityMeasure.REWRITE_ORDER_THRESHOLD, ORDERED.orderedRewrites().getAsDouble());
    // Either rule: candidates banded below the unordered threshold, for the ordered rule's floor.
    assertEquals(SimilarityMeasure.REWRITE_SUBSTITUTION_MIN_JACCARD, ORDERED.candidateFloor());
    assertEquals(SimilarityMeasure.REWRITE_SUBSTITUTION_MIN_JACCARD, REWRITES.candidateFloor());
    assertEquals(0.3, NearDuplicateDetector.builder().measure(SimilarityMeasure.REWRITES).threshold(0.3).build()
        .candidateFloor());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> NearDuplicateDetector.builder().orderedRewrites(0.7).build());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> NearDuplicateDetector.builder().measure(SimilarityMeasure.REWRITES).orderedRewrites(0));
  }

  @Test
  void exactVerificationAgreesWithEstimatedOnAShuffledCopy() {
    NearDuplicateDetector exact = NearDuplicateDetector.builder()
        .measure(SimilarityMeasure.REWRITES).verification(Verification.EXACT).build();
    List<Article> in = List.of(Article.of("original", PASSAGE), Article.of("shuffled", shuffleWords(PASSAGE, 9)));
    DuplicateReport r = exact.detect(in);
    assertEquals(Set.of(Set.of("original", "shuffled")), groups(r));
    assertTrue(r.pairs().get(0).similarity() == 1.0, r.pairs().toString());
  }

  /** A third of the content words replaced, in place: below the unordered rule, found by order. */
  @Test
  void aCopyWithAThirdOfItsWordsReplacedIsFoundByOrder() {
    String synonyms = PASSAGE
        .replace("أعلنت", "ذكرت").replace("مياه", "سيول").replace("غمرت", "أغرقت")
        .replace("الأراضي", "الأطيان").replace("قرى", "بلدات").replace("فرق", "أطقم")
        .replace("أقامت", "شيدت").replace("طول", "امتداد").replace("لحماية", "لصون")
        .replace("وقال", "وأوضح").replace("منسوب", "مستوى").replace("ارتفع", "صعد")
        .replace("الغزيرة", "الكثيفة").replace("الأهالي", "السكان").replace("نقلوا", "أخلوا")
        .replace("وأضاف", "وتابع").replace("شكل", "أنشأ").replace("خصصت", "رصدت")
        .replace("لتعويض", "لتعويضات").replace("جرفتها", "هدمتها");
    List<Article> in = List.of(Article.of("original", PASSAGE), Article.of("synonyms", synonyms));
    NearDuplicateDetector exactOrdered = NearDuplicateDetector.builder().measure(SimilarityMeasure.REWRITES)
        .orderedRewrites(SimilarityMeasure.REWRITE_ORDER_THRESHOLD).verification(Verification.EXACT).build();
    DuplicateReport r = exactOrdered.detect(in);
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(r));
    double order = r.pairs().get(0).similarity();
    assertTrue(order >= SimilarityMeasure.REWRITE_ORDER_THRESHOLD && order < 0.95, r.pairs().toString());
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(ORDERED.detect(in)));
    // The same words shuffled keep the set but lose the order: not found.
    List<Article> shuffled = List.of(Article.of("original", PASSAGE), Article.of("synonyms", shuffleWords(synonyms, 5)));
    assertEquals(Set.of(), groups(ORDERED.detect(shuffled)));
    // A changed figure vetoes the ordered rule.
    List<Article> refigured = List.of(Article.of("original", PASSAGE),
        Article.of("synonyms", synonyms.replace("1200", "1700")));
    assertEquals(Set.of(), groups(ORDERED.detect(refigured)));
    assertEquals(Set.of(), groups(REWRITES.detect(in)));
  }

  /**
   * The next report on the same flood by the same desk: many of the same words (ministry, flood,
   * Asyut, feddans, villages, figures), in other sentences. Not a copy.
   */
  @Test
  void theNextReportOnTheSameStoryIsNotACopy() {
    String next = String.join(" ",
        "تراجعت مياه الفيضان في قرى محافظة أسيوط، وعاد الأهالي إلى المنازل بعد أن أقامت فرق الطوارئ",
        "سدودا ترابية جديدة، بينما قال المحافظ إن 1200 فدان من الأراضي الزراعية ما زالت غارقة.",
        "وأوضحت وزارة الري المصرية أن الحكومة بدأت صرف 30 مليون جنيه للمزارعين المتضررين في مراكز",
        "ديروط والقوصية ومنفلوط، وأن غرفة العمليات رصدت انخفاض منسوب النهر، مشيرة إلى أن المدارس",
        "والمساجد ستعود إلى العمل الأسبوع المقبل بعد إصلاح الترع والجسور التي جرفتها المياه.");
    List<Article> in = List.of(Article.of("first", PASSAGE), Article.of("next", next));
    DuplicateReport r = ORDERED.detect(in);
    assertEquals(Set.of(), groups(r), r.pairs().toString());
  }
}
