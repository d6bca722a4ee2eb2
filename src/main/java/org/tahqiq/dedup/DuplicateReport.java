package org.tahqiq.dedup;

import java.util.List;

/**
 * The outcome of near-duplicate detection over a set of articles. Immutable.
 *
 * @param groups   groups of two or more near-duplicates, ordered by their representatives
 *                 ({@link ArticleOrder})
 * @param pairs    every verified pair, ordered by first then second id's article order
 * @param tooShort ids of articles with fewer shingles than the detector's minimum: they are never
 *                 grouped, so empty or near-empty documents cannot match by emptiness
 */
public record DuplicateReport(List<DuplicateGroup> groups, List<DuplicatePair> pairs, List<String> tooShort) {
  public DuplicateReport {
    groups = List.copyOf(groups);
    pairs = List.copyOf(pairs);
    tooShort = List.copyOf(tooShort);
  }
}
