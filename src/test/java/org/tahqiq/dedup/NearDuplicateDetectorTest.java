package org.tahqiq.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.shingle.ShingleSet;

class NearDuplicateDetectorTest {

  private static final TextPipeline PIPELINE = TextPipeline.defaults();

  /** A republished copy of each seed (respelt, other tail, one paragraph dropped). */
  private static List<Article> republishedCopies(int dropIndex, long seed) {
    List<Article> copies = new ArrayList<>();
    for (Article a : Seeds.all()) {
      String story = PIPELINE.process(a).cleaned().text().text();
      int paragraphs = Perturbation.paragraphs(story).size();
      copies.add(Article.of(a.id() + "-copy",
          Perturbation.republish(story, Math.floorMod(dropIndex, paragraphs), seed)));
    }
    return copies;
  }

  @Test
  void differentSeedArticlesAreNeverNearDuplicates() {
    DuplicateReport report = NearDuplicateDetector.defaults().detect(Seeds.all());
    assertEquals(List.of(), report.groups());
    assertEquals(List.of(), report.pairs());
    assertEquals(List.of(), report.tooShort());
  }

  @Test
  void respellingAndAnotherTailDoNotChangeTheShingles() {
    for (Article a : Seeds.all()) {
      ProcessedArticle original = PIPELINE.process(a);
      String story = original.cleaned().text().text();
      ShingleSet copy = PIPELINE.process(Article.of("c", Perturbation.republish(story, -1, 7))).shingles();
      assertEquals(1.0, copy.exactJaccard(original.shingles()), a.id());
    }
  }

  /**
   * Every seed against a republished copy that dropped one paragraph: each paragraph whose loss
   * keeps the exact Jaccard similarity at least 0.1 above the threshold must be found (the MinHash
   * estimate has a standard error of about 0.04 at k = 128), and the copy must join its original,
   * never another seed.
   */
  @Test
  void republishedCopiesJoinTheirOriginalAtTheDefaultThreshold() {
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    int checked = 0;
    for (int drop = 0; drop < 6; drop++) {
      List<Article> input = new ArrayList<>(Seeds.all());
      List<Article> copies = republishedCopies(drop, 1000 + drop);
      input.addAll(copies);
      DuplicateReport report = detector.detect(input);
      for (DuplicateGroup g : report.groups()) {
        assertEquals(2, g.size(), "a copy grouped with another seed: " + g);
        assertEquals(g.members().get(0) + "-copy", g.members().get(1));
      }
      for (Article copy : copies) {
        String originalId = copy.id().substring(0, copy.id().length() - "-copy".length());
        ShingleSet a = PIPELINE.process(copy).shingles();
        ShingleSet b = PIPELINE.process(Seeds.byPrefix(originalId.substring(0, 3))).shingles();
        if (a.exactJaccard(b) >= detector.threshold() + 0.1) {
          checked++;
          assertTrue(report.groups().contains(new DuplicateGroup(originalId, List.of(originalId, copy.id()))),
              copy.id() + " (exact Jaccard " + a.exactJaccard(b) + ") not grouped: " + report.groups());
        }
      }
    }
    assertTrue(checked >= 25, "too few copies above the threshold to mean anything: " + checked);
  }

  /** Containment finds even a copy that lost its largest paragraph (Jaccard 0.65 on seed 000). */
  @Test
  void containmentFindsCopiesWithAnyParagraphDropped() {
    NearDuplicateDetector detector = NearDuplicateDetector.builder()
        .measure(SimilarityMeasure.CONTAINMENT).threshold(0.8).build();
    for (Article a : Seeds.all()) {
      String story = PIPELINE.process(a).cleaned().text().text();
      int paragraphs = Perturbation.paragraphs(story).size();
      for (int drop = 0; drop < paragraphs; drop++) {
        Article copy = Article.of(a.id() + "-copy", Perturbation.republish(story, drop, drop));
        DuplicateReport report = detector.detect(List.of(a, copy));
        assertEquals(List.of(new DuplicateGroup(a.id(), List.of(a.id(), copy.id()))), report.groups(),
            a.id() + " without paragraph " + drop);
      }
    }
    assertEquals(List.of(), detector.detect(Seeds.all()).groups());
  }

  @Test
  void exactVerificationAgreesOnTheSeedsAndTheirCopies() {
    NearDuplicateDetector exact = NearDuplicateDetector.builder().verification(Verification.EXACT).build();
    List<Article> input = new ArrayList<>(Seeds.all());
    input.addAll(republishedCopies(1, 5));
    DuplicateReport report = exact.detect(input);
    assertEquals(5, report.groups().size(), report.groups().toString());
    for (DuplicatePair p : report.pairs()) {
      ShingleSet a = PIPELINE.process(find(input, p.first())).shingles();
      ShingleSet b = PIPELINE.process(find(input, p.second())).shingles();
      assertEquals(a.exactJaccard(b), p.similarity(), 1e-12);
    }
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Article> input = new ArrayList<>(Seeds.all());
    input.addAll(republishedCopies(2, 11));
    input.addAll(republishedCopies(3, 12).stream()
        .map(c -> Article.of(c.id() + "2", c.text())).toList());
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    DuplicateReport expected = detector.detect(input);
    assertFalse(expected.groups().isEmpty());
    Random random = new Random(20240619);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(input, random);
      assertEquals(expected, detector.detect(input));
      DuplicateStream stream = detector.newStream();
      input.forEach(stream::add);
      assertEquals(expected, stream.report(), "streaming differs from batch");
    }
  }

  @Test
  void representativeIsTheEarliestPublishedThenSmallestId() {
    Article seed = Seeds.byPrefix("002");
    String story = PIPELINE.process(seed).cleaned().text().text();
    Article late = Article.builder("a-late", story).published(LocalDateTime.of(2024, 6, 20, 9, 0)).build();
    Article early = Article.builder("z-early", Perturbation.respell(story, 3))
        .published(LocalDateTime.of(2024, 6, 19, 22, 0)).build();
    Article undated = Article.of("0-undated", Perturbation.respell(story, 4));
    DuplicateReport report = NearDuplicateDetector.defaults().detect(List.of(late, undated, early));
    assertEquals(List.of(new DuplicateGroup("z-early", List.of("z-early", "a-late", "0-undated"))), report.groups());
  }

  @Test
  void streamingTellsWhichGroupAnArticleJoined() {
    Article seed = Seeds.byPrefix("004");
    String story = PIPELINE.process(seed).cleaned().text().text();
    DuplicateStream stream = NearDuplicateDetector.defaults().newStream();
    AddResult first = stream.add(seed);
    assertEquals(AddResult.Status.UNIQUE, first.status());
    assertTrue(first.group().isEmpty());
    assertEquals(AddResult.Status.UNIQUE, stream.add(Seeds.byPrefix("000")).status());
    AddResult copy = stream.add(Article.of("copy", Perturbation.republish(story, 1, 9)));
    assertEquals(AddResult.Status.JOINED, copy.status());
    assertEquals(List.of(seed.id(), "copy"), copy.group().orElseThrow().members());
    assertEquals(1, copy.matches().size());
    assertEquals(seed.id(), copy.matches().get(0).first());
    assertTrue(copy.matches().get(0).similarity() >= 0.7);
    assertThrows(IllegalArgumentException.class, () -> stream.add(seed));
  }

  @Test
  void emptyAndTooShortArticlesNeverMatchByEmptiness() {
    List<Article> input = List.of(
        Article.of("empty-1", ""),
        Article.of("empty-2", ""),
        Article.of("blank", "   \n\t  "),
        Article.of("english", "Breaking news"),
        Article.of("ads-only", "[ad_1]\n[ad_2]\nSource link"),
        Article.of("short-1", "بوتين في بيونغ يانغ"),
        Article.of("short-2", "بوتين في بيونغ يانغ"));
    DuplicateReport report = NearDuplicateDetector.defaults().detect(input);
    assertEquals(List.of(), report.groups());
    assertEquals(Set.of("empty-1", "empty-2", "blank", "english", "ads-only", "short-1", "short-2"),
        Set.copyOf(report.tooShort()));
    DuplicateStream stream = NearDuplicateDetector.defaults().newStream();
    assertEquals(AddResult.Status.TOO_SHORT, stream.add(input.get(0)).status());
    assertEquals(AddResult.Status.TOO_SHORT, stream.add(input.get(1)).status());
  }

  @Test
  void invalidOptionsAndInputFailWithClearMessages() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NearDuplicateDetector.builder().threshold(0));
    assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NearDuplicateDetector.builder().threshold(1.5));
    assertThrows(IllegalArgumentException.class, () -> NearDuplicateDetector.builder().minShingles(0));
    assertThrows(NullPointerException.class, () -> NearDuplicateDetector.builder().measure(null));
    Article a = Seeds.byPrefix("000");
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> NearDuplicateDetector.defaults().detect(List.of(a, a)));
    assertTrue(dup.getMessage().contains(a.id()), dup.getMessage());
  }

  @Test
  void concurrentAddsLoseNothing() throws Exception {
    List<Article> input = new ArrayList<>(Seeds.all());
    for (int round = 0; round < 4; round++) {
      for (Article c : republishedCopies(round, 40 + round)) {
        input.add(Article.of(c.id() + round, c.text()));
      }
    }
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    DuplicateReport expected = detector.detect(input);
    DuplicateStream stream = detector.newStream();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AddResult>> futures = new ArrayList<>();
      for (Article a : input) {
        futures.add(pool.submit(() -> stream.add(a)));
      }
      for (Future<AddResult> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(input.size(), stream.size());
    assertEquals(expected, stream.report());
  }

  private static Article find(List<Article> articles, String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }
}
