package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tahqiq.article.Article;

/** Marker file parsing, marker validation and user markers extending the built-in ones. */
class MarkerFileTest {

  private static final String STORY = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.";

  @Test
  void parsesMarkersSkippingCommentsAndBlankLines() throws IOException {
    String file = "\uFEFF# comment\n\n  # indented comment\n"
        + "PROMOTION\tDROP_LINE_IF_CONTAINS\tحمّل تطبيقنا\r\n"
        + "OTHER\tDROP_LINE_IF_EQUALS\t  نهاية الخبر  \n";
    List<BoilerplateMarker> markers = MarkerFile.parse(new StringReader(file), "test.tsv");
    assertEquals(List.of(
        new BoilerplateMarker(RemovalReason.PROMOTION,
            BoilerplateMarker.Action.DROP_LINE_IF_CONTAINS, "حمّل تطبيقنا"),
        new BoilerplateMarker(RemovalReason.OTHER,
            BoilerplateMarker.Action.DROP_LINE_IF_EQUALS, "نهاية الخبر")), markers);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "TAGS DROP_LINE_IF_STARTS_WITH وسوم",
      "TAGS\tDROP_LINE_IF_STARTS_WITH",
      "TAGS\tDROP_LINE_IF_STARTS_WITH\tوسوم\textra",
      "TAGZ\tDROP_LINE_IF_STARTS_WITH\tوسوم",
      "TAGS\tDROP_IF_STARTS\tوسوم",
      "TAGS\tDROP_LINE_IF_STARTS_WITH\t",
      "TAGS\tDROP_LINE_IF_STARTS_WITH\t:::",
      "PROMOTION\tDROP_LINE_IF_CONTAINS\tجرب * !"})
  void aMalformedLineIsReportedWithItsLineNumber(String badLine) {
    String file = "# header\nTAGS\tDROP_LINE_IF_STARTS_WITH\tوسوم:\n" + badLine + "\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleCleaner.builder().addMarkers(new StringReader(file)));
    assertTrue(e.getMessage().contains("line 3:"), e.getMessage());
  }

  @Test
  void unknownReasonMessageListsTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MarkerFile.parse(new StringReader("ADS\tDROP_LINE_IF_EQUALS\tإعلان"), "my.tsv"));
    assertTrue(e.getMessage().startsWith("my.tsv line 1: unknown reason \"ADS\""), e.getMessage());
    assertTrue(e.getMessage().contains("AD_PLACEHOLDER"), e.getMessage());
  }

  @Test
  void markerRejectsInvalidComponents() {
    assertThrows(NullPointerException.class,
        () -> new BoilerplateMarker(null, BoilerplateMarker.Action.DROP_LINE_IF_EQUALS, "x"));
    assertThrows(IllegalArgumentException.class, () -> new BoilerplateMarker(
        RemovalReason.OTHER, BoilerplateMarker.Action.DROP_LINE_IF_EQUALS, "a\tb"));
    assertThrows(IllegalArgumentException.class, () -> new BoilerplateMarker(
        RemovalReason.OTHER, BoilerplateMarker.Action.DROP_LINE_IF_EQUALS, "ـــ"));
  }

  @Test
  void builtInMarkersParseAndAreGeneral() {
    List<BoilerplateMarker> markers = ArticleCleaner.defaults().markers();
    assertTrue(markers.size() > 50, "built-in markers: " + markers.size());
    for (BoilerplateMarker m : markers) {
      assertTrue(m.phrase().length() <= 30, "markers are short generic phrases: " + m.toLine());
    }
  }

  @Test
  void userMarkersExtendTheDefaults() throws IOException {
    String text = STORY + "\nحمّل تطبيقنا الآن من المتجر\n[ad_1]\nنهاية الخبر";
    ArticleCleaner cleaner = ArticleCleaner.builder()
        .addMarkers(new StringReader("PROMOTION\tDROP_LINE_IF_CONTAINS\tحمل تطبيقنا\n"))
        .addMarker(new BoilerplateMarker(
            RemovalReason.OTHER, BoilerplateMarker.Action.CUT_REST_IF_EQUALS, "نهاية الخبر"))
        .build();
    CleanedArticle cleaned = cleaner.clean(Article.of("t", text));
    CleanAssertions.assertContract(cleaned);
    assertEquals(STORY, cleaned.text().text());
    assertEquals(List.of(RemovalReason.PROMOTION, RemovalReason.AD_PLACEHOLDER, RemovalReason.OTHER),
        cleaned.removals().stream().map(Removal::reason).toList());
    assertEquals("حمل تطبيقنا", cleaned.removals().get(0).marker().orElseThrow().phrase());
    assertEquals(ArticleCleaner.defaults().markers().size() + 2, cleaner.markers().size());
  }

  @Test
  void withoutDefaultMarkersOnlyAddedMarkersApply() {
    ArticleCleaner cleaner = ArticleCleaner.builder()
        .withoutDefaultMarkers()
        .addMarker(new BoilerplateMarker(
            RemovalReason.AD_PLACEHOLDER, BoilerplateMarker.Action.DROP_LINE_IF_EQUALS, "إعلان"))
        .build();
    CleanedArticle cleaned = cleaner.clean(Article.of("t", STORY + "\nإعلان\n[ad_1]\nالمصدر: وكالات"));
    assertEquals(STORY + "\n[ad_1]\nالمصدر: وكالات", cleaned.text().text());
    assertEquals(1, cleaner.markers().size());
  }

  @Test
  void markerLineRoundTrips() throws IOException {
    for (BoilerplateMarker m : ArticleCleaner.defaults().markers()) {
      assertEquals(List.of(m), MarkerFile.parse(new StringReader(m.toLine()), "round trip"));
    }
  }
}
