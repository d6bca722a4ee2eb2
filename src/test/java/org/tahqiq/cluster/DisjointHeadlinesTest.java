package org.tahqiq.cluster;

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
 * The disjoint-headlines rule: two stories of one beat and day whose headlines name nothing
 * specific of each other (two incidents told in one police template) are evidence of two events,
 * while two reports of one incident under unlike titles meet through one title and the other's
 * lead.
 */
class DisjointHeadlinesTest {
  private static final LocalDateTime MONDAY = LocalDateTime.of(2013, 3, 4, 12, 0);
  /** The security directorate's template, as both stories of the day open. */
  private static final String TEMPLATE = "تلقى اللواء ناصر العبد مساعد وزير الداخلية لأمن الإسكندرية اليوم"
      + " الاثنين إخطارا من العميد عادل التونسي مدير المباحث الجنائية بالمديرية، وعلى الفور انتقل المقدم"
      + " شريف عبد الحميد رئيس مباحث قطاع الغرب والرائد وليد الدسوقي معاون المباحث إلى مكان البلاغ،"
      + " وتحرر محضر بالواقعة وأخطرت نيابة غرب الإسكندرية الكلية برئاسة المستشار حمادة الصاوي التي تولت"
      + " التحقيق، وكلفت المقدم شريف عبد الحميد والرائد وليد الدسوقي بسرعة التحريات وإعداد تقرير عاجل"
      + " يعرض على المستشار حمادة الصاوي والعميد عادل التونسي واللواء ناصر العبد خلال ساعات. ";

  /** A warehouse fire. */
  static final Article FIRE = Article.builder("fire", TEMPLATE
      + "وتبين نشوب حريق هائل في مخزن للأخشاب بمنطقة العامرية دون إصابات.")
      .title("حريق هائل يلتهم مخزن أخشاب في العامرية").source("a").published(MONDAY).build();
  /** A car theft the same day, in the same template. */
  static final Article THEFT = Article.builder("theft", TEMPLATE
      + "وتبين قيام عاطلين بسرقة سيارة ملاكي بمنطقة سيدي جابر وضبطهما.")
      .title("ضبط لصين سرقا سيارة ملاكي في سيدي جابر").source("b").published(MONDAY.plusHours(2)).build();
  /** The fire as another outlet titled it: no word of the first title, but its lead names the fire. */
  static final Article FIRE_REWRITE = Article.builder("fire-2",
      "سيطرت قوات الحماية المدنية بالإسكندرية اليوم على حريق هائل شب في مخزن للأخشاب بمنطقة العامرية غرب"
          + " المدينة، بعد أن دفعت بست سيارات إطفاء، ولم يسفر الحادث عن إصابات. " + TEMPLATE
          + "وقدرت الخسائر المبدئية بنصف مليون جنيه، وتجري المعاينة لمعرفة أسباب اشتعال النيران.")
      .title("السيطرة على نيران مستودع غرب الإسكندرية").source("c").published(MONDAY.plusHours(3)).build();

  private static Set<Set<String>> multi(ClusteringResult r) {
    return r.multiArticleClusters().stream().map(c -> Set.copyOf(c.articles())).collect(Collectors.toSet());
  }

  @Test
  void twoIncidentsOfOneTemplateAreTwoEventsAndTwoReportsOfOneStayTogether() {
    EventClusterer c = EventClusterer.defaults();
    assertEquals(EventClusterer.DEFAULT_DISJOINT_HEADLINES_FACTOR, c.headlinesFactor(c.features(FIRE), c.features(THEFT)),
        "a fire and a theft: neither title names a rare word of the other's title or lead");
    assertEquals(1.0, c.headlinesFactor(c.features(FIRE), c.features(FIRE_REWRITE)),
        "the rewrite's lead names the fire (حريق، مخزن، الأخشاب، العامرية)");
    assertEquals(1.0, c.headlinesFactor(c.features(THEFT), c.features(THEFT)));
    ClusteringResult r = c.cluster(List.of(FIRE, THEFT, FIRE_REWRITE));
    assertEquals(Set.of(Set.of("fire", "fire-2")), multi(r));
  }

  @Test
  void theRuleOffJoinsTheTemplatesStories() {
    EventClusterer off = EventClusterer.builder().disjointHeadlinesFactor(1.0).build();
    assertEquals(1.0, off.headlinesFactor(off.features(FIRE), off.features(THEFT)));
    assertEquals(0, off.features(FIRE).headlineTerms().length, "no headline terms for a rule that is off");
    ClusteringResult r = off.cluster(List.of(FIRE, THEFT));
    assertEquals(Set.of(Set.of("fire", "theft")), multi(r),
        "the shared template alone scores an edge: the rule is what splits them");
  }

  @Test
  void aTitleWithoutAClaimLeavesThePairAlone() {
    EventClusterer c = EventClusterer.defaults();
    Article kicker = Article.builder("kicker", THEFT.text()).title("الإسكندرية - أ ش أ").source("d")
        .published(MONDAY).build();
    Article untitled = Article.builder("untitled", THEFT.text()).source("e").published(MONDAY).build();
    assertEquals(0, c.features(untitled).headlineTerms().length);
    assertEquals(1.0, c.headlinesFactor(c.features(FIRE), c.features(kicker)), "a dateline names no event");
    assertEquals(1.0, c.headlinesFactor(c.features(FIRE), c.features(untitled)));
    assertTrue(c.features(FIRE).leadTerms().length > c.features(FIRE).headlineTerms().length,
        "the lead holds the title's terms and the story's first");
  }

  @Test
  void theFactorIsValidated() {
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointHeadlinesFactor(0));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointHeadlinesFactor(1.01));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointHeadlinesFactor(Double.NaN));
  }

  @Test
  void aSavedStreamKeepsTheHeadlines() throws java.io.IOException {
    StreamRoundTrip.assertStreamAndRestoredEqualBatch(EventClusterer.defaults(), List.of(FIRE, THEFT, FIRE_REWRITE),
        "headline and lead terms");
  }
}
