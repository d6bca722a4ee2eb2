package org.tahqiq.shingle;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded memo from short Arabic words to their token hashes, shared by all threads that use one
 * {@link Shingler}: news text repeats a small vocabulary (in one pass over 40,000 Arabic news
 * articles, 77% of the word tokens hit a 16,384-word memo), and a hit saves stemming and hashing
 * the word.
 *
 * <p>Only words of at most {@value #MAX_WORD_LENGTH} chars in U+0621..U+065F are memoized, each
 * packed into a 64-bit key of 6 bits per char (char − U+0620, never 0, so the key also fixes the
 * length). The memo is a direct-mapped table: a word's slot is chosen by Fibonacci hashing of its
 * key, and a new word overwrites the slot's previous word.
 *
 * <p>Lock-free and thread-safe, after the lockless transposition tables of chess programs (Hyatt
 * and Mann, "A lock-less transposition table implementation for parallel search chess engines",
 * ICGA Journal 25(1), 2002): a slot holds two longs, {@code key ^ value} and {@code value}, each
 * read and written atomically (opaque access) but not together. A reader accepts a slot only if
 * the two XOR to its key, so an entry torn by a concurrent writer is taken for a miss: it could
 * pass only if two stored 64-bit hashes happened to XOR to the difference of two keys, a 2<sup>-64</sup>
 * event, as rare as the 64-bit shingle collisions that shingle sets accept anyway. A miss only
 * costs the computation, so results never depend on the memo's content, on its size, or on other
 * threads.
 */
final class WordHashMemo {

  /** Longest word memoized, in chars: 10 chars of 6 bits fill 60 bits of the key. */
  static final int MAX_WORD_LENGTH = 10;

  /** The key of a word that is not memoized; no memoized word has it. */
  static final long NOT_MEMOIZED = 0;

  /** The char below the memoized range: codes are {@code c - ARABIC_BASE}, in [1, 63]. */
  private static final char ARABIC_BASE = '\u0620';

  private static final int CODE_BITS = 6;
  private static final int MAX_CODE = (1 << CODE_BITS) - 1;
  private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);

  /** Computes the token hash of a word on a miss; may overwrite the word's chars. */
  interface WordHasher {
    long hash(char[] word, int length);
  }

  /** Slot i is {@code slots[2i] = key ^ value, slots[2i + 1] = value}; all zero when empty. */
  private final long[] slots;
  private final int shift;

  /** A memo of {@code capacity} words, a power of two of at least 2. */
  WordHashMemo(int capacity) {
    if (capacity < 2 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two >= 2: " + capacity);
    }
    this.slots = new long[2 * capacity];
    this.shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
  }

  int capacity() {
    return slots.length / 2;
  }

  /**
   * The token hash of {@code word[0, length)}: from the memo if it holds the word, else computed by
   * {@code hasher} (which may overwrite the chars) and stored.
   */
  long hash(char[] word, int length, WordHasher hasher) {
    long key = key(word, length);
    if (key == NOT_MEMOIZED) {
      return hasher.hash(word, length);
    }
    int at = (int) ((key * GOLDEN_GAMMA) >>> shift) << 1;
    long value = (long) SLOTS.getOpaque(slots, at + 1);
    if (((long) SLOTS.getOpaque(slots, at) ^ value) == key) {
      return value;
    }
    value = hasher.hash(word, length);
    // Two independent writes: a reader that sees one without the other rejects the slot.
    SLOTS.setOpaque(slots, at + 1, value);
    SLOTS.setOpaque(slots, at, key ^ value);
    return value;
  }

  /**
   * The packed key of {@code word[0, length)}, or {@link #NOT_MEMOIZED} if it is empty, longer than
   * {@value #MAX_WORD_LENGTH} chars or has a char outside U+0621..U+065F. Distinct words have
   * distinct keys.
   */
  static long key(char[] word, int length) {
    if (length == 0 || length > MAX_WORD_LENGTH) {
      return NOT_MEMOIZED;
    }
    long key = 0;
    int outside = 0; // sign bit set once a char falls outside the range
    for (int i = 0; i < length; i++) {
      int code = word[i] - ARABIC_BASE;
      outside |= (code - 1) | (MAX_CODE - code);
      key = key << CODE_BITS | (code & MAX_CODE);
    }
    return outside < 0 ? NOT_MEMOIZED : key;
  }
}
