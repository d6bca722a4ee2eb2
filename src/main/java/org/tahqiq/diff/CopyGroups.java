package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahqiq.dedup.UnionFind;
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

  private final UnionFind groups;

  /**
   * @param ids      article ids, in diff order
   * @param shingles each article's shingles
   * @param declared caller's groups of ids (unknown ids ignored)
   */
  CopyGroups(List<String> ids, List<ShingleSet> shingles, Collection<? extends Collection<String>> declared) {
    int n = ids.size();
    groups = new UnionFind(n);
    for (int i = 0; i < n; i++) {
      groups.add();
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
          groups.union(first, i);
        }
      }
    }
    // Prefix filtering (Chaudhuri, Ganti and Kaushik 2006; Bayardo, Ma and Srikant 2007): in any
    // fixed order of the shingles (here their hash order, the sets' own), two sets of Jaccard
    // >= t share one of the first |A| - ceil(t·|A|) + 1 shingles of each. Only articles sharing a
    // prefix shingle are compared: the same pairs as comparing all, in time near-linear in the
    // shingles when the articles are not copies of each other.
    Map<Long, List<Integer>> postings = new HashMap<>();
    int[] seen = new int[n];
    Arrays.fill(seen, -1);
    for (int a = 0; a < n; a++) {
      ShingleSet sa = shingles.get(a);
      int prefix = prefixLength(sa.size());
      for (int k = 0; k < prefix; k++) {
        List<Integer> earlier = postings.computeIfAbsent(sa.hash(k), h -> new ArrayList<>(2));
        for (int b : earlier) {
          if (seen[b] != a) {
            seen[b] = a;
            if (copies(sa, shingles.get(b)) && groups.find(a) != groups.find(b)) {
              groups.union(a, b);
            }
          }
        }
        earlier.add(a);
      }
    }
  }

  /** Shingles of a set of {@code size} that every set of Jaccard >= {@link #MIN_JACCARD} with it shares one of. */
  static int prefixLength(int size) {
    return size == 0 ? 0 : size - (int) Math.ceil(MIN_JACCARD * size) + 1;
  }

  private static boolean copies(ShingleSet a, ShingleSet b) {
    int sa = a.size();
    int sb = b.size();
    // |A ∩ B| / |A ∪ B| <= min / max: skip pairs whose sizes rule the threshold out.
    if (sa == 0 || sb == 0 || Math.min(sa, sb) < MIN_JACCARD * Math.max(sa, sb)) {
      return false;
    }
    return a.exactJaccard(b) >= MIN_JACCARD;
  }

  /** The representative of article {@code i}'s group. */
  int groupOf(int i) {
    return groups.find(i);
  }
}
