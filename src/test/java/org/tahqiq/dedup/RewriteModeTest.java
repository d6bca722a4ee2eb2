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
    String synonyms = substitute(PASSAGE,
        "أعلنت", "ذكرت", "غمرت", "أغرقت", "أقامت", "شيدت",
        "وقال", "وأوضح", "الغزيرة", "الكثيفة", "نقلوا", "أخلوا",
        "وأضاف", "وتابع", "خصصت", "رصدت");
    List<Article> in = List.of(Article.of("original", PASSAGE), Article.of("synonyms", synonyms));
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(ORDERED.detect(in)));
    // Below the unordered rule, but every replaced word sits in place: the substitution rule.
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(REWRITES.detect(in)));
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
    String synonyms = substitute(PASSAGE,
        "أعلنت", "ذكرت", "مياه", "سيول", "غمرت", "أغرقت",
        "الأراضي", "الأطيان", "قرى", "بلدات", "فرق", "أطقم",
        "أقامت", "شيدت", "طول", "امتداد", "لحماية", "لصون",
        "وقال", "وأوضح", "منسوب", "مستوى", "ارتفع", "صعد",
        "الغزيرة", "الكثيفة", "الأهالي", "السكان", "نقلوا", "أخلوا",
        "وأضاف", "وتابع", "شكل", "أنشأ", "خصصت", "رصدت",
        "لتعويض", "لتعويضات", "جرفتها", "هدمتها");
    List<Article> in = List.of(Article.of("original", PASSAGE), Article.of("synonyms", synonyms));
    NearDuplicateDetector exactOrdered = NearDuplicateDetector.builder().measure(SimilarityMeasure.REWRITES)
        .orderedRewrites(SimilarityMeasure.REWRITE_ORDER_THRESHOLD).verification(Verification.EXACT).build();
    DuplicateReport r = exactOrdered.detect(in);
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(r));
    // The substitution rule (always on) decides first and reports the in-place share; the order
    // similarity alone would have passed the ordered rule.
    assertTrue(r.pairs().get(0).similarity() >= SimilarityMeasure.REWRITE_IN_PLACE_THRESHOLD, r.pairs().toString());
    double order = WordOrder.similarity(words(PASSAGE), words(synonyms));
    assertTrue(order >= SimilarityMeasure.REWRITE_ORDER_THRESHOLD && order < 0.95, "order " + order);
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(ORDERED.detect(in)));
    // The same words shuffled keep the set but lose the order: not found.
    List<Article> shuffled = List.of(Article.of("original", PASSAGE), Article.of("synonyms", shuffleWords(synonyms, 5)));
    assertEquals(Set.of(), groups(ORDERED.detect(shuffled)));
    // A changed figure vetoes the ordered rule.
    List<Article> refigured = List.of(Article.of("original", PASSAGE),
        Article.of("synonyms", synonyms.replace("1200", "1700")));
    assertEquals(Set.of(), groups(ORDERED.detect(refigured)));
    // By default too: a third of the words replaced one by one, in place, the figures kept.
    DuplicateReport byDefault = REWRITES.detect(in);
    assertEquals(Set.of(Set.of("original", "synonyms")), groups(byDefault));
    assertTrue(byDefault.pairs().get(0).similarity() >= SimilarityMeasure.REWRITE_IN_PLACE_THRESHOLD,
        byDefault.pairs().toString());
    assertTrue(jaccard(PASSAGE, synonyms) < SimilarityMeasure.DEFAULT_REWRITE_THRESHOLD, "below the unordered rule");
    assertEquals(Set.of(), groups(REWRITES.detect(shuffled)));
    assertEquals(Set.of(), groups(REWRITES.detect(refigured)));
  }

  /** {@code text} with each word of the pairs {@code from, to, from, to …} replaced, as a synonym edit does. */
  private static String substitute(String text, String... fromTo) {
    for (int i = 0; i + 1 < fromTo.length; i += 2) {
      text = text.replace(fromTo[i], fromTo[i + 1]);
    }
    return text;
  }

  /** The content-word sequence of a text in the rewrite pipeline. */
  private static int[] words(String text) {
    return WordOrder.words(REWRITES.pipeline().shingler().sequence(
        REWRITES.pipeline().process(Article.of("t", text)).normalized()));
  }

  /** The exact Jaccard similarity of two texts' content-word sets in the rewrite pipeline. */
  private static double jaccard(String a, String b) {
    return REWRITES.pipeline().process(Article.of("a", a)).shingles()
        .exactJaccard(REWRITES.pipeline().process(Article.of("b", b)).shingles());
  }

  /** A court report written for this test: a trial postponed, with a date and a figure. */
  private static final String HEARING = String.join(" ",
      "قررت محكمة جنايات الجيزة، اليوم الأحد، تأجيل محاكمة 14 متهما في قضية اقتحام قسم شرطة كرداسة",
      "إلى جلسة 10 مارس المقبل، لاستدعاء شهود الإثبات وسماع أقوال الطبيب الشرعي. وكانت النيابة العامة",
      "قد أسندت إلى المتهمين تهم القتل العمد والشروع فيه وحيازة أسلحة نارية بدون ترخيص وإتلاف المنشآت",
      "العامة. وطالب دفاع المتهمين بإخلاء سبيل موكليهم لعدم كفاية الأدلة، فيما رفضت المحكمة الطلب",
      "وأمرت باستمرار حبسهم. وشهدت الجلسة إجراءات أمنية مشددة، وانتشرت قوات الأمن المركزي في محيط",
      "المحكمة منذ الصباح الباكر.");

  /**
   * The desk's next report on the same trial: the earlier text reused in order, with the verdict,
   * new figures and a date, and inserted sentences (the coroner's testimony, the appeal, the
   * families at the gate).
   */
  private static final String VERDICT = String.join(" ",
      "قضت محكمة جنايات الجيزة، اليوم الأحد 10 مارس، بالسجن المشدد 7 سنوات على 9 متهمين وببراءة 5 آخرين",
      "في قضية اقتحام قسم شرطة كرداسة، بعد أن استمعت إلى شهود الإثبات وأقوال الطبيب الشرعي. وكانت النيابة",
      "العامة قد أسندت إلى المتهمين تهم القتل العمد والشروع فيه وحيازة أسلحة نارية بدون ترخيص وإتلاف",
      "المنشآت العامة. وقال الطبيب الشرعي أمام المحكمة إن المجني عليهما أصيبا بطلقات نارية من مسافة",
      "قريبة، وإن الوفاة نتجت عن نزيف حاد. وطالب دفاع المتهمين ببراءة موكليهم لعدم كفاية الأدلة، وأعلن",
      "أنه سيطعن على الحكم أمام محكمة النقض خلال 60 يوما. وشهدت الجلسة إجراءات أمنية مشددة، وانتشرت",
      "قوات الأمن المركزي في محيط المحكمة منذ الصباح الباكر، فيما تجمع أهالي المتهمين أمام البوابة الرئيسية.");

  @Test
  void aSynonymCopyOfACourtReportIsFound() {
    String copy = substitute(HEARING,
        "قررت", "أمرت", "تأجيل", "إرجاء", "اقتحام", "مهاجمة",
        "وسماع", "والاستماع إلى", "أسندت", "وجهت", "العمد", "المتعمد",
        "وإتلاف", "وتخريب", "وطالب", "وطلب", "بإخلاء سبيل", "بالإفراج عن",
        "مشددة", "مكثفة", "وانتشرت", "وتمركزت", "الباكر", "المبكر");
    List<Article> in = List.of(Article.of("report", HEARING), Article.of("copy", copy));
    assertEquals(Set.of(Set.of("report", "copy")), groups(REWRITES.detect(in)));
    assertEquals(Set.of(), groups(DEFAULT.detect(in)));
  }

  @Test
  void aFollowUpReportOfTheSameTrialIsNotACopy() {
    List<Article> in = List.of(Article.of("hearing", HEARING), Article.of("verdict", VERDICT));
    // Enough words in common for the substitution rule to look at it.
    assertTrue(jaccard(HEARING, VERDICT) >= SimilarityMeasure.REWRITE_SUBSTITUTION_MIN_JACCARD,
        "jaccard " + jaccard(HEARING, VERDICT));
    DuplicateReport r = REWRITES.detect(in);
    assertEquals(Set.of(), groups(r), r.pairs().toString());
    // Without any figures (nothing for the number agreement to veto), the inserted sentences and
    // the length still tell the follow-up from a copy.
    String hearing = HEARING.replaceAll("[0-9]+ ", "");
    String verdict = VERDICT.replaceAll("[0-9]+ ", "");
    DuplicateReport noFigures = REWRITES.detect(List.of(Article.of("hearing", hearing), Article.of("verdict", verdict)));
    assertEquals(Set.of(), groups(noFigures), noFigures.pairs().toString());
    // Its words shuffled or its phrases reordered, the verdict is still no copy either.
    assertEquals(Set.of(), groups(REWRITES.detect(List.of(Article.of("hearing", HEARING),
        Article.of("verdict", shufflePhrases(VERDICT, 4))))));
  }

  @Test
  void shuffledCopiesOfTheCourtReportAreStillFound() {
    for (long seed = 1; seed <= 10; seed++) {
      List<Article> words = List.of(Article.of("report", HEARING), Article.of("copy", shuffleWords(HEARING, seed)));
      assertEquals(Set.of(Set.of("report", "copy")), groups(REWRITES.detect(words)), "seed " + seed);
      List<Article> phrases = List.of(Article.of("report", HEARING), Article.of("copy", shufflePhrases(HEARING, seed)));
      assertEquals(Set.of(Set.of("report", "copy")), groups(REWRITES.detect(phrases)), "seed " + seed);
    }
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
    assertEquals(Set.of(), groups(REWRITES.detect(in)));
  }
}
