package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentence pairs of different articles that may speak of the same thing, found once per diff
 * through an inverted index and shared by every rule.
 *
 * <p>Candidates: two sentences of different articles that share a <em>rare</em> key — a content
 * stem, an entity, or a value — one found in at most {@link #maxPosting} sentences of the group
 * (common words of the story, which every sentence repeats, would pair everything with everything
 * and carry no evidence of a shared fact). Each candidate's weighted overlap ({@link StemSets#dice})
 * is computed once. With {@code S} sentences the postings hold {@code O(S)} entries and each rare key
 * pairs at most {@code maxPosting²} sentences, so the work grows as {@code S·maxPosting} rather than
 * {@code S²}. Two sentences with the same normalized text (a copy) are always a candidate.
 *
 * <p>Not thread-safe; confined to one diff.
 */
final class SentencePairs {
  /** Smallest posting cap, so that small groups are compared exhaustively. */
  static final int MIN_POSTING = 64;

  /** One candidate pair: sentence {@code sa} of {@code a} and {@code sb} of a later article {@code b}. */
  record Pair(ArticleEvidence a, int sa, ArticleEvidence b, int sb, double overlap, boolean sameText) {}

  /** Receives one sentence pair and its weighted overlap. */
  @FunctionalInterface
  interface Visitor {
    void visit(ArticleEvidence a, int sa, ArticleEvidence b, int sb, double overlap);
  }

  private final List<Pair> pairs;
  private final int maxPosting;

  SentencePairs(List<ArticleEvidence> articles, StemWeights weights) {
    int sentences = 0;
    for (ArticleEvidence a : articles) {
      sentences += a.sentenceStems.size();
    }
    // A key in more sentences than this is common to the story; 4·sqrt(S) keeps pairs near-linear.
    this.maxPosting = Math.max(MIN_POSTING, (int) (4 * Math.sqrt(sentences)));
    Map<String, List<Long>> postings = new HashMap<>();
    for (ArticleEvidence a : articles) {
      for (int s = 0; s < a.sentenceStems.size(); s++) {
        long id = ((long) a.index << 32) | s;
        for (String stem : a.sentenceStems.get(s)) {
          postings.computeIfAbsent(stem, k -> new ArrayList<>()).add(id);
        }
        postings.computeIfAbsent("\u0000text:" + a.sentenceKeys.get(s), k -> new ArrayList<>()).add(id);
      }
    }
    Set<PairKey> seen = new HashSet<>();
    List<Pair> out = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : postings.entrySet()) {
      List<Long> ids = e.getValue();
      boolean text = e.getKey().startsWith("\u0000text:");
      if (ids.size() < 2 || (!text && ids.size() > maxPosting)) {
        continue;
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          long x = ids.get(i);
          long y = ids.get(j);
          int ax = (int) (x >>> 32);
          int ay = (int) (y >>> 32);
          if (ax == ay) {
            continue;
          }
          if (ax > ay) {
            long t = x;
            x = y;
            y = t;
          }
          if (!seen.add(new PairKey(x, y))) {
            continue;
          }
          ArticleEvidence a = articles.get((int) (x >>> 32));
          ArticleEvidence b = articles.get((int) (y >>> 32));
          int sa = (int) x;
          int sb = (int) y;
          boolean same = !a.sentenceKeys.get(sa).isEmpty() && a.sentenceKeys.get(sa).equals(b.sentenceKeys.get(sb));
          double overlap = StemSets.dice(a.sentenceStems.get(sa), b.sentenceStems.get(sb), weights);
          out.add(new Pair(a, sa, b, sb, overlap, same));
        }
      }
    }
    out.sort((p, q) -> {
      int c = Integer.compare(p.a.index, q.a.index);
      if (c == 0) c = Integer.compare(p.sa, q.sa);
      if (c == 0) c = Integer.compare(p.b.index, q.b.index);
      return c != 0 ? c : Integer.compare(p.sb, q.sb);
    });
    this.pairs = out;
  }

  /** Two sentences, each as {@code article << 32 | sentence}. */
  private record PairKey(long x, long y) {}

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
