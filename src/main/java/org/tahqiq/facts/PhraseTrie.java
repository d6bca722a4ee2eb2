package org.tahqiq.facts;

import java.util.HashMap;
import java.util.Map;
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
    final Map<String, Node<V>> next = new HashMap<>();
    V value;
  }

  private final Node<V> root = new Node<>();
  private final boolean nameKeys;

  /** @param nameKeys whether text tokens are looked up by {@link Keys#nameKey} instead of key */
  PhraseTrie(boolean nameKeys) {
    this.nameKeys = nameKeys;
  }

  /** Adds {@code phrase} (folded keys); an existing value is combined with {@code merge}. */
  void put(String[] phrase, V value, BinaryOperator<V> merge) {
    if (phrase.length == 0) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node<V> n = root;
    for (String k : phrase) {
      n = n.next.computeIfAbsent(nameKeys ? Keys.nameKey(k) : k, x -> new Node<>());
    }
    n.value = n.value == null ? value : merge.apply(n.value, value);
  }

  /** The value of the one-word phrase {@code key}, or {@code null}. */
  V single(String key) {
    Node<V> n = root.next.get(nameKeys ? Keys.nameKey(key) : key);
    return n == null ? null : n.value;
  }

  /** Adds the first key of every phrase to {@code out}. */
  void firstKeys(java.util.Set<String> out) {
    out.addAll(root.next.keySet());
  }

  /** Whether some phrase starts with {@code key} (exactly). */
  boolean startsWith(String key) {
    return root.next.containsKey(key);
  }

  /**
   * The longest phrase starting at token {@code i} of {@code t} and ending before {@code limit};
   * {@code null} when none. With {@code clitics}, the first token is also tried without proclitics;
   * on equal length the more literal form wins.
   */
  Match<V> longest(Tokens t, int i, int limit, boolean clitics) {
    if (i >= limit) {
      return null;
    }
    String k0 = nameKeys ? t.nameKey(i) : t.key[i];
    Match<V> best = walk(t, root.next.get(k0), i, limit);
    if (clitics && t.type[i] == Tokens.WORD) {
      String[] forms = nameKeys ? t.nameCliticForms(i) : t.cliticForms(i);
      for (int f = 1; f < forms.length; f++) {
        Match<V> m = walk(t, root.next.get(forms[f]), i, limit);
        if (m != null && (best == null || m.length() > best.length())) {
          best = m;
        }
      }
    }
    return best;
  }

  private Match<V> walk(Tokens t, Node<V> n, int i, int limit) {
    Match<V> best = null;
    int j = i + 1;
    while (n != null) {
      if (n.value != null) {
        best = new Match<>(j - i, n.value);
      }
      if (j >= limit) {
        break;
      }
      n = n.next.get(nameKeys ? t.nameKey(j) : t.key[j]);
      j++;
    }
    return best;
  }
}
