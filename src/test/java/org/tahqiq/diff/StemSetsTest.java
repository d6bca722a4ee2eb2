package org.tahqiq.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StemSetsTest {

  private static StemSets frozen(List<String> stems) {
    StemSets table = new StemSets();
    for (String s : stems) {
      table.intern(s);
    }
    int[] frequency = new int[table.size()];
    for (int i = 0; i < frequency.length; i++) {
      frequency[i] = i % 4;
    }
    table.freeze(frequency, 20);
    return table;
  }

  @Test
  void transliterationVariantsOfLongWordsAreNeighbours() {
    StemSets t = frozen(List.of("اميرال", "ادميرال", "سيرجي", "سيرغي", "وسائل", "لوسائل", "كتب", "كتاب", "يستخدم", "مستخدم"));
    assertTrue(t.same(t.idOf("اميرال"), t.idOf("ادميرال")));
    assertTrue(t.same(t.idOf("سيرجي"), t.idOf("سيرغي")));
    assertTrue(t.same(t.idOf("لوسائل"), t.idOf("وسائل")), "a proclitic the stemmer left on");
    assertFalse(t.same(t.idOf("كتب"), t.idOf("كتاب")), "short words must be equal");
    assertFalse(t.same(t.idOf("يستخدم"), t.idOf("مستخدم")), "a different first letter is another word form");
  }

  /** The neighbour table is exactly {@link StemSets#same(String, String)}, on seeded random stems. */
  @Test
  void neighbourTableEqualsThePairwiseRelation() {
    SplittableRandom random = new SplittableRandom(20261202L);
    String letters = "وفبلكسمنترا"; // proclitics and a few others
    List<String> stems = new ArrayList<>();
    while (stems.size() < 600) {
      String s;
      if (stems.isEmpty() || random.nextInt(3) == 0) {
        StringBuilder b = new StringBuilder();
        int length = 2 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
          b.append(letters.charAt(random.nextInt(letters.length())));
        }
        s = b.toString();
      } else { // one edit of an earlier stem: substitution, insertion, deletion or a proclitic
        StringBuilder b = new StringBuilder(stems.get(random.nextInt(stems.size())));
        int at = random.nextInt(b.length());
        char c = letters.charAt(random.nextInt(letters.length()));
        switch (random.nextInt(4)) {
          case 0 -> b.setCharAt(at, c);
          case 1 -> b.insert(at, c);
          case 2 -> b.deleteCharAt(at);
          default -> b.insert(0, letters.charAt(random.nextInt(5)));
        }
        s = b.toString();
      }
      if (!s.isEmpty() && !stems.contains(s)) {
        stems.add(s);
      }
    }
    StemSets t = frozen(stems);
    int related = 0;
    for (int i = 0; i < stems.size(); i++) {
      for (int j = 0; j < stems.size(); j++) {
        boolean expected = StemSets.same(stems.get(i), stems.get(j));
        assertEquals(expected, t.same(i, j), stems.get(i) + " / " + stems.get(j));
        related += expected && i != j ? 1 : 0;
      }
    }
    assertTrue(related > 50, "the random stems must exercise the fuzzy relation: " + related);
  }

  @Test
  void diceCountsMatchedWeightOverAllWeight() {
    StemSets t = frozen(List.of("اميرال", "ادميرال", "درع", "خنجر", "قمة"));
    int[] a = {t.idOf("درع"), t.idOf("اميرال"), t.idOf("قمة")};
    int[] b = {t.idOf("خنجر"), t.idOf("ادميرال"), t.idOf("قمة")};
    double expected = (2 * (0 + t.weight(a[1]) + t.weight(a[2])) - t.weight(a[1]) + t.weight(b[1]))
        / (t.weight(a[0]) + t.weight(a[1]) + t.weight(a[2]) + t.weight(b[0]) + t.weight(b[1]) + t.weight(b[2]));
    assertEquals(expected, t.dice(a, b), 1e-12);
    assertEquals(0, t.dice(a, new int[0]));
    assertEquals(1, t.dice(a, a), 1e-12);
  }
}
