package org.tahqiq.facts;

import java.util.List;
import java.util.function.BinaryOperator;

/**
 * A map from token-key sequences (lexicon phrases such as "ما يقرب من", "كانون الثاني", "كيم جونغ
 * أون") to values, answering the longest phrase that starts at a token. The first token may be
 * matched through its {@link Keys#cliticForms clitic-stripped forms} ("وفي", "لكيم"); later tokens
 * must match exactly.
 *
 * <p>Filled by one thread, then read-only: safe to share between threads once built.
 *
 * @param <V> value type
 */
final class PhraseTrie<V> {

  /** A match: the phrase covers {@code length} tokens. */
  record Match<V>(int length, V value) {}

  private static final class Node<V> {
    /** Children by the key of the next token; null for a leaf. */
    KeyMap<Node<V>> next;
    V value;
  }

  private final Node<V> root = new Node<>();
  private final boolean nameKeys;
  private final int slot;
  private final int bit;

  /**
   * @param slot     this trie's bit in {@link FirstKeys}, unique among the tries of one extractor
   * @param nameKeys whether text tokens are looked up by {@link Keys#nameKey} instead of key
   */
  PhraseTrie(int slot, boolean nameKeys) {
    if (slot < 0 || slot > FirstKeys.GAZETTEER_SLOT) {
      throw new IllegalArgumentException("slot " + slot);
    }
    this.slot = slot;
    this.bit = 1 << slot;
    this.nameKeys = nameKeys;
    root.next = new KeyMap<>();
  }

  /** This trie's slot in {@link FirstKeys}. */
  int slot() {
    return slot;
  }

  /** Adds {@code phrase} (folded keys); an existing value is combined with {@code merge}. */
  void put(String[] phrase, V value, BinaryOperator<V> merge) {
    if (phrase.length == 0) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node<V> n = root;
    for (String k : phrase) {
      if (n.next == null) {
        n.next = new KeyMap<>();
      }
      n = n.next.computeIfAbsent(nameKeys ? Keys.nameKey(k) : k, x -> new Node<>());
    }
    n.value = n.value == null ? value : merge.apply(n.value, value);
  }

  /** The value of the one-word phrase {@code key}, or {@code null}. */
  V single(String key) {
    Node<V> n = root.next.get(nameKeys ? Keys.nameKey(key) : key);
    return n == null ? null : n.value;
  }

  /** The value of the one-word phrase that is token {@code i}'s key (or name key), or {@code null}. */
  V single(Tokens t, int i) {
    Node<V> n = t.lookup(root.next, i, nameKeys ? Tokens.NAME : Tokens.KEY, 0);
    return n == null ? null : n.value;
  }

  /** The value of exactly the phrase {@code phrase} (folded keys, as given to {@link #put}), or {@code null}. */
  V get(String[] phrase) {
    Node<V> n = root;
    for (String k : phrase) {
      if (n == null || n.next == null) {
        return null;
      }
      n = n.next.get(nameKeys ? Keys.nameKey(k) : k);
    }
    return n == null || n == root ? null : n.value;
  }

  /** The first key of every phrase. */
  List<String> firstKeys() {
    return root.next.keys();
  }

  /** Whether some phrase starts with {@code key} (exactly). */
  boolean startsWith(String key) {
    return root.next.containsKey(key);
  }

  /**
   * The longest phrase starting at token {@code i} of {@code t} and ending before {@code limit};
   * {@code null} when none. With {@code clitics}, the first token is also tried without proclitics;
   * on equal length the more literal form wins. The tokens must have been built with the {@link
   * FirstKeys} of the extractor this trie belongs to, or without any.
   */
  Match<V> longest(Tokens t, int i, int limit, boolean clitics) {
    if (i >= limit) {
      return null;
    }
    boolean forms = clitics && t.type[i] == Tokens.WORD;
    int space = nameKeys ? Tokens.NAME : Tokens.KEY;
    if ((t.starts(i, space, forms) & bit) == 0) {
      return null;
    }
    Match<V> best = walk(t, t.lookup(root.next, i, space, 0), i, limit, space);
    if (forms) {
      int n = t.formCount(i, space);
      for (int f = 1; f < n; f++) {
        Match<V> m = walk(t, t.lookup(root.next, i, space, f), i, limit, space);
        if (m != null && (best == null || m.length() > best.length())) {
          best = m;
        }
      }
    }
    return best;
  }

  private Match<V> walk(Tokens t, Node<V> n, int i, int limit, int space) {
    Match<V> best = null;
    int j = i + 1;
    while (n != null) {
      if (n.value != null) {
        best = new Match<>(j - i, n.value);
      }
      if (j >= limit || n.next == null) {
        break;
      }
      n = t.lookup(n.next, j, space, 0);
      j++;
    }
    return best;
  }
}
