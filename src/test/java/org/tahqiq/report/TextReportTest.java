package org.tahqiq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;

class TextReportTest {
  private static final String SEEDS = TextReport.defaults().render(NewsAnalysis.defaults().analyze(Seeds.all()));

  /** The cell column where {@code needle} starts in {@code line}. */
  private static int column(String line, String needle) {
    return DisplayWidth.of(line.substring(0, line.indexOf(needle)));
  }

  @Test
  void showsTheConflictsWithBothSidesInLogicalOrder() {
    assertTrue(SEEDS.contains("CONFLICT (ENTITY)"), SEEDS);
    assertTrue(SEEDS.contains("كيم جونج إيل"), "Arabic kept in logical order, not reversed");
    assertTrue(SEEDS.contains("كيم إيل سونغ"));
    assertTrue(SEEDS.indexOf("CONFLICT (ENTITY)") < SEEDS.indexOf("REFINES"), "conflicts first");
    assertFalse(SEEDS.contains("UNIQUE"), "single-source facts are counted, not listed");
    assertTrue(SEEDS.contains("claims by one source only"));
  }

  @Test
  void claimColumnsAlignByDisplayWidth() {
    List<String> lines = SEEDS.lines().toList();
    int at = 0;
    while (!lines.get(at).contains("CONFLICT (LEXICAL)")) {
      at++;
    }
    String first = lines.get(at + 1);
    String second = lines.get(at + 2);
    // "درع أميرال" and "وخنجراً للأدميرال" differ in length and the second has a combining mark.
    assertEquals(column(first, "درع اميرال"), column(second, "خنجرا ادميرال"), first + "\n" + second);
    assertEquals(column(first, "«"), column(second, "«"));
    assertTrue(first.contains("\u200E"), "Arabic cells end with a LEFT-TO-RIGHT MARK");
  }

  @Test
  void displayWidthCountsCodePointsNotMarks() {
    assertEquals(4, DisplayWidth.of("خنجر"));
    assertEquals(4, DisplayWidth.of("خنجراًّ".replace("ا", "")), "tanween and shadda take no cell");
    assertEquals(2, DisplayWidth.of("\uD83D\uDE00"), "an emoji is wide");
    assertEquals(0, DisplayWidth.of("\u200E\u200F"));
    assertEquals("كلمة كلمة…", DisplayWidth.fit("كلمة   كلمة\nكلمة", 11));
    assertEquals("كلمة كلمة", DisplayWidth.fit("كلمة\tكلمة", 11));
  }
}
