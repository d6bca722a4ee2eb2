package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/** Contract checks every {@link CleanedArticle} must pass, shared by the cleaning tests. */
final class CleanAssertions {
  private CleanAssertions() {}

  /**
   * Kept chars map to their own equal raw char in increasing order; removals are ordered, disjoint,
   * trimmed and point at a line their marker matches; kept text and removals cover every non-blank
   * raw char exactly once.
   */
  static void assertContract(CleanedArticle cleaned) {
    String raw = cleaned.article().text();
    MappedText text = cleaned.text();
    assertEquals(raw, text.raw(), "text must map into the article text");
    byte[] owner = new byte[raw.length()]; // 0 none, 1 kept, 2 removed
    int previous = -1;
    for (int i = 0; i < text.length(); i++) {
      int at = text.rawStart(i);
      if (text.rawEnd(i) != at + 1) {
        fail("kept char " + i + " must map to one raw char");
      }
      if (raw.charAt(at) != text.charAt(i)) {
        fail("kept char " + i + " must equal its raw char");
      }
      if (at <= previous) {
        fail("raw offsets must increase at kept char " + i);
      }
      previous = at;
      owner[at] = 1;
    }
    int lastEnd = 0;
    for (Removal r : cleaned.removals()) {
      TextSpan span = r.raw();
      assertTrue(span.start() >= lastEnd, "removals must be ordered and disjoint: " + r);
      assertTrue(span.end() <= raw.length(), "removal inside the raw text: " + r);
      assertFalse(span.isEmpty(), "removal must not be empty: " + r);
      assertFalse(Folding.isBlank(raw.charAt(span.start())), "removal starts on content: " + r);
      assertFalse(Folding.isBlank(raw.charAt(span.end() - 1)), "removal ends on content: " + r);
      for (int i = span.start(); i < span.end(); i++) {
        if (owner[i] == 1) {
          fail("raw char " + i + " is both kept and removed by " + r);
        }
        owner[i] = 2;
      }
      r.marker().ifPresent(m -> assertMarkerLine(raw, span, m));
      lastEnd = span.end();
    }
    for (int i = 0; i < raw.length(); i++) {
      if (owner[i] == 0 && !Folding.isBlank(raw.charAt(i))) {
        fail("non-blank raw char " + i + " '" + raw.charAt(i) + "' neither kept nor removed");
      }
    }
  }

  /** The first line of the removed span contains every part of the marker's folded phrase. */
  private static void assertMarkerLine(String raw, TextSpan span, BoilerplateMarker marker) {
    int lineEnd = span.start();
    while (lineEnd < span.end() && !LinePass.isLineBreak(raw.charAt(lineEnd))) {
      lineEnd++;
    }
    StringBuilder scratch = new StringBuilder();
    String line = Folding.key(
        ArabicNormalizer.defaults(), raw.substring(span.start(), lineEnd), scratch);
    for (String part : Folding.splitOnGap(
        Folding.key(ArabicNormalizer.defaults(), marker.phrase(), scratch))) {
      assertTrue(line.contains(Folding.core(part)),
          "removed line \"" + line + "\" must contain marker phrase \"" + part + "\"");
    }
  }
}
