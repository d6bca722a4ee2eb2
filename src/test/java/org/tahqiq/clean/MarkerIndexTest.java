package org.tahqiq.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.normalize.ArabicNormalizer;

/**
 * {@link MarkerIndex} only pre-selects the markers worth trying; its answer must be exactly that
 * of trying every marker in order.
 */
class MarkerIndexTest {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.defaults();
  /** Words sharing letters and trigrams, so that anchors and first chars collide often. */
  private static final String[] WORDS = {
    "اشترك", "في", "نشرتنا", "النشرة", "الآن", "مجانا", "جرب", "تجربة", "المصدر:", "اقرأ",
    "أيضا", "شارك", "أشار", "قائمة", "قائد", "ab", "x", "free", "try", "our", "(", ")", "«", "»",
    "-", "٢٠٢٣", "2023", "كلمات", "دلالية:",
  };

  @Test
  void randomMarkersAndLinesGiveTheFirstMatchInOrder() {
    Random random = new Random(20261125L);
    StringBuilder scratch = new StringBuilder();
    KeyFolder folder = KeyFolder.defaults();
    KeyFolder.Scratch foldScratch = new KeyFolder.Scratch();
    MarkerIndex.Scratch indexScratch = new MarkerIndex.Scratch();
    int matched = 0;
    for (int round = 0; round < 300; round++) {
      List<CompiledMarker> markers = new ArrayList<>();
      int count = 1 + random.nextInt(40);
      while (markers.size() < count) {
        BoilerplateMarker.Action action =
            BoilerplateMarker.Action.values()[random.nextInt(BoilerplateMarker.Action.values().length)];
        String phrase = phrase(random, 1 + random.nextInt(3));
        if (action == BoilerplateMarker.Action.DROP_LINE_IF_CONTAINS && random.nextInt(4) == 0) {
          phrase = phrase + BoilerplateMarker.GAP + phrase(random, 1);
        }
        try {
          markers.add(CompiledMarker.compile(
              new BoilerplateMarker(RemovalReason.PROMOTION, action, phrase), NORMALIZER, scratch));
        } catch (IllegalArgumentException noLetter) {
          // a phrase of punctuation only: not a valid marker, try another
        }
      }
      CompiledMarker[] array = markers.toArray(new CompiledMarker[0]);
      MarkerIndex index = new MarkerIndex(array);
      for (int line = 0; line < 200; line++) {
        String text = phrase(random, random.nextInt(8));
        KeyFolder.Key key = new KeyFolder.Key();
        folder.fold(text, 0, text.length(), key, foldScratch);
        int coreStart = key.coreStart();
        int coreEnd = Math.max(coreStart, key.coreEnd());
        CompiledMarker expected = null;
        for (CompiledMarker m : array) {
          if (m.matches(key, coreStart, coreEnd)) {
            expected = m;
            break;
          }
        }
        CompiledMarker actual = index.first(key, coreStart, coreEnd, indexScratch);
        assertSame(expected, actual, () -> "line «" + text + "» markers " + markers);
        matched += expected != null ? 1 : 0;
      }
    }
    assertEquals(true, matched > 1_000, "the random lines match some markers: " + matched);
  }

  @Test
  void containsMarkerIsFoundThroughItsAnchorAndAShortOneWithoutAnchor() {
    StringBuilder scratch = new StringBuilder();
    CompiledMarker newsletter = CompiledMarker.compile(new BoilerplateMarker(
        RemovalReason.PROMOTION, BoilerplateMarker.Action.DROP_LINE_IF_CONTAINS,
        "اشترك في نشرتنا"), NORMALIZER, scratch);
    CompiledMarker shortPhrase = CompiledMarker.compile(new BoilerplateMarker(
        RemovalReason.PROMOTION, BoilerplateMarker.Action.DROP_LINE_IF_CONTAINS, "ab"),
        NORMALIZER, scratch);
    assertEquals(CompiledMarker.NO_TRIGRAM, shortPhrase.anchorTrigram());
    MarkerIndex index = new MarkerIndex(new CompiledMarker[] {newsletter, shortPhrase});
    assertSame(newsletter, first(index, "لا تفوت الأخبار: إشترك في نشرتنا اليومية"));
    assertSame(shortPhrase, first(index, "see ab here"));
    assertNull(first(index, "اشترك في نشرتهم")); // the anchor's word differs
    assertNull(first(index, "نشر الخبر اليوم"));
  }

  private static CompiledMarker first(MarkerIndex index, String line) {
    KeyFolder.Key key = new KeyFolder.Key();
    KeyFolder.defaults().fold(line, 0, line.length(), key, new KeyFolder.Scratch());
    int coreStart = key.coreStart();
    return index.first(key, coreStart, Math.max(coreStart, key.coreEnd()), new MarkerIndex.Scratch());
  }

  private static String phrase(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(random.nextInt(5) == 0 ? "  " : " ");
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
