package org.tahqiq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/** The HTML as text; {@link HtmlReportChromiumTest} checks what a browser makes of it. */
class HtmlReportTest {
  private static final String SEEDS = HtmlReport.defaults().render(NewsAnalysis.defaults().analyze(Seeds.all()));

  private static List<String> all(String regex, String html) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void isOneSelfContainedRightToLeftPage() {
    assertTrue(SEEDS.startsWith("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"));
    assertTrue(SEEDS.contains("<meta charset=\"utf-8\">"));
    assertFalse(SEEDS.contains("http://") || SEEDS.contains("https://") || SEEDS.contains("<script")
        || SEEDS.contains("<link"), "no network, no script");
  }

  @Test
  void everyClaimLinksToAnEvidenceMarkOnThePage() {
    Set<String> ids = new HashSet<>(all(" id=\"([^\"]+)\"", SEEDS));
    List<String> links = all("href=\"#(ev-[^\"]+)\"", SEEDS);
    assertTrue(links.size() > 20, "claims link to evidence: " + links.size());
    for (String link : links) {
      assertTrue(ids.contains(link), "dangling link #" + link);
    }
    assertEquals(ids.size(), all(" id=\"([^\"]+)\"", SEEDS).size(), "ids are unique");
  }

  @Test
  void conflictsComeFirstAndTheEvidenceIsMarked() {
    String event = SEEDS.substring(SEEDS.indexOf("<section class=\"event\" id=\"event-1\""));
    List<String> outcomes = all("<tr class=\"fact[^\"]*\" id=\"[^\"]+\" data-outcome=\"([A-Z_]+)\"", event);
    assertEquals(List.of("CONFLICT", "CONFLICT"), outcomes.subList(0, 2));
    assertFalse(outcomes.subList(2, outcomes.size()).contains("CONFLICT"));
    assertTrue(event.contains("<mark class=\"CONFLICT\" data-outcome=\"CONFLICT\""));
    assertTrue(event.contains(">كيم إيل سونغ</mark>"));
  }

  @Test
  void removedTextIsShownStruckThrough() {
    assertTrue(SEEDS.contains("<del class=\"removed\" title="), "cleaner removals are visible");
  }

  @Test
  void markupInArticlesIsEscapedAndBrokenTextReplaced() {
    String text = "<script>alert(1)</script> وصل الرئيس الروسي إلى بيونغ يانغ يوم الأربعاء \"فجراً\" & غادر. \uD800";
    Article a = Article.builder("a&b", text).source("<i>site</i>").title("عنوان <b>").build();
    String html = HtmlReport.defaults().render(NewsAnalysis.defaults().analyze(List.of(a, Article.of("b", text))));
    assertFalse(html.contains("<script>") || html.contains("<i>site") || html.contains("<b>\n"));
    assertTrue(html.contains("&lt;script&gt;alert("), "the \"1\" inside may be marked as a claim");
    assertTrue(html.contains(")&lt;/script&gt;"));
    assertTrue(html.contains("a&amp;b"));
    assertFalse(html.contains("\uD800"), "a lone surrogate cannot be encoded");
    assertTrue(html.contains("\uFFFD"));
  }

  @Test
  void labelsCanBeReplaced() throws Exception {
    String html = HtmlReport.builder().labels(new StringReader("title=Tahqiq report\noutcome.CONFLICT=Conflict\n"))
        .build().render(NewsAnalysis.defaults().analyze(Seeds.all()));
    assertTrue(html.contains("<title>Tahqiq report</title>"));
    assertTrue(html.contains(">Conflict: "));
  }
}
