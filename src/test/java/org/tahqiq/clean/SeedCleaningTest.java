package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/** The default cleaner on the five real seed articles. */
class SeedCleaningTest {

  private static final ArticleCleaner CLEANER = ArticleCleaner.defaults();

  private static String clean(String seed) {
    return CLEANER.clean(Seeds.byPrefix(seed)).text().text();
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static void assertKeeps(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), "must keep: " + part);
    }
  }

  private static void assertDrops(String text, String... parts) {
    for (String part : parts) {
      assertFalse(text.contains(part), "must drop: " + part);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void everySeedSatisfiesTheContract(String seed) {
    CleanAssertions.assertContract(CLEANER.clean(Seeds.byPrefix(seed)));
  }

  @Test
  void seed000KeepsTheStoryAndCutsTheAppendedLavrovArticle() {
    String text = clean("000");
    assertKeeps(text,
        "أهدى الرئيس الروسي",
        "وجاء ذلك وفقا لما نقلته وكالة",
        "وفي عام 2019، أهدى كيم بوتين سيفًا كوريًا تقليديًا");
    assertTrue(text.endsWith("وفي المقابل قدم بوتين لكيم سيفًا ومجموعة شاي للسفر."), text);
    assertDrops(text,
        "كيم يستقبل لافروف", "وونسان", "المصدر: CNN Arabic", "كلمات دلالية", "إقرأ أيضاً",
        "مقالات مشابهة", "•");
    List<Removal> removals = CLEANER.clean(Seeds.byPrefix("000")).removals();
    assertEquals(List.of(RemovalReason.SOURCE_CREDIT, RemovalReason.TAGS,
            RemovalReason.READ_ALSO_SECTION),
        removals.stream().map(Removal::reason).toList());
  }

  @Test
  void seed001DropsTheInlineReadAlsoLineButKeepsTheParagraphsAfterIt() {
    String text = clean("001");
    assertKeeps(text,
        "اتفاق شراكة استراتيجية",
        "وأفاد يوري أوشاكوف، المستشار الدبلوماسي للكرملين",
        "عندما كان رئيس كوريا الشمالية آنذاك كيم جونج إيل، والد الرئيس الحالي.");
    assertDrops(text, "اقرأ أيضًا: بوتين يلتقي مع زعيم كوريا الشمالية.. اعرف برنامج الزيارة");
    assertEquals(1, occurrences(text, "الرئيس الروسي وزعيم كوريا الشمالية\n"),
        "the doubled caption line appears once");
  }

  @Test
  void seed002LosesNothing() {
    Article seed = Seeds.byPrefix("002");
    CleanedArticle cleaned = CLEANER.clean(seed);
    assertEquals(List.of(), cleaned.removals());
    assertEquals(seed.text().strip(), cleaned.text().text());
  }

  @Test
  void seed003CutsTheAppendedErdoganArticleAndTheCredits() {
    String text = clean("003");
    assertKeeps(text,
        "بنادق وقفازات نادرة",
        "قاعدة فوستوشني الفضائية",
        "وسندعم دائما قرارات الرئيس بوتين");
    assertDrops(text,
        "أردوغان", "مبادرة البحر الأسود", "المصدر: قناة اليمن اليوم", "كلمات دلالية",
        "کوریا الشمالیة", "المصدر: RT", "تاريخ النشر");
  }

  @Test
  void seed004DropsAdsPromotionAndCaptionCreditAndKeepsOneHeadline() {
    String text = clean("004");
    assertKeeps(text,
        "وكانت آخر زيارة لبوتين لكوريا الشمالية في يوليو 2000",
        "أهدى فلاديمير بوتين قفاز رائد فضاء وبندقية",
        "صداقتنا مع كوريا الشمالية هي بمثابة ضربة لوول ستريت");
    assertDrops(text,
        "[ad_1]", "[ad_2]", "Source link", "The Telegraph", "مجانًا لمدة شهر", "Getty Images");
    assertEquals(1, occurrences(text, "بوتين يقدم لكيم جونغ أون هدايا فراق مع انتهاء جولته مبكرا"));
  }

  @Test
  void seed004WithItsTitleDropsTheHeadlineFromTheBody() {
    Article raw = Seeds.byPrefix("004");
    String title = "بوتين يقدم لكيم جونغ أون هدايا فراق مع انتهاء جولته مبكرا";
    Article titled = Article.builder(raw.id(), raw.text()).title(title).build();
    CleanedArticle cleaned = CLEANER.clean(titled);
    CleanAssertions.assertContract(cleaned);
    assertDrops(cleaned.text().text(), title);
    assertEquals(1, cleaned.removals(RemovalReason.REPEATED_HEADLINE).size());
    assertTrue(cleaned.text().text().startsWith("أهدى فلاديمير بوتين"));
  }

  @Test
  void keptParagraphsStaySeparatedByOneBlankLine() {
    String text = clean("000");
    assertFalse(text.contains("\n\n\n"));
    assertEquals(6, text.split("\n\n").length, "the six story paragraphs of seed 000");
  }
}
