package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;

/**
 * Seeded random documents mixing story paragraphs, boilerplate, blank lines, padding and every
 * line-break kind: the output contract holds, story paragraphs before a "read also" cut all
 * survive and none after it, and cleaning is idempotent.
 */
class RandomizedCleaningTest {

  private static final long SEED = 0x7A4C1E5EEDL;
  private static final int DOCUMENTS = 400;

  private static final String[] STORY = {
      "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في القاهرة",
      "وأضاف أن الجانبين اتفقا على تشكيل لجنة فنية مشتركة لمتابعة الملفات العالقة",
      "وذكرت وكالة الأنباء الرسمية أن الرئيس استقبل الوفد في القصر الجمهوري",
      "وأكد المتحدث أن المصدر الرئيسي للخلاف هو ترسيم الحدود البحرية",
      "The minister said both sides agreed to meet again before the end of the month",
  };
  private static final String[] LINE_BOILERPLATE = {
      "المصدر: وكالات", "المصدر : رويترز", "[ad_1]", "[ad_2]", "Source link", "إعلان",
      "كلمات دلالية: سياسة اقتصاد", "اقرأ أيضًا: الحكومة تعلن خطة جديدة للنقل",
      "تاريخ النشر: 14 سبتمبر 2023", "اشترك في نشرتنا البريدية اليومية",
      "الرئيس خلال الزيارة – AFP عبر Getty Images",
  };
  private static final String[] CUT = {"إقرأ أيضاً:", "اقرأ أيضًا", "اقـرأ ايضا :", "Read more"};
  private static final String[] BREAKS = {"\n", "\r\n", "\r", "\u2028"};
  private static final String[] PADDING = {"", "", " ", "\t", "\u00A0", "\u200F"};

  @Test
  void randomDocumentsKeepTheStoryUpToTheCutAndCleanIdempotently() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int doc = 0; doc < DOCUMENTS; doc++) {
      StringBuilder text = new StringBuilder();
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      boolean mixedBreaks = random.nextInt(4) == 0;
      String docBreak = BREAKS[random.nextInt(BREAKS.length)];
      boolean cut = false;
      boolean keptBeforeCut = false;
      int lines = random.nextInt(40);
      for (int i = 0; i < lines; i++) {
        String line;
        int kind = random.nextInt(20);
        if (kind < 10) {
          line = STORY[random.nextInt(STORY.length)] + " (" + doc + "/" + i + ").";
          (cut ? after : before).add(line);
          keptBeforeCut |= !cut;
        } else if (kind < 15) {
          line = LINE_BOILERPLATE[random.nextInt(LINE_BOILERPLATE.length)];
        } else if (kind < 17) {
          line = "";
        } else if (kind < 18) {
          line = "مقالات مشابهة" + nl(random, mixedBreaks, docBreak) + "  • عنوان خبر قديم "
              + nl(random, mixedBreaks, docBreak) + "• عنوان آخر";
        } else {
          line = CUT[random.nextInt(CUT.length)];
          cut |= keptBeforeCut;
        }
        text.append(PADDING[random.nextInt(PADDING.length)]).append(line)
            .append(PADDING[random.nextInt(PADDING.length)]).append(nl(random, mixedBreaks, docBreak));
      }

      CleanedArticle cleaned = ArticleCleaner.defaults().clean(Article.of("d" + doc, text.toString()));
      String context = "document " + doc + ": " + text;
      CleanAssertions.assertContract(cleaned);
      String kept = cleaned.text().text();
      for (String line : before) {
        assertTrue(kept.contains(line), context);
      }
      for (String line : after) {
        assertFalse(kept.contains(line), context);
      }

      CleanedArticle again = ArticleCleaner.defaults().clean(Article.of("again", kept));
      assertEquals(List.of(), again.removals(), context);
      assertEquals(kept, again.text().text(), context);
    }
  }

  private static String nl(SplittableRandom random, boolean mixed, String docBreak) {
    return mixed ? BREAKS[random.nextInt(BREAKS.length)] : docBreak;
  }
}
