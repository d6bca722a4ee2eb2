package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence pairs of different articles that may speak of the same thing, found once per diff
 * through an inverted index and shared by every rule.
 *
 * <p>Candidates: two sentences of different articles that share a <em>rare</em> content stem (an
 * entity's name word is a stem too), one found in at most {@link #MAX_POSTING} sentences of the
 * group (common words of the story, which every sentence repeats, would pair everything with
 * everything and carry no evidence of a shared fact). Each candidate's weighted overlap ({@link
 * StemSets#dice}) is computed once. With {@code S} sentences of at most {@code w} distinct stems
 * each, the postings hold at most {@code S·w} entries and each posting pairs its sentence with at
 * most {@code MAX_POSTING} others, so there are at most {@code S·w·MAX_POSTING} candidates: linear
 * in {@code S}, whatever the size of the story (the pairs are then sorted once, {@code
 * O(P log P)}). Two sentences with the same normalized text (a copy) are always a candidate.
 *
 * <p>Not thread-safe; confined to one diff.
 */
final class SentencePairs {
  /**
   * Most sentences a stem may be found in and still pair them: below it, groups of up to 64
   * sentences (two long articles, a few short ones) are compared exhaustively. A fixed cap rather
   * than one growing with the group, so that candidates grow linearly with the sentences; copies
   * of one sentence still pair through their shared text, whatever the cap.
   */
  static final int MAX_POSTING = 64;

  /** One candidate pair: sentence {@code sa} of {@code a} and {@code sb} of a later article {@code b}. */
  record Pair(ArticleEvidence a, int sa, ArticleEvidence b, int sb, double overlap, boolean sameText) {}

  /** Receives one sentence pair and its weighted overlap. */
  @FunctionalInterface
  interface Visitor {
    void visit(ArticleEvidence a, int sa, ArticleEvidence b, int sb, double overlap);
  }

  private final List<Pair> pairs;

  SentencePairs(List<ArticleEvidence> articles, StemSets stems) {
    // Sentence g of the group: sentence g - offset[a] of article a.
    int[] offset = new int[articles.size() + 1];
    for (int a = 0; a < articles.size(); a++) {
      offset[a + 1] = offset[a] + articles.get(a).sentenceCount();
    }
    int sentences = offset[articles.size()];
    int[][] postings = postings(articles, offset, stems.size());
    Map<String, List<Integer>> byText = new HashMap<>();
    for (ArticleEvidence a : articles) {
      for (int s = 0; s < a.sentenceCount(); s++) {
        String key = a.sentenceKeys.get(s);
        if (!key.isEmpty()) {
          byText.computeIfAbsent(key, k -> new ArrayList<>(1)).add(offset[a.index] + s);
        }
      }
    }
    LongList keys = new LongList();
    for (int[] ids : postings) {
      if (ids.length <= MAX_POSTING) {
        addPairs(ids, offset, sentences, keys);
      }
    }
    for (List<Integer> ids : byText.values()) {
      if (ids.size() > 1) {
        addPairs(ids.stream().mapToInt(Integer::intValue).toArray(), offset, sentences, keys);
      }
    }
    long[] unique = keys.sortedDistinct();
    List<Pair> out = new ArrayList<>(unique.length);
    for (long k : unique) {
      int gx = (int) (k / sentences);
      int gy = (int) (k % sentences);
      ArticleEvidence a = articles.get(articleOf(offset, gx));
      ArticleEvidence b = articles.get(articleOf(offset, gy));
      int sa = gx - offset[a.index];
      int sb = gy - offset[b.index];
      boolean same = !a.sentenceKeys.get(sa).isEmpty() && a.sentenceKeys.get(sa).equals(b.sentenceKeys.get(sb));
      double overlap = stems.dice(a.sentenceIds[sa], b.sentenceIds[sb]);
      out.add(new Pair(a, sa, b, sb, overlap, same));
    }
    this.pairs = out; // in (article, sentence) order of both sides, as the keys sort
  }

  /** For each stem id, the group sentences that use it, ascending. */
  private static int[][] postings(List<ArticleEvidence> articles, int[] offset, int stemCount) {
    int[] count = new int[stemCount];
    for (ArticleEvidence a : articles) {
      for (int[] ids : a.sentenceIds) {
        for (int id : ids) {
          count[id]++;
        }
      }
    }
    int[][] postings = new int[stemCount][];
    for (int id = 0; id < stemCount; id++) {
      postings[id] = new int[count[id]];
    }
    int[] fill = new int[stemCount];
    for (ArticleEvidence a : articles) {
      for (int s = 0; s < a.sentenceCount(); s++) {
        for (int id : a.sentenceIds[s]) {
          postings[id][fill[id]++] = offset[a.index] + s;
        }
      }
    }
    return postings;
  }

  /** Adds the pairs of sentences of different articles among {@code ids} (ascending), as keys. */
  private static void addPairs(int[] ids, int[] offset, int sentences, LongList keys) {
    int n = ids.length;
    for (int i = 0; i < n; i++) {
      int ai = articleOf(offset, ids[i]);
      for (int j = i + 1; j < n; j++) {
        if (ids[j] >= offset[ai + 1]) { // a sentence of a later article
          keys.add((long) ids[i] * sentences + ids[j]);
        }
      }
    }
  }

  /** The article of group sentence {@code g}. */
  private static int articleOf(int[] offset, int g) {
    int lo = 0;
    int hi = offset.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (offset[mid] <= g) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** A growable list of longs. */
  private static final class LongList {
    long[] values = new long[64];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] sortedDistinct() {
      long[] v = Arrays.copyOf(values, size);
      Arrays.sort(v);
      int n = 0;
      for (int i = 0; i < v.length; i++) {
        if (i == 0 || v[i] != v[i - 1]) {
          v[n++] = v[i];
        }
      }
      return Arrays.copyOf(v, n);
    }
  }

  /**
   * Calls {@code visitor} for every candidate pair of overlap at least {@code minOverlap} in which
   * each sentence is the other's best match in its article (ties allowed): the sentence-level
   * alignment the stance rules need, since a negation in one sentence says nothing about a
   * sentence that only shares some words with it. Copies of one sentence are skipped.
   */
  void forEachMutualBest(double minOverlap, Visitor visitor) {
    Map<SideKey, Double> best = new HashMap<>();
    for (Pair p : pairs) {
      // A copy of the sentence counts as its best match: a sentence copied word for word is
      // compared with its copy (and so with nothing), never with a neighbour.
      best.merge(new SideKey(p.a.index, p.sa, p.b.index), p.overlap, Math::max);
      best.merge(new SideKey(p.b.index, p.sb, p.a.index), p.overlap, Math::max);
    }
    for (Pair p : pairs) {
      if (!p.sameText && p.overlap >= minOverlap
          && p.overlap >= best.get(new SideKey(p.a.index, p.sa, p.b.index))
          && p.overlap >= best.get(new SideKey(p.b.index, p.sb, p.a.index))) {
        visitor.visit(p.a, p.sa, p.b, p.sb, p.overlap);
      }
    }
  }

  /** A sentence of one article, matched against the sentences of another article. */
  private record SideKey(int article, int sentence, int otherArticle) {}

  /** All candidate pairs, in article and sentence order. */
  List<Pair> all() {
    return pairs;
  }

  /**
   * Calls {@code visitor} for every candidate pair whose overlap is at least {@code minOverlap};
   * copies of one sentence are skipped: a copy never contradicts itself.
   */
  void forEach(double minOverlap, Visitor visitor) {
    for (Pair p : pairs) {
      if (!p.sameText && p.overlap >= minOverlap) {
        visitor.visit(p.a, p.sa, p.b, p.sb, p.overlap);
      }
    }
  }
}
