package org.tahqiq.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A map from folded keys to values that is looked up by a slice of a char array with its
 * precomputed {@link Keys#hash(char[], int, int) hash}, so that a token's key is never made into a
 * string to be looked up. Open addressing with linear probing over a power-of-two table kept at
 * most half full; keys are compared by hash, then length, then chars: the same answers as a
 * {@code HashMap<String, V>} of the same entries.
 *
 * <p>Filled by one thread, then read-only: safe to share between threads once built.
 *
 * @param <V> value type
 */
final class KeyMap<V> {

  private char[][] keys;
  private long[] hashes;
  private Object[] values;
  private int size;

  KeyMap() {
    this(4);
  }

  /** An empty map with room for {@code expected} keys before it grows. */
  KeyMap(int expected) {
    int cap = 4;
    while (cap < 2 * expected) {
      cap <<= 1;
    }
    keys = new char[cap][];
    hashes = new long[cap];
    values = new Object[cap];
  }

  int size() {
    return size;
  }

  /** The value of the key {@code a[off, off + len)} whose hash is {@code hash}, or {@code null}. */
  @SuppressWarnings("unchecked")
  V get(char[] a, int off, int len, long hash) {
    int mask = keys.length - 1;
    for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
      char[] k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == hash && k.length == len && same(k, a, off)) {
        return (V) values[i];
      }
    }
  }

  /** The value of {@code key}, or {@code null}. */
  V get(String key) {
    char[] a = key.toCharArray();
    return get(a, 0, a.length, Keys.hash(a, 0, a.length));
  }

  boolean containsKey(String key) {
    return get(key) != null;
  }

  /** Maps {@code key} to {@code value} (not null), replacing an earlier value. */
  void put(String key, V value) {
    if (value == null) {
      throw new IllegalArgumentException("null value");
    }
    char[] a = key.toCharArray();
    long h = Keys.hash(a, 0, a.length);
    int mask = keys.length - 1;
    int i = slot(h, mask);
    while (keys[i] != null) {
      if (hashes[i] == h && keys[i].length == a.length && same(keys[i], a, 0)) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = a;
    hashes[i] = h;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /** The value of {@code key}, first mapping it to {@code make.apply(key)} when absent. */
  V computeIfAbsent(String key, Function<String, V> make) {
    V v = get(key);
    if (v == null) {
      v = make.apply(key);
      put(key, v);
    }
    return v;
  }

  /** The keys, in table order. */
  List<String> keys() {
    List<String> out = new ArrayList<>(size);
    for (char[] k : keys) {
      if (k != null) {
        out.add(new String(k));
      }
    }
    return out;
  }

  private void grow() {
    char[][] oldKeys = keys;
    long[] oldHashes = hashes;
    Object[] oldValues = values;
    int cap = oldKeys.length * 2;
    keys = new char[cap][];
    hashes = new long[cap];
    values = new Object[cap];
    int mask = cap - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = slot(oldHashes[j], mask);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int slot(long hash, int mask) {
    return (int) (hash ^ (hash >>> 29) ^ (hash >>> 47)) & mask;
  }

  private static boolean same(char[] k, char[] a, int off) {
    for (int i = 0; i < k.length; i++) {
      if (k[i] != a[off + i]) {
        return false;
      }
    }
    return true;
  }
}
