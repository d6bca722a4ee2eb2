package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tahqiq.article.Article;

/** One test per cleaning rule, on short Arabic (and English) texts written for the rule. */
class CleaningRulesTest {

  private static final String STORY_1 = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في القاهرة.";
  private static final String STORY_2 = "وأضاف أن الجانبين اتفقا على تشكيل لجنة فنية مشتركة.";
  private static final String OTHER_STORY = "أعلنت وزارة الصحة افتتاح مستشفى جديد في الإسكندرية.";

  private static CleanedArticle clean(String text) {
    return clean(ArticleCleaner.defaults(), text);
  }

  private static CleanedArticle clean(ArticleCleaner cleaner, String text) {
    CleanedArticle cleaned = cleaner.clean(Article.of("test", text));
    CleanAssertions.assertContract(cleaned);
    return cleaned;
  }

  private static List<RemovalReason> reasons(CleanedArticle cleaned) {
    return cleaned.removals().stream().map(Removal::reason).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "إقرأ أيضاً:", "اقرأ أيضًا", "اقرأ أيضا", "اقرأ ايضا :", "اقـــرأ أيضـاً", "إقرأ أيضاً", "- اقرأ أيضا -",
      "Read also:", "READ MORE"})
  void readAlsoAloneOnALineCutsTheRest(String header) {
    CleanedArticle cleaned = clean(STORY_1 + "\n\n" + STORY_2 + "\n\n" + header + "\n\n" + OTHER_STORY
        + "\n\nالمصدر: وكالات");
    assertEquals(STORY_1 + "\n\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.READ_ALSO_SECTION), reasons(cleaned));
    String raw = cleaned.article().text();
    assertEquals(raw.length(), cleaned.removals().get(0).raw().end(), "cut reaches the end");
  }

  @Test
  void readAlsoWithAHeadlineDropsOnlyThatLine() {
    CleanedArticle cleaned = clean(
        STORY_1 + "\n\nاقرأ أيضًا: الحكومة تعلن خطة جديدة للنقل العام\n\n" + STORY_2);
    assertEquals(STORY_1 + "\n\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.READ_ALSO_LINE), reasons(cleaned));
  }

  @Test
  void readAlsoBeforeAnyStoryDropsOnlyItsLine() {
    CleanedArticle cleaned = clean("اقرأ أيضا:\n" + STORY_1 + "\n" + STORY_2);
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.READ_ALSO_SECTION), reasons(cleaned));
  }

  @Test
  void relatedArticlesDropsTheHeaderAndTheBulletedList() {
    CleanedArticle cleaned = clean(STORY_1 + "\n\nمقالات ذات صلة\n\n  • الحكومة تعلن خطة جديدة للنقل\n"
        + "  • ارتفاع أسعار الذهب في الأسواق المحلية\n\n" + STORY_2);
    assertEquals(STORY_1 + "\n\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.RELATED_ARTICLES), reasons(cleaned));
  }

  @Test
  void relatedArticlesListOfPlainHeadlinesEndsAtTheNextSentence() {
    CleanedArticle cleaned = clean(STORY_1 + "\nمقالات مشابهة\nالحكومة تعلن خطة جديدة للنقل\n"
        + "هل ترتفع أسعار الذهب مجددا؟\n" + STORY_2);
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
  }

  @Test
  void relatedNewsWithTheArticleAndAColonDropsTheHeadlinesToTheEnd() {
    // The form one Egyptian site appends to every story: a header with the definite article and
    // a colon, then a dozen headlines of the same case, which made unrelated stories look alike.
    CleanedArticle cleaned = clean(STORY_1 + "\n" + STORY_2 + "\nالأخبار المتعلقة:\n"
        + "نقيب المحامين يطالب بالتحقيق في الواقعة\n"
        + "وزير الداخلية يأمر بالتحقيق في واقعة سحل مواطن\n"
        + "مستشار الرئيس يطالب بالتحقيق الفوري");
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.RELATED_ARTICLES), reasons(cleaned));
  }

  @Test
  void aBulletedListDoesNotSwallowAnUnbulletedLineAfterIt() {
    CleanedArticle cleaned = clean(STORY_1 + "\nأخبار ذات صلة\n• الحكومة تعلن خطة جديدة للنقل\n"
        + "عنوان فرعي بلا نقطة\n" + STORY_2);
    assertEquals(STORY_1 + "\nعنوان فرعي بلا نقطة\n" + STORY_2, cleaned.text().text());
  }

  @Test
  void tagLinesAreDroppedWithPersianLetters() {
    CleanedArticle cleaned = clean(STORY_1 + "\nكلمات دلالية: مصر الاقتصاد\n" + STORY_2
        + "\nالكلمات الدلالية : کوریا الشمالیة");
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.TAGS, RemovalReason.TAGS), reasons(cleaned));
  }

  @Test
  void sourceCreditLinesAreDroppedAtTopAndBottom() {
    CleanedArticle cleaned = clean("المصدر: وكالات\n" + STORY_1 + "\n" + STORY_2 + "\nالمصدر : رويترز");
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.SOURCE_CREDIT, RemovalReason.SOURCE_CREDIT), reasons(cleaned));
  }

  @Test
  void markerWordsInsideASentenceDoNotTrigger() {
    String text = "وقال المصدر: إن الاجتماع سيعقد غدا.\n"
        + "وذكر التقرير أن الوزير لم يقرأ أيضا البيان الختامي قبل توقيعه.\n"
        + "المصدر الرئيسي للدخل هو السياحة، بحسب الإحصاءات.\n"
        + "وقالت الشركة إنها ستوفر الخدمة مجانا لمدة عام.";
    CleanedArticle cleaned = clean(text);
    assertEquals(List.of(), cleaned.removals());
    assertEquals(text, cleaned.text().text());
  }

  @Test
  void longParagraphsStartingWithAMarkerAreKept() {
    String paragraph = "المصدر: " + "قال مسؤول رفيع في الوزارة إن المفاوضات مستمرة. ".repeat(12);
    CleanedArticle cleaned = clean(STORY_1 + "\n" + paragraph);
    assertEquals(List.of(), cleaned.removals());
    CleanedArticle strict =
        clean(ArticleCleaner.builder().maxBoilerplateLineLength(1000).build(), STORY_1 + "\n" + paragraph);
    assertEquals(List.of(RemovalReason.SOURCE_CREDIT), reasons(strict));
  }

  @Test
  void adPlaceholdersAndSourceLinksAreDropped() {
    CleanedArticle cleaned = clean("[ad_1]\n" + STORY_1 + "\nإعلان\n" + STORY_2 + "\n[ad_2]\nSource link");
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.AD_PLACEHOLDER, RemovalReason.AD_PLACEHOLDER,
        RemovalReason.AD_PLACEHOLDER, RemovalReason.SOURCE_CREDIT), reasons(cleaned));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "جرّب خدمتنا الرقمية مجاناً لمدة أسبوعين واستمتع بكل المقالات.",
      "اشترك في نشرتنا اليومية لتصلك أهم الأخبار.",
      "تابعونا على منصات التواصل الاجتماعي.",
      "Subscribe to our newsletter for the latest news.",
      "Try our premium edition free for 30 days."})
  void promotionsAreDropped(String promotion) {
    CleanedArticle cleaned = clean(STORY_1 + "\n\n" + promotion + "\n\n" + STORY_2);
    assertEquals(STORY_1 + "\n\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.PROMOTION), reasons(cleaned));
  }

  @Test
  void photoCreditCaptionsAreDroppedButSentencesNamingAgenciesAreKept() {
    String caption = "الرئيس خلال زيارته لمصنع السيارات – AFP عبر Getty Images";
    String sentence = "ونشرت وكالة الصور Getty Images صورا للزيارة.";
    CleanedArticle cleaned = clean(STORY_1 + "\n" + caption + "\n" + sentence + "\nمصدر الصورة، رويترز");
    assertEquals(STORY_1 + "\n" + sentence, cleaned.text().text());
    assertEquals(List.of(RemovalReason.PHOTO_CREDIT, RemovalReason.PHOTO_CREDIT), reasons(cleaned));
  }

  @Test
  void publicationDateLinesAreDropped() {
    CleanedArticle cleaned = clean("تاريخ النشر: ١٤ سبتمبر ٢٠٢٣\n" + STORY_1 + "\nآخر تحديث: 10:30");
    assertEquals(STORY_1, cleaned.text().text());
    assertEquals(List.of(RemovalReason.PUBLICATION_DATE, RemovalReason.PUBLICATION_DATE),
        reasons(cleaned));
  }

  @Test
  void aLineRepeatingThePreviousNonBlankLineIsDropped() {
    String caption = "الرئيس يستقبل الوفد الزائر";
    CleanedArticle cleaned = clean(caption + "\n\n" + "الرئيسُ يستقبلُ الوفدَ الزائرَ." + "\n\n" + STORY_1);
    assertEquals(caption + "\n\n" + STORY_1, cleaned.text().text());
    assertEquals(List.of(RemovalReason.REPEATED_LINE), reasons(cleaned));
  }

  @Test
  void aRepeatAcrossADroppedLineIsStillARepeat() {
    String headline = "الرئيس يستقبل الوفد الزائر";
    CleanedArticle cleaned = clean(headline + "\n[ad_1]\n" + headline + "\n" + STORY_1);
    assertEquals(headline + "\n" + STORY_1, cleaned.text().text());
    assertEquals(List.of(RemovalReason.AD_PLACEHOLDER, RemovalReason.REPEATED_LINE), reasons(cleaned));
  }

  @Test
  void aFirstLineEqualToTheTitleIsDropped() {
    Article article = Article.builder("t", "الرئيس يستقبل الوفد الزائر.\n" + STORY_1 + "\n" + STORY_2)
        .title("الرئيس يستقبل الوفد الزائر")
        .build();
    CleanedArticle cleaned = ArticleCleaner.defaults().clean(article);
    CleanAssertions.assertContract(cleaned);
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
    assertEquals(List.of(RemovalReason.REPEATED_HEADLINE), reasons(cleaned));
  }

  @Test
  void theTitleLaterInTheBodyIsKept() {
    String title = "الرئيس يستقبل الوفد الزائر";
    Article article = Article.builder("t", STORY_1 + "\n" + title + "\n" + STORY_2).title(title).build();
    assertEquals(List.of(), ArticleCleaner.defaults().clean(article).removals());
  }

  @Test
  void repeatDroppingCanBeTurnedOff() {
    ArticleCleaner keepRepeats = ArticleCleaner.builder().dropRepeatedLines(false).build();
    String text = STORY_1 + "\n" + STORY_1;
    CleanedArticle cleaned = clean(keepRepeats, text);
    assertEquals(text, cleaned.text().text());
  }

  @Test
  void paragraphBreaksCollapseAndKeepTheirRawLineBreaks() {
    CleanedArticle cleaned = clean("\n\n" + STORY_1 + "\r\n\r\n\r\n  \r\n" + STORY_2 + "\r\n\r\n");
    assertEquals(STORY_1 + "\r\n\r\n" + STORY_2, cleaned.text().text());
  }

  @Test
  void droppedLinesWithoutBlankLinesLeaveASingleBreak() {
    CleanedArticle cleaned = clean(STORY_1 + "\nالمصدر: وكالات\n" + STORY_2);
    assertEquals(STORY_1 + "\n" + STORY_2, cleaned.text().text());
    assertFalse(cleaned.text().text().contains("\n\n"));
    assertTrue(cleaned.removals().get(0).raw().of(cleaned.article().text()).startsWith("المصدر"));
  }
}
