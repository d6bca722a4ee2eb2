package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tahqiq.article.Article;

/** Empty, odd and huge inputs get a defined result, never a crash. */
class BadInputTest {

  private static final String STORY = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.";

  private static CleanedArticle clean(String text) {
    CleanedArticle cleaned = ArticleCleaner.defaults().clean(Article.of("t", text));
    CleanAssertions.assertContract(cleaned);
    return cleaned;
  }

  @Test
  void nullArticleIsRejectedWithANamedMessage() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ArticleCleaner.defaults().clean(null));
    assertEquals("article must not be null", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ArticleCleaner.builder().maxBoilerplateLineLength(0));
    assertThrows(NullPointerException.class, () -> ArticleCleaner.builder().addMarker(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\r\n\r\n", " \t\u00A0\u200F\n\u2028 "})
  void emptyAndBlankTextsGiveAnEmptyStory(String text) {
    CleanedArticle cleaned = clean(text);
    assertEquals("", cleaned.text().text());
    assertEquals(List.of(), cleaned.removals());
  }

  @Test
  void boilerplateOnlyTextGivesAnEmptyStory() {
    CleanedArticle cleaned = clean("[ad_1]\nالمصدر: وكالات\nSource link");
    assertEquals("", cleaned.text().text());
    assertEquals(3, cleaned.removals().size());
  }

  @Test
  void textWithoutLineBreaksIsOneLine() {
    assertEquals(STORY, clean("  " + STORY + "  ").text().text());
    assertEquals("", clean("المصدر: وكالات الأنباء").text().text());
  }

  @Test
  void everyLineBreakKindSeparatesLines() {
    String text = STORY + "\r" + "[ad_1]" + "\u2028" + STORY + "X" + "\u0085" + "Source link" + "\r\n"
        + "تم.";
    CleanedArticle cleaned = clean(text);
    assertEquals(STORY + "\r" + STORY + "X" + "\u0085" + "تم.", cleaned.text().text());
  }

  @Test
  void englishOnlyTextIsCleanedWithTheEnglishMarkers() {
    String story = "The minister said talks would resume next week in Cairo.";
    CleanedArticle cleaned = clean(story + "\n\nAdvertisement\n\nRead more:\n\nAnother story here.");
    assertEquals(story, cleaned.text().text());
  }

  @Test
  void controlCharsAndLoneSurrogatesAreKeptVerbatim() {
    String odd = "قال\u0000 الوزير \uD800 إن \uDC00 المحادثات\u0007 ستستأنف.";
    CleanedArticle cleaned = clean(odd + "\n" + odd);
    assertEquals(odd, cleaned.text().text(), "the repeat is dropped, the odd chars kept");
  }

  @Test
  void theCallersArticleIsNotChanged() {
    String text = "[ad_1]\n" + STORY;
    Article article = Article.of("t", text);
    CleanedArticle cleaned = ArticleCleaner.defaults().clean(article);
    assertTrue(cleaned.article() == article);
    assertEquals("[ad_1]\n" + STORY, article.text());
  }

  @Test
  void aTenMegabyteArticleIsCleanedInOnePass() {
    StringBuilder sb = new StringBuilder(10 << 20);
    int paragraphs = 0;
    while (sb.length() < (10 << 20)) {
      sb.append(STORY).append(' ').append(paragraphs++).append("\n\n");
      if (paragraphs % 50 == 0) {
        sb.append("[ad_1]\n\n");
      }
    }
    sb.append("اقرأ أيضا:\n\n").append(STORY);
    CleanedArticle cleaned = clean(sb.toString());
    assertEquals(paragraphs / 50 + 1, cleaned.removals().size());
    assertTrue(cleaned.text().text().endsWith(" " + (paragraphs - 1)));

    String oneLine = STORY.repeat((10 << 20) / STORY.length());
    assertEquals(oneLine.length(), clean(oneLine).text().length());
  }
}
