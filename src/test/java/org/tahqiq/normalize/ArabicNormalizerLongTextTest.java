package org.tahqiq.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.text.MappedText;

/**
 * Normalizing a long text with offsets gives, char for char and offset for offset, what
 * normalizing its paragraphs one by one gives: whatever the normalizer does internally in pieces
 * (it collects output in a bounded buffer) must not show at the piece boundaries.
 */
class ArabicNormalizerLongTextTest {

  /** Marks, tatweel, ligatures and invisible chars that make a stage delete, expand or compose. */
  private static final String[] NOISE = {
    "\u064E", "\u0651\u064F", "\u0640\u0640", "\u0627\u0654", "\uFEFB", "\uFDFA", "\u200C",
    "\uD83D\uDE00", "\uD83D", "٢٠١٣", "ى", "ة", " ",
  };

  @Test
  void longTextNormalizesLikeItsParagraphsOneByOne() {
    Random random = new Random(0x1046L);
    String[] words = Seeds.text("001").split(" ");
    StringBuilder raw = new StringBuilder();
    int[] paragraphStarts = new int[40];
    // Each paragraph starts and ends with a plain letter, so nothing it contains can compose with,
    // or be deleted onto, a char of its neighbour: the whole text then normalizes as its parts.
    for (int p = 0; p < paragraphStarts.length; p++) {
      paragraphStarts[p] = raw.length();
      raw.append('ب');
      for (int w = random.nextInt(300); w > 0; w--) {
        raw.append(words[random.nextInt(words.length)]);
        raw.append(random.nextInt(4) == 0 ? NOISE[random.nextInt(NOISE.length)] : " ");
      }
      raw.append('ب');
    }
    String text = raw.toString();
    ArabicNormalizer normalizer = ArabicNormalizer.defaults();
    MappedText whole = normalizer.normalize(MappedText.identity(text));

    StringBuilder expectedText = new StringBuilder();
    int at = 0;
    for (int p = 0; p < paragraphStarts.length; p++) {
      int from = paragraphStarts[p];
      int to = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1] : text.length();
      MappedText part = normalizer.normalize(MappedText.identity(text.substring(from, to)));
      expectedText.append(part.text());
      for (int i = 0; i < part.length(); i++, at++) {
        assertEquals(from + part.rawStart(i), whole.rawStart(at), "raw start of char " + at);
        assertEquals(from + part.rawEnd(i), whole.rawEnd(at), "raw end of char " + at);
      }
    }
    assertEquals(expectedText.toString(), whole.text());
    assertEquals(normalizer.normalize(text), whole.text());
  }

  /**
   * A cluster that makes the normalizer leave its fast path (a surrogate pair, a base letter with
   * marks to compose, marks alone, an expanding ligature, a lone surrogate), put at every offset
   * across the first internal piece boundaries, normalizes exactly as it does on its own, with
   * the plain letters around it mapped one to one.
   */
  @Test
  void specialClustersAtEveryOffsetNormalizeAsOnTheirOwn() {
    String[] clusters = {
      "\uD83D\uDE00", "\u0627\u0654", "\u0648\u0654\u064E", "\u064E\u0651", "\uFEFB", "\uD83D",
    };
    ArabicNormalizer normalizer = ArabicNormalizer.defaults();
    for (String cluster : clusters) {
      MappedText alone = normalizer.normalize(MappedText.identity(cluster));
      for (int k = 0; k < 1100; k++) {
        String text = "ب".repeat(k) + cluster + "ب".repeat(40);
        MappedText whole = normalizer.normalize(MappedText.identity(text));
        String context = "cluster U+" + Integer.toHexString(cluster.charAt(0)) + " at " + k;
        assertEquals("ب".repeat(k) + alone.text() + "ب".repeat(40), whole.text(), context);
        assertEquals(normalizer.normalize(text), whole.text(), context);
        for (int i = 0; i < alone.length(); i++) {
          assertEquals(k + alone.rawStart(i), whole.rawStart(k + i), context);
          assertEquals(k + alone.rawEnd(i), whole.rawEnd(k + i), context);
        }
        int after = k + alone.length();
        assertEquals(k + cluster.length(), whole.rawStart(after), context);
        if (k > 0) {
          assertEquals(k - 1, whole.rawStart(k - 1), context);
        }
      }
    }
  }
}
