package org.tahqiq.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one lexicon convention: comments, blank lines, byte order mark, TAB fields, error lines. */
class LexiconLinesTest {

  private static List<LexiconLines.Line> read(String text) throws Exception {
    return LexiconLines.read(new StringReader(text), "test");
  }

  @Test
  void commentsStartAtALineStartOrAfterWhiteSpace() throws Exception {
    List<LexiconLines.Line> lines = read("# header\n\nقال   # a verb of saying\nC#\tLANG\t# trailing note\n   \n");
    assertEquals(2, lines.size());
    assertEquals(List.of("قال"), lines.get(0).fields());
    assertEquals(3, lines.get(0).number());
    assertEquals(List.of("C#", "LANG"), lines.get(1).fields(), "a # inside a word is kept");
  }

  @Test
  void aByteOrderMarkOnTheFirstLineIsIgnored() throws Exception {
    assertEquals(List.of("وفاة", "KILLED"), read("\uFEFFوفاة\tKILLED\n").get(0).fields());
  }

  @Test
  void fieldsKeepTheirPositions() throws Exception {
    LexiconLines.Line line = read("دولار\tMONEY\t\t1\n").get(0);
    assertEquals(List.of("دولار", "MONEY", "", "1"), line.fields());
    assertEquals("دولار\tMONEY\t\t1", line.content());
  }

  @Test
  void errorsNameTheSourceAndTheLine() throws Exception {
    LexiconLines.Line line = read("\n\nخطأ\n").get(0);
    IllegalArgumentException e = line.error("bad entry");
    assertEquals("test line 3: bad entry", e.getMessage());
  }

  @Test
  void bundledResourcesAreFoundNextToTheirClass() {
    List<LexiconLines.Line> stopwords = LexiconLines.readResource(Stopwords.class, Stopwords.DEFAULT_RESOURCE);
    assertTrue(stopwords.size() > 100, "stopwords: " + stopwords.size());
    assertTrue(stopwords.stream().allMatch(l -> l.fields().size() == 1));
  }
}
