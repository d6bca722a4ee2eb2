package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.tahqiq.token.Proclitics;

/**
 * The stems of one diff, interned to dense int ids, and the overlap of bags of them, tolerant of
 * one-letter transliteration variants of long foreign words (أميرال / أدميرال, سيرجي / سيرغي).
 * {@link #same(String, String)} defines when two stems denote the same word; the table holds, for
 * every distinct stem, the ids of the other stems that are {@code same} with it (its
 * <em>neighbours</em>), so that comparing two sentences is a walk over two int arrays instead of a
 * string edit distance per pair of words.
 *
 * <p>Neighbours are found once per distinct stem, not per pair of stems: by the deletion
 * neighbourhood (Bocek, Hunt and Stiller, "Fast Similarity Search in Large Dictionaries", 2007) —
 * two strings within edit distance 1 share a key among themselves and their one-letter deletions —
 * and by looking up the stem without one or two proclitic letters. Each candidate is then checked
 * with {@link #same(String, String)}, so the table is exactly that relation. With {@code V}
 * distinct stems of length at most {@code L} the table costs {@code O(V·L)} keys.
 *
 * <p>Lifecycle: ids are handed out by {@link #intern} while the articles are read; {@link
 * #freeze(int[], int)} then computes the neighbours and the weights. Not thread-safe (the overlap uses
 * a work array); confined to one diff.
 */
final class StemSets {
  static final int FUZZY_MIN_LENGTH = 5;
  /** Pseudo-sentences added to the sentence count of the weights; see {@link #freeze}. */
  static final int SMOOTHING = 10;
  private static final LevenshteinDistance WITHIN_ONE = new LevenshteinDistance(1);
  private static final int[] NONE = new int[0];

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> stems = new ArrayList<>();
  private int[][] neighbours;
  private double[] weights;
  /** Work array of {@link #dice}: {@code mark[id] == stamp} for the ids of the other bag. */
  private int[] mark;
  private int stamp;

  /** The id of {@code stem}, a new one if it was not seen before. Only before {@link #freeze}. */
  int intern(String stem) {
    if (neighbours != null) {
      throw new IllegalStateException("stem table already frozen");
    }
    Integer id = ids.get(stem);
    if (id != null) {
      return id;
    }
    ids.put(stem, stems.size());
    stems.add(stem);
    return stems.size() - 1;
  }

  /** The id of {@code stem}, or -1 when the diff never saw it. */
  int idOf(String stem) {
    Integer id = ids.get(stem);
    return id == null ? -1 : id;
  }

  /** The stem of {@code id}. */
  String stem(int id) {
    return stems.get(id);
  }

  /** How many distinct stems the table holds. */
  int size() {
    return stems.size();
  }

  /**
   * Ends interning: computes every stem's neighbours and weight. The weight is the inverse
   * sentence frequency of the stem within the diffed articles: words every source repeats in every
   * sentence of a story (the names of its protagonists) align sentences less than words that only
   * the sentences about one fact share ("آخر مرة زار", "آنذاك"). {@code w = ln((S + K) / (f +
   * 0.5))} for a stem in {@code f = sentenceFrequency[id]} of the {@code S = sentences} sentences,
   * smoothed by {@code K =} {@link #SMOOTHING} so that in a small group (two headlines) a shared
   * word still weighs nearly as much as an unshared one.
   */
  void freeze(int[] sentenceFrequency, int sentences) {
    int n = stems.size();
    List<List<Integer>> found = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      found.add(null);
    }
    // Proclitics the stemmer left on: "لوسائل" is "وسائل" with one more letter in front.
    for (int i = 0; i < n; i++) {
      String s = stems.get(i);
      for (int k = 1; k <= 2 && s.length() - k >= 3; k++) {
        if (!isProclitics(s, k)) {
          break;
        }
        Integer j = ids.get(s.substring(k));
        if (j != null) {
          link(found, i, j);
        }
      }
    }
    // Edit distance 1 between long stems: a shared key among the stems and their deletions.
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String s = stems.get(i);
      if (s.length() < FUZZY_MIN_LENGTH) {
        continue; // shorter stems match only when equal
      }
      byKey.computeIfAbsent(s, k -> new ArrayList<>(2)).add(i);
      String previous = null;
      for (int d = 0; d < s.length(); d++) {
        String key = s.substring(0, d) + s.substring(d + 1);
        if (!key.equals(previous)) { // a doubled letter gives one key twice
          byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
        }
        previous = key;
      }
    }
    for (List<Integer> bucket : byKey.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = bucket.get(x);
          int j = bucket.get(y);
          if (i != j && same(stems.get(i), stems.get(j))) {
            link(found, i, j);
          }
        }
      }
    }
    neighbours = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> f = found.get(i);
      neighbours[i] = f == null ? NONE : f.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }
    weights = new double[n];
    for (int i = 0; i < n; i++) {
      int f = i < sentenceFrequency.length ? sentenceFrequency[i] : 0;
      weights[i] = Math.log((sentences + SMOOTHING) / (f + 0.5));
    }
    mark = new int[n];
  }

  private static void link(List<List<Integer>> found, int i, int j) {
    if (found.get(i) == null) {
      found.set(i, new ArrayList<>(2));
    }
    if (found.get(j) == null) {
      found.set(j, new ArrayList<>(2));
    }
    found.get(i).add(j);
    found.get(j).add(i);
  }

  /** The ids, other than {@code id}, of the stems {@link #same} with it, ascending. */
  int[] neighbours(int id) {
    return neighbours[id];
  }

  /** The weight of stem {@code id} in this group (see {@link #freeze}). */
  double weight(int id) {
    return weights[id];
  }

  /** Whether stems {@code a} and {@code b} denote the same word ({@link #same(String, String)}). */
  boolean same(int a, int b) {
    return a == b || Arrays.binarySearch(neighbours[a], b) >= 0;
  }

  /** Whether the ascending id array {@code sorted} holds {@code id} or one of its neighbours. */
  boolean containsSame(int[] sorted, int id) {
    if (Arrays.binarySearch(sorted, id) >= 0) {
      return true;
    }
    for (int n : neighbours[id]) {
      if (Arrays.binarySearch(sorted, n) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Weighted Dice coefficient of two bags of stem ids under {@link #same}: the weight of the
   * entries of either bag that match an entry of the other, over the weight of all entries of
   * both (a repeated entry counts each time). 0 when either is empty. Sums in bag order.
   */
  double dice(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    double matched = 0;
    double total = 0;
    for (int side = 0; side < 2; side++) {
      int[] bag = side == 0 ? a : b;
      markAll(side == 0 ? b : a);
      for (int s : bag) {
        double w = weights[s];
        total += w;
        if (marked(s)) {
          matched += w;
        }
      }
    }
    return total == 0 ? 0 : matched / total;
  }

  private void markAll(int[] bag) {
    if (++stamp == 0) { // after 2^32 bags: start the stamps again
      Arrays.fill(mark, 0);
      stamp = 1;
    }
    for (int s : bag) {
      mark[s] = stamp;
    }
  }

  private boolean marked(int id) {
    if (mark[id] == stamp) {
      return true;
    }
    for (int n : neighbours[id]) {
      if (mark[n] == stamp) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two stems denote the same word: equal; or equal but for one or two proclitic letters
   * the light stemmer left on (لوسائل / وسائل); or, for long words, one edit apart anywhere but the
   * first letter (a different first letter is a different word form: يستخدم / مستخدم).
   */
  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (shorter.length() >= 3 && longer.length() - shorter.length() <= 2 && longer.endsWith(shorter)
        && isProclitics(longer, longer.length() - shorter.length())) {
      return true;
    }
    if (shorter.length() < FUZZY_MIN_LENGTH || longer.length() - shorter.length() > 1
        || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    return WITHIN_ONE.apply(a, b) >= 0;
  }

  /** Whether the first {@code n} chars of {@code s} are all proclitic letters (و ف ب ل ك). */
  private static boolean isProclitics(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (Proclitics.LETTERS.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code stem} matches any of {@code stems} under {@link #same(String, String)}. */
  static boolean containsSame(Iterable<String> stems, String stem) {
    for (String s : stems) {
      if (same(s, stem)) {
        return true;
      }
    }
    return false;
  }
}
