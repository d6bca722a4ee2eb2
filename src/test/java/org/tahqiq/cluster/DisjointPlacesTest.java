package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;

/**
 * The disjoint-places rule: two articles that both name gazetteer places and share none are
 * evidence of two events, so one template incident in two towns splits, while two reports of one
 * incident, in their own words, stay together.
 */
class DisjointPlacesTest {
  private static final LocalDateTime MONDAY = LocalDateTime.of(2013, 3, 4, 12, 0);

  /** A fuel seizure in Ismailia, the police's template wording. */
  static final Article ISMAILIA = Article.builder("ismailia",
      "تمكنت مباحث التموين بالإسماعيلية اليوم من ضبط 400 لتر سولار مدعم في سيارتين قبل تهريبها وبيعها"
          + " بأعلى سعر في السوق السوداء، وتم التحفظ على المتهمين والمضبوطات وإحالتهم إلى النيابة العامة"
          + " التي تولت التحقيق. وكان مدير أمن الإسماعيلية قد تلقى إخطارا من مدير المباحث يفيد بضبط"
          + " سائقين أثناء تحميل كميات من السولار من إحدى محطات الوقود بطريق القنطرة لتهريبها إلى سيناء.")
      .title("ضبط 400 لتر سولار قبل بيعها بالسوق السوداء بالإسماعيلية").source("a").published(MONDAY).build();
  /** Another seizure, the same day, in Minya: same template, another place. */
  static final Article MINYA = Article.builder("minya",
      "تمكنت حملة تموينية مكبرة بالاشتراك مع مباحث التموين بالمنيا اليوم من ضبط سائق وبحوزته 900 لتر"
          + " سولار مدعم قبل بيعها في السوق السوداء، وتم التحفظ على المتهم والمضبوطات وإحالته إلى النيابة"
          + " العامة للتحقيق. وكان مدير أمن المنيا قد تلقى إخطارا من مأمور المركز يفيد بضبط السائق أثناء"
          + " قيادته سيارة نقل محملة بالسولار على الطريق الزراعي.")
      .title("ضبط 900 لتر سولار قبل بيعها في السوق السوداء بالمنيا").source("b").published(MONDAY.plusHours(2))
      .build();
  /** The Minya seizure as another outlet wrote it. */
  static final Article MINYA_REWRITE = Article.builder("minya-2",
      "ضبطت أجهزة الأمن في محافظة المنيا سائقا أثناء نقله 900 لتر من السولار المدعم لبيعها بالسوق"
          + " السوداء بثلاثة أضعاف سعرها، وحررت محضرا بالواقعة وأحالت السائق إلى النيابة. وقال مصدر أمني"
          + " إن مباحث التموين شنت اليوم حملة مكبرة على محطات الوقود في المحافظة لمواجهة أزمة نقص السولار.")
      .title("أمن المنيا يضبط سائقا بحوزته 900 لتر سولار مدعم").source("c").published(MONDAY.plusHours(5))
      .build();

  private static Set<Set<String>> multi(ClusteringResult r) {
    return r.multiArticleClusters().stream().map(c -> Set.copyOf(c.articles())).collect(Collectors.toSet());
  }

  @Test
  void oneTemplateIncidentInTwoPlacesSplitsAndTwoReportsOfOneStayTogether() {
    ClusteringResult r = EventClusterer.defaults().cluster(List.of(ISMAILIA, MINYA, MINYA_REWRITE));
    assertEquals(Set.of(Set.of("minya", "minya-2")), multi(r));
  }

  @Test
  void theRuleOffRestoresTheOldClustering() {
    EventClusterer off = EventClusterer.builder().disjointPlacesFactor(1.0).build();
    ClusteringResult r = off.cluster(List.of(ISMAILIA, MINYA, MINYA_REWRITE));
    assertEquals(Set.of(Set.of("ismailia", "minya", "minya-2")), multi(r),
        "without the rule the two seizures are alike enough to join");
    assertEquals(0, off.features(MINYA).places().length, "no extraction for a rule that is off");
    assertEquals(1.0, off.placesFactor(new long[] {1}, new long[] {2}));
  }

  @Test
  void placesAreTheGazetteerPlacesUpToSpellingAndClitics() {
    EventClusterer c = EventClusterer.defaults();
    long[] minya = c.features(MINYA).places();
    assertEquals(1, minya.length, "بالمنيا and المنيا are one place");
    assertArrayEquals(minya, c.features(MINYA_REWRITE).places(), "محافظة المنيا: the same place");
    long[] ismailia = c.features(ISMAILIA).places();
    assertEquals(2, ismailia.length, "the Ismailia seizure names الإسماعيلية and, in its story, سيناء");
    assertTrue(java.util.Arrays.stream(ismailia).noneMatch(k -> k == minya[0]));
    // Spelling (ة/ه) and the attached preposition do not make another place.
    Article giza1 = Article.builder("g1", "قالت مديرية أمن الجيزة إن قوات الأمن ضبطت عصابة لسرقة السيارات في"
        + " منطقة الهرم بعد مطاردة استمرت ساعات").title("ضبط عصابة لسرقة السيارات في الجيزة").published(MONDAY).build();
    Article giza2 = Article.builder("g2", "ضبطت قوات الأمن عصابة لسرقة السيارات بعد مطاردة استمرت ساعات في"
        + " شوارع المحافظة").title("سقوط عصابة سرقة السيارات بالجيزه").published(MONDAY).build();
    long[] g1 = c.features(giza1).places();
    assertEquals(1, g1.length);
    assertArrayEquals(g1, c.features(giza2).places());
    Article noPlaceInTitle = Article.builder("n", giza1.text()).title("ضبط عصابة لسرقة السيارات").published(MONDAY).build();
    assertEquals(0, c.features(noPlaceInTitle).places().length, "a title that says no place claims none");
  }

  @Test
  void aSavedStreamKeepsThePlacesAndOneByOneEqualsBatch() throws java.io.IOException {
    StreamRoundTrip.assertStreamAndRestoredEqualBatch(EventClusterer.defaults(), List.of(ISMAILIA, MINYA, MINYA_REWRITE),
        "places (no text to extract them again)");
  }

  @Test
  void placesFactorAppliesOnlyWhenBothNamePlacesAndShareNone() {
    EventClusterer c = EventClusterer.defaults();
    double f = EventClusterer.DEFAULT_DISJOINT_PLACES_FACTOR;
    assertEquals(f, c.placesFactor(new long[] {1, 3}, new long[] {2, 4}));
    assertEquals(1.0, c.placesFactor(new long[] {1, 3}, new long[] {3, 4}));
    assertEquals(1.0, c.placesFactor(new long[] {1}, new long[0]), "one names no place: no evidence");
    assertEquals(1.0, c.placesFactor(new long[0], new long[0]));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointPlacesFactor(0));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointPlacesFactor(1.5));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointPlacesFactor(Double.NaN));
  }
}
