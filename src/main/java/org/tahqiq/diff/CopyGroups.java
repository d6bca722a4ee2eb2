package org.tahqiq.diff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahqiq.shingle.ShingleSet;

/**
 * Which articles of a diff are copies of one story (a wire text and its republications): articles
 * whose word-shingle sets ({@link ShingleSet}, as the near-duplicate detector uses) have a Jaccard
 * similarity of at least {@link #MIN_JACCARD}, or that the caller grouped so (the near-duplicate
 * groups of {@code org.tahqiq.dedup}). Relative times of a copy resolve against the earliest
 * publication of its group, since the republisher kept the agency's "اليوم". Pairs are tested only
 * when their sizes allow the threshold. Immutable once built.
 */
final class CopyGroups {
  /** Shingle Jaccard from which two articles are copies with small edits. */
  static final double MIN_JACCARD = 0.5;

  private final int[] root;

  /**
   * @param ids      article ids, in diff order
   * @param shingles each article's shingles
   * @param declared caller's groups of ids (unknown ids ignored)
   */
  CopyGroups(List<String> ids, List<ShingleSet> shingles, Collection<? extends Collection<String>> declared) {
    int n = ids.size();
    root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = i;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(ids.get(i), i);
    }
    for (Collection<String> g : declared) {
      int first = -1;
      for (String id : g) {
        Integer i = index.get(id);
        if (i == null) {
          continue;
        }
        if (first < 0) {
          first = i;
        } else {
          union(first, i);
        }
      }
    }
    for (int a = 0; a < n; a++) {
      int sa = shingles.get(a).size();
      for (int b = a + 1; b < n && sa > 0; b++) {
        int sb = shingles.get(b).size();
        // |A ∩ B| / |A ∪ B| <= min / max: skip pairs whose sizes rule the threshold out.
        if (sb == 0 || Math.min(sa, sb) < MIN_JACCARD * Math.max(sa, sb) || groupOf(a) == groupOf(b)) {
          continue;
        }
        if (shingles.get(a).exactJaccard(shingles.get(b)) >= MIN_JACCARD) {
          union(a, b);
        }
      }
    }
  }

  /** The representative of article {@code i}'s group. */
  int groupOf(int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }

  private void union(int a, int b) {
    root[groupOf(a)] = groupOf(b);
  }
}
