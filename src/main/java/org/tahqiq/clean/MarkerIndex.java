package org.tahqiq.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the first of an ordered list of {@link CompiledMarker}s that matches a folded line, while
 * trying only the markers that can match it. Cleaning asks this for every line, and most lines
 * match nothing, so the question to answer fast is "which markers are even possible here":
 *
 * <ul>
 *   <li><b>equals</b> markers, by the length of their core: only those whose core is as long as
 *       the line's core;
 *   <li><b>starts-with</b> markers, by their first char: only those whose first char is the
 *       line's char where the match would begin (its core start for a phrase that starts with a
 *       word char, else its first char);
 *   <li><b>contains</b> markers, by an anchor trigram (three adjacent chars of the phrase, the
 *       rarest by letter frequency): only those whose anchor occurs in the line, found with one
 *       pass over the line testing each trigram against a hashed bit set;
 *   <li><b>ends-with</b> markers are few and always tried.
 * </ul>
 *
 * Each pre-selection only leaves out markers that cannot match, and the candidates are tried in
 * the list's order, so the result is exactly that of trying every marker in order.
 *
 * <p>Immutable and thread-safe; the per-call buffers are the caller's ({@link Scratch}).
 */
final class MarkerIndex {

  /** Buckets of the starts-with table, by the low bits of a phrase's first char. */
  private static final int FIRST_CHAR_BUCKETS = 256;
  /** Bits of the contains anchors' filter (a power of two). */
  private static final int ANCHOR_FILTER_BITS = 1 << 12;
  private static final int ANCHOR_FILTER_SHIFT =
      Long.SIZE - Integer.numberOfTrailingZeros(ANCHOR_FILTER_BITS);
  private static final int[] NONE = {};
  /** The 48 bits of a {@linkplain CompiledMarker#trigram packed trigram}. */
  private static final long TRIGRAM_MASK = (1L << 48) - 1;

  private final CompiledMarker[] markers;
  /** Indexes of equals markers by core length; lengths beyond the array have none. */
  private final int[][] equalsByCoreLength;
  /** Indexes of starts-with markers whose phrase starts with a word char, by first-char bucket. */
  private final int[][] wordStartsByFirstChar;
  /** Indexes of the other starts-with markers, by first-char bucket. */
  private final int[][] otherStartsByFirstChar;
  /** Indexes of the ends-with markers. */
  private final int[] endsWith;
  /** Indexes of the contains markers with an anchor, and their anchors at the same positions. */
  private final int[] contains;
  private final long[] containsAnchors;
  /** Indexes of the contains markers too short for an anchor: tried on every line. */
  private final int[] unanchoredContains;
  /** Hashed bit set of the contains anchors, tested for each word of a line. */
  private final long[] anchorFilter = new long[ANCHOR_FILTER_BITS / Long.SIZE];

  MarkerIndex(CompiledMarker[] markers) {
    this.markers = markers.clone();
    List<List<Integer>> equals = new ArrayList<>();
    List<List<Integer>> wordStarts = emptyBuckets();
    List<List<Integer>> otherStarts = emptyBuckets();
    List<Integer> ends = new ArrayList<>();
    List<Integer> containing = new ArrayList<>();
    List<Integer> unanchored = new ArrayList<>();
    for (int i = 0; i < markers.length; i++) {
      CompiledMarker m = markers[i];
      switch (m.action()) {
        case CUT_REST_IF_EQUALS, DROP_LIST_IF_EQUALS, DROP_LINE_IF_EQUALS -> {
          while (equals.size() <= m.coreLength()) {
            equals.add(new ArrayList<>());
          }
          equals.get(m.coreLength()).add(i);
        }
        case DROP_LINE_IF_STARTS_WITH ->
            (m.startsWithWordChar() ? wordStarts : otherStarts)
                .get(bucket(m.firstKeyChar())).add(i);
        case DROP_LINE_IF_ENDS_WITH -> ends.add(i);
        case DROP_LINE_IF_CONTAINS -> {
          if (m.anchorTrigram() == CompiledMarker.NO_TRIGRAM) {
            unanchored.add(i);
          } else {
            containing.add(i);
            int bit = anchorBit(m.anchorTrigram());
            anchorFilter[bit >>> 6] |= 1L << bit;
          }
        }
        default -> throw new AssertionError(m.action());
      }
    }
    this.equalsByCoreLength = toArrays(equals);
    this.wordStartsByFirstChar = toArrays(wordStarts);
    this.otherStartsByFirstChar = toArrays(otherStarts);
    this.endsWith = toArray(ends);
    this.contains = toArray(containing);
    this.unanchoredContains = toArray(unanchored);
    this.containsAnchors = new long[contains.length];
    for (int k = 0; k < contains.length; k++) {
      containsAnchors[k] = markers[contains[k]].anchorTrigram();
    }
  }

  /**
   * The first marker, in list order, that matches the line {@code line} whose letters and digits
   * span {@code [coreStart, coreEnd)}; null if none does.
   */
  CompiledMarker first(KeyFolder.Key line, int coreStart, int coreEnd, Scratch scratch) {
    int length = line.length;
    char[] chars = line.chars;
    int n = 0;
    int[] candidates = scratch.candidates(markers.length);
    int coreLength = coreEnd - coreStart;
    if (coreLength < equalsByCoreLength.length) {
      n = add(equalsByCoreLength[coreLength], candidates, n);
    }
    if (coreStart < length) {
      n = add(wordStartsByFirstChar[bucket(chars[coreStart])], candidates, n);
    }
    if (length > 0) {
      n = add(otherStartsByFirstChar[bucket(chars[0])], candidates, n);
    }
    n = add(endsWith, candidates, n);
    n = add(unanchoredContains, candidates, n);
    if (contains.length > 0) {
      n = addContainsCandidates(chars, length, candidates, n);
    }
    if (n == 0) {
      return null;
    }
    Arrays.sort(candidates, 0, n); // list order; a marker is added at most once
    for (int k = 0; k < n; k++) {
      CompiledMarker m = markers[candidates[k]];
      if (m.matches(line, coreStart, coreEnd)) {
        return m;
      }
    }
    return null;
  }

  /** Adds the contains markers whose anchor trigram occurs in the line. */
  private int addContainsCandidates(char[] chars, int length, int[] candidates, int n) {
    if (length < 3) {
      return n;
    }
    long trigram = CompiledMarker.trigram('\0', chars[0], chars[1]);
    for (int i = 2; i < length; i++) {
      trigram = (trigram << 16 | chars[i]) & TRIGRAM_MASK;
      int bit = anchorBit(trigram);
      if ((anchorFilter[bit >>> 6] & 1L << bit) != 0) {
        for (int k = 0; k < contains.length; k++) {
          if (containsAnchors[k] == trigram) {
            n = add(contains[k], candidates, n);
          }
        }
      }
    }
    return n;
  }

  private int add(int[] indexes, int[] candidates, int n) {
    for (int index : indexes) {
      n = add(index, candidates, n);
    }
    return n;
  }

  private int add(int index, int[] candidates, int n) {
    // A contains marker is found once per occurrence of its anchor, and two markers may share a
    // bucket; keep each once.
    for (int k = 0; k < n; k++) {
      if (candidates[k] == index) {
        return n;
      }
    }
    candidates[n] = index;
    return n + 1;
  }

  private static int bucket(char c) {
    return c & (FIRST_CHAR_BUCKETS - 1);
  }

  private static int anchorBit(long trigram) {
    return (int) ((trigram * 0x9E3779B97F4A7C15L) >>> ANCHOR_FILTER_SHIFT);
  }

  private static List<List<Integer>> emptyBuckets() {
    List<List<Integer>> buckets = new ArrayList<>(FIRST_CHAR_BUCKETS);
    for (int b = 0; b < FIRST_CHAR_BUCKETS; b++) {
      buckets.add(new ArrayList<>());
    }
    return buckets;
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = toArray(lists.get(i));
    }
    return out;
  }

  private static int[] toArray(List<Integer> list) {
    return list.isEmpty() ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Buffers of {@link #first}; confined to one thread (one cleaning pass). */
  static final class Scratch {
    private int[] candidates = new int[16];

    int[] candidates(int capacity) {
      if (candidates.length < capacity) {
        candidates = new int[capacity];
      }
      return candidates;
    }
  }
}
