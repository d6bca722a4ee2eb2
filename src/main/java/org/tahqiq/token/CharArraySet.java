package org.tahqiq.token;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable set of words that answers membership for a slice of a {@code char[]} or a {@link
 * CharSequence} without allocating: open addressing with linear probing over one pooled {@code
 * char[]}. Load factor at most 1/2, so an unsuccessful probe ends quickly.
 *
 * <p>Immutable and thread-safe once constructed.
 */
final class CharArraySet {

  private final char[] pool;
  /** Per slot: 0 = empty, else 1 + index of the entry in {@link #offsets}. */
  private final int[] slots;
  private final int[] offsets;
  private final int[] lengths;
  private final int[] hashes;
  private final int mask;
  private final int size;

  CharArraySet(Collection<String> words) {
    String[] distinct = words.stream().distinct().sorted().toArray(String[]::new);
    int total = 0;
    for (String w : distinct) {
      total += w.length();
    }
    pool = new char[total];
    offsets = new int[distinct.length];
    lengths = new int[distinct.length];
    hashes = new int[distinct.length];
    int capacity = Integer.highestOneBit(Math.max(4, distinct.length * 2 - 1)) << 1;
    slots = new int[capacity];
    mask = capacity - 1;
    int at = 0;
    for (int e = 0; e < distinct.length; e++) {
      String w = distinct[e];
      w.getChars(0, w.length(), pool, at);
      offsets[e] = at;
      lengths[e] = w.length();
      int h = hash(pool, at, w.length());
      hashes[e] = h;
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = e + 1;
      at += w.length();
    }
    size = distinct.length;
  }

  int size() {
    return size;
  }

  boolean contains(char[] buf, int off, int len) {
    return contains(buf, off, len, hashStep(buf, off, off + len, HASH_START));
  }

  /**
   * Whether {@code buf[off, off + len)} is in the set, given {@code partial}, its {@link
   * #hashStep} from {@link #HASH_START}. Lets a caller that looks up several slices ending at the
   * same index (a word without each of its prefixes) hash all of them in one pass.
   */
  boolean contains(char[] buf, int off, int len, int partial) {
    int h = finish(partial, len);
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int e = slots[slot] - 1;
      if (e < 0) {
        return false;
      }
      if (hashes[e] == h
          && lengths[e] == len
          && Arrays.equals(pool, offsets[e], offsets[e] + len, buf, off, off + len)) {
        return true;
      }
    }
  }

  boolean contains(CharSequence s) {
    int len = s.length();
    int h = hash(s);
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int e = slots[slot] - 1;
      if (e < 0) {
        return false;
      }
      if (hashes[e] == h && lengths[e] == len && equalsAt(offsets[e], s)) {
        return true;
      }
    }
  }

  /** The entries in sorted order, as new strings. */
  String[] toArray() {
    String[] out = new String[size];
    for (int e = 0; e < size; e++) {
      out[e] = new String(pool, offsets[e], lengths[e]);
    }
    return out;
  }

  private boolean equalsAt(int off, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (pool[off + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Start value of {@link #hashStep}: the partial hash of the empty slice. */
  static final int HASH_START = 0;

  /**
   * Extends {@code partial}, the partial hash of a slice starting at {@code to}, to the slice
   * starting at {@code from}: a polynomial hash taken right to left, so that the hashes of all
   * slices ending at one index come out of one pass over the longest. Same function over both
   * representations.
   */
  static int hashStep(char[] buf, int from, int to, int partial) {
    int h = partial;
    for (int i = to - 1; i >= from; i--) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  private static int hash(char[] buf, int off, int len) {
    return finish(hashStep(buf, off, off + len, HASH_START), len);
  }

  private static int hash(CharSequence s) {
    int h = HASH_START;
    for (int i = s.length() - 1; i >= 0; i--) {
      h = 31 * h + s.charAt(i);
    }
    return finish(h, s.length());
  }

  /**
   * The slot hash of a slice of {@code len} chars with partial hash {@code partial}: the length
   * mixed in, then the murmur3 fmix32 avalanche so that the low bits used for the slot depend on
   * every char.
   */
  private static int finish(int partial, int len) {
    return fmix32(partial * 31 + len);
  }

  private static int fmix32(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
