package org.tahqiq.clean;

import org.tahqiq.normalize.ArabicNormalizer;

/**
 * Computes {@link Folding#key} of text lines fast, with exactly the same result.
 *
 * <p>{@code Folding.key} normalizes a line into a new string with {@link ArabicNormalizer#defaults()}
 * and folds that into another. This class does both in one pass over a reused buffer, with one
 * table load per char: the table holds, for every UTF-16 code unit, the folded form of its
 * normalized form. That is exact wherever normalization is char by char, which holds everywhere
 * except in three cases:
 *
 * <ul>
 *   <li>a base letter followed by removable marks, which the normalizer may compose (alef +
 *       hamza above is أ). Every char the normalizer deletes folds to nothing, so such a cluster
 *       is recognised by the next char folding to nothing; the cluster (the char and the run of
 *       chars folding to nothing after it) is then normalized on its own, which is exact because
 *       the normalizer's look-ahead from a base letter never passes a char that is not deleted;
 *   <li>surrogates (a pair is kept, a lone one replaced): the line takes the general path;
 *   <li>presentation forms, whose fold expands (ﻻ is لا): the line takes the general path.
 * </ul>
 *
 * Clusters are normalized with {@link ArabicNormalizer#normalizeInPlace} of a twin normalizer that
 * differs from the defaults only in not folding presentation forms (the one expanding fold, which
 * cannot work in place); the table is built from that twin and compared with the defaults for
 * every char, and any char on which the two differ sends its line to the general path.
 *
 * <p>Immutable and thread-safe; the buffers are the caller's ({@link Key}, {@link Scratch}).
 */
final class KeyFolder {

  /** Table entry of a char whose line must take the general path; never a fold result. */
  private static final char GENERAL = '\uD800';

  private final ArabicNormalizer normalizer;
  private final ArabicNormalizer inPlaceTwin;
  /** Per char: {@link Folding#foldEntry} of its normalized form, or {@link #GENERAL}. */
  private final char[] table;

  private KeyFolder(ArabicNormalizer normalizer, ArabicNormalizer inPlaceTwin) {
    this.normalizer = normalizer;
    this.inPlaceTwin = inPlaceTwin;
    this.table = new char[Character.MAX_VALUE + 1];
    boolean usable = inPlaceTwin.maxExpansion() == 1; // always, for the twin below
    char[] one = new char[1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (!usable || Character.isSurrogate(c)) {
        table[i] = GENERAL;
        continue;
      }
      one[0] = c;
      int len = inPlaceTwin.normalizeInPlace(one, 1);
      String expected = normalizer.normalize(String.valueOf(c));
      if (len != expected.length() || (len == 1 && one[0] != expected.charAt(0))) {
        table[i] = GENERAL;
      } else {
        table[i] = len == 0 ? Folding.FOLDS_TO_NOTHING : Folding.foldEntry(one[0]);
      }
    }
  }

  /** The folder for {@link ArabicNormalizer#defaults()}, the normalizer the cleaner uses. */
  static KeyFolder defaults() {
    return Defaults.INSTANCE;
  }

  ArabicNormalizer normalizer() {
    return normalizer;
  }

  /**
   * {@link Folding#key} of {@code text[from, to)} as a string; {@link #fold} without the buffer.
   * For tests, which compare it with {@link Folding#key}; cleaning uses {@link #fold}.
   */
  String key(String text, int from, int to, Scratch scratch) {
    Key key = new Key();
    fold(text, from, to, key, scratch);
    return new String(key.chars, 0, key.length);
  }

  /**
   * Writes {@link Folding#key} of {@code text[from, to)} to {@code key} (its previous content is
   * overwritten), using the buffers of {@code scratch}.
   */
  void fold(String text, int from, int to, Key key, Scratch scratch) {
    int len = to - from;
    char[] buf = key.ensureCapacity(len);
    text.getChars(from, to, buf, 0);
    char[] t = table;
    // The folded key is written over buf, each char's output at most one char and never past the
    // char itself, so the write index never passes the read index. Spaces are written as they
    // come (collapsed, none at the start) and taken back where the rules say so: before a colon,
    // and at the end. That needs no "pending space" state, so the common path has no branch that
    // depends on where words end.
    int w = 0;
    // The last char written, kept in a register: reading it back from buf would put a
    // store-to-load round trip on the loop's critical path. At the start, as after a space.
    char previous = Folding.SPACE;
    int r = 0;
    while (r < len) {
      // The common case, in a plain counted loop (which the JIT compiles tight): a char that
      // folds on its own, to a char or a space, and is not followed by a char folding to nothing.
      for (int last = len - 1; r < last; r++) {
        char f = t[buf[r]];
        char next = t[buf[r + 1]];
        if (f == GENERAL || f == Folding.FOLDS_TO_NOTHING || next == Folding.FOLDS_TO_NOTHING) {
          break;
        }
        w = emit(buf, w, previous, f);
        previous = f;
      }
      // Any other char, and the last one, one at a time.
      char f = t[buf[r]];
      char next = r + 1 < len ? t[buf[r + 1]] : 0;
      if (f == GENERAL) {
        String general = Folding.key(normalizer, text.subSequence(from, to), scratch.builder);
        buf = key.ensureCapacity(general.length());
        general.getChars(0, general.length(), buf, 0);
        key.length = general.length();
        return;
      }
      if (next == Folding.FOLDS_TO_NOTHING) {
        // A cluster: this char and the run after it that folds to nothing.
        int end = r + 2;
        while (end < len && t[buf[end]] == Folding.FOLDS_TO_NOTHING) {
          end++;
        }
        char[] cluster = scratch.cluster(end - r);
        System.arraycopy(buf, r, cluster, 0, end - r);
        int n = inPlaceTwin.normalizeInPlace(cluster, end - r);
        for (int k = 0; k < n; k++) {
          char g = Folding.foldEntry(cluster[k]);
          if (g != Folding.FOLDS_TO_NOTHING) {
            w = emit(buf, w, previous, g);
            previous = g;
          }
        }
        r = end;
        continue;
      }
      if (f != Folding.FOLDS_TO_NOTHING) {
        w = emit(buf, w, previous, f);
        previous = f;
      }
      r++;
    }
    if (w > 0 && previous == Folding.SPACE) {
      w--; // no space at the end
    }
    key.length = w;
  }

  /**
   * Appends the fold result {@code f} (a char, or {@link Folding#FOLDS_TO_SPACE}) at {@code
   * buf[w]}, where {@code previous} is the char last appended (a space if none), and returns the
   * new length: a space only after a char other than a space; a colon in place of a space before
   * it ("المصدر :" and "المصدر:" are one marker). The caller's next {@code previous} is {@code f}:
   * a space that is not kept follows a space.
   */
  private static int emit(char[] buf, int w, char previous, char f) {
    if (f == Folding.COLON && w > 0 && previous == Folding.SPACE) {
      w--;
    }
    buf[w] = f;
    // Branch-free: whether a space is kept depends on where words end, which no branch predictor
    // can guess; a branch here costs a misprediction per word.
    return w + 1 - (spaceBit(f) & spaceBit(previous));
  }

  /** 1 if {@code c} is {@link Folding#SPACE}, else 0, computed without a branch. */
  private static int spaceBit(char c) {
    return ((c ^ Folding.SPACE) - 1) >>> 31;
  }

  /**
   * A folded line key: {@code chars[0, length)}, in a buffer reused from line to line so that a
   * line costs no allocation. Mutable; confined to one thread (one cleaning pass).
   */
  static final class Key {
    char[] chars = new char[256];
    int length;

    /** The buffer, grown (content dropped) to hold at least {@code n} chars. */
    char[] ensureCapacity(int n) {
      if (chars.length < n) {
        chars = new char[Math.max(n, 2 * chars.length)];
      }
      return chars;
    }

    /** Index of the first letter or digit, or {@code length} if there is none. */
    int coreStart() {
      return Folding.coreStart(chars, length);
    }

    /** One past the last letter or digit, or 0 if there is none. */
    int coreEnd() {
      return Folding.coreEnd(chars, length);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /** Reusable buffers for {@link #fold}; confined to one thread (one cleaning pass). */
  static final class Scratch {
    final StringBuilder builder = new StringBuilder();
    private char[] cluster = new char[16];

    char[] cluster(int length) {
      if (cluster.length < length) {
        cluster = new char[Math.max(length, 2 * cluster.length)];
      }
      return cluster;
    }
  }

  /** Built on first use (holder idiom), then shared. */
  private static final class Defaults {
    static final KeyFolder INSTANCE = new KeyFolder(
        ArabicNormalizer.defaults(),
        ArabicNormalizer.builder().foldPresentationForms(false).build());
  }
}
