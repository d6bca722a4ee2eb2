package org.tahqiq.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.shingle.ShingleSet;

/** The prefix-filtered copy groups are exactly those of comparing every pair. */
class CopyGroupsTest {

  @Test
  void prefixFilteringFindsTheSameGroupsAsAllPairs() {
    Random random = new Random(6022026);
    for (int round = 0; round < 20; round++) {
      int n = 2 + random.nextInt(40);
      List<String> ids = new ArrayList<>();
      List<ShingleSet> sets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add("a" + i);
        sets.add(i > 0 && random.nextBoolean()
            ? edited(sets.get(random.nextInt(i)), random) // a copy of an earlier article, edited
            : randomSet(random, random.nextInt(60)));
      }
      CopyGroups groups = new CopyGroups(ids, sets, List.of());
      int[] label = naiveGroups(sets);
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          assertEquals(label[a] == label[b], groups.groupOf(a) == groups.groupOf(b),
              "round " + round + ": articles " + a + " and " + b);
        }
      }
    }
  }

  @Test
  void emptyArticlesAreNeverCopies() {
    CopyGroups groups = new CopyGroups(List.of("a", "b"), List.of(ShingleSet.empty(), ShingleSet.empty()), List.of());
    assertEquals(false, groups.groupOf(0) == groups.groupOf(1));
  }

  /** Connected components of the pairs at Jaccard >= MIN_JACCARD, by brute force. */
  private static int[] naiveGroups(List<ShingleSet> sets) {
    int n = sets.size();
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (!sets.get(i).isEmpty() && !sets.get(j).isEmpty()
              && sets.get(i).exactJaccard(sets.get(j)) >= CopyGroups.MIN_JACCARD && label[i] != label[j]) {
            int m = Math.min(label[i], label[j]);
            label[i] = m;
            label[j] = m;
            changed = true;
          }
        }
      }
    }
    return label;
  }

  private static ShingleSet randomSet(Random random, int size) {
    long[] h = new long[size];
    for (int i = 0; i < size; i++) {
      h[i] = random.nextInt(500); // a small universe: unrelated sets share some shingles
    }
    return ShingleSet.of(h);
  }

  private static ShingleSet edited(ShingleSet base, Random random) {
    long[] h = base.toArray();
    for (int i = 0; i < h.length; i++) {
      if (random.nextInt(4) == 0) {
        h[i] = random.nextInt(500);
      }
    }
    return ShingleSet.of(h);
  }
}
