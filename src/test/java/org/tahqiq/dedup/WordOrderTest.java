package org.tahqiq.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WordOrder}: the aligned LCS, checked against the plain dynamic program. */
class WordOrderTest {

  private static int plainLcs(int[] a, int[] b) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        d[i][j] = a[i - 1] == b[j - 1] ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
      }
    }
    return d[a.length][b.length];
  }

  private static int[] random(Random r, int length, int alphabet) {
    int[] out = new int[length];
    for (int i = 0; i < length; i++) {
      out[i] = r.nextInt(alphabet);
    }
    return out;
  }

  @Test
  void shortSequencesLieInsideTheBandAndGiveThePlainLcs() {
    Random r = new Random(20261202L);
    for (int t = 0; t < 2000; t++) {
      int[] a = random(r, r.nextInt(WordOrder.MIN_BAND + 1), 1 + r.nextInt(6));
      int[] b = random(r, r.nextInt(WordOrder.MIN_BAND + 1), 1 + r.nextInt(6));
      assertEquals(plainLcs(a, b), WordOrder.alignedLcsLength(a, b));
    }
  }

  @Test
  void alignedLcsNeverExceedsThePlainOneAndIsSymmetric() {
    forRandomPairs(7, (a, b) -> {
      int aligned = WordOrder.alignedLcsLength(a, b);
      assertTrue(aligned <= plainLcs(a, b));
      assertEquals(aligned, WordOrder.alignedLcsLength(b, a));
    });
  }

  /** 300 pairs of seeded random sequences of up to 300 words from vocabularies of up to 50. */
  private static void forRandomPairs(long seed, java.util.function.BiConsumer<int[], int[]> check) {
    Random r = new Random(seed);
    for (int t = 0; t < 300; t++) {
      int[] a = random(r, r.nextInt(300), 1 + r.nextInt(50));
      int[] b = random(r, r.nextInt(300), 1 + r.nextInt(50));
      check.accept(a, b);
    }
  }

  @Test
  void keptWordsInPlaceScoreHighAndMovedOnesDoNot() {
    Random r = new Random(3);
    int[] text = random(r, 200, 1_000_000);
    assertEquals(1.0, WordOrder.similarity(text, text.clone()));
    // A third of the words replaced in place: about two thirds kept in order.
    int[] replaced = text.clone();
    for (int i = 0; i < replaced.length; i += 3) {
      replaced[i] = -1 - i;
    }
    double kept = WordOrder.similarity(text, replaced);
    assertTrue(kept > 0.6 && kept < 0.7, "similarity " + kept);
    // The same words, second half first: every match is far off the diagonal.
    int[] swapped = new int[text.length];
    System.arraycopy(text, 100, swapped, 0, 100);
    System.arraycopy(text, 0, swapped, 100, 100);
    assertTrue(WordOrder.similarity(text, swapped) < 0.2, "similarity " + WordOrder.similarity(text, swapped));
    assertEquals(0.0, WordOrder.similarity(new int[0], text));
    assertEquals(0.0, WordOrder.similarity(text, new int[0]));
  }

  @Test
  void theAlignmentMatchesTheAlignedLcs() {
    forRandomPairs(11, (a, b) -> {
      WordOrder.Alignment al = WordOrder.align(a, b);
      // the traced path finds as many matched words as the program's value
      assertEquals(WordOrder.alignedLcsLength(a, b), al.matched());
      assertEquals(WordOrder.similarity(a, b), al.orderSimilarity(), 1e-12);
      assertTrue(al.inPlaceShare() >= al.orderSimilarity() && al.inPlaceShare() <= 1, al.toString());
      assertTrue(al.matched() + al.substitutedA() <= a.length && al.matched() + al.substitutedB() <= b.length);
    });
  }

  @Test
  void wordsReplacedInPlaceAreSubstitutionsAndAnInsertedStretchIsNot() {
    Random r = new Random(5);
    int[] text = random(r, 200, 1_000_000);
    WordOrder.Alignment same = WordOrder.align(text, text.clone());
    assertEquals(200, same.matched());
    assertEquals(1.0, same.inPlaceShare());
    // Every third word replaced: a third of the words lost to order, all explained in place.
    int[] replaced = text.clone();
    for (int i = 0; i < replaced.length; i += 3) {
      replaced[i] = -1 - i;
    }
    WordOrder.Alignment thirds = WordOrder.align(text, replaced);
    assertEquals(1.0, thirds.inPlaceShare(), thirds.toString());
    assertTrue(thirds.orderSimilarity() < 0.7, thirds.toString());
    assertEquals(0, thirds.longestInsertion());
    // Two neighbours replaced by three words ("700" spelled out): still a substitution.
    int[] longer = new int[text.length + 1];
    System.arraycopy(text, 0, longer, 0, 100);
    longer[100] = -5000;
    longer[101] = -5001;
    longer[102] = -5002;
    System.arraycopy(text, 102, longer, 103, text.length - 102);
    WordOrder.Alignment spelled = WordOrder.align(text, longer);
    assertEquals(198, spelled.matched());
    assertEquals(1.0, spelled.inPlaceShare(), spelled.toString());
    // Five neighbours replaced by five others: a rewritten clause, not a substitution.
    int[] clause = text.clone();
    for (int i = 50; i < 55; i++) {
      clause[i] = -7000 - i;
    }
    WordOrder.Alignment rewritten = WordOrder.align(text, clause);
    assertEquals(5, rewritten.longestInsertion());
    assertEquals(390.0 / 400, rewritten.inPlaceShare(), 1e-12);
    // Twenty new words inserted in the middle: kept in order, but not explained in place.
    int[] inserted = new int[220];
    System.arraycopy(text, 0, inserted, 0, 100);
    for (int i = 0; i < 20; i++) {
      inserted[100 + i] = -10_000 - i;
    }
    System.arraycopy(text, 100, inserted, 120, 100);
    WordOrder.Alignment al = WordOrder.align(text, inserted);
    assertEquals(200, al.matched());
    assertEquals(20, al.longestInsertion());
    assertEquals(400.0 / 420, al.inPlaceShare(), 1e-12);
    assertEquals(0.0, WordOrder.align(new int[0], text).inPlaceShare());
    assertEquals(200, WordOrder.align(text, new int[0]).longestInsertion());
  }

  @Test
  void wordsKeepTheLowHalfOfEachHash() {
    int[] w = WordOrder.words(new long[] {0x1234_5678_9ABC_DEF0L, -1L, 7L});
    assertEquals(0x9ABC_DEF0, w[0]);
    assertEquals(-1, w[1]);
    assertEquals(7, w[2]);
  }
}
