package org.tahqiq.facts;

import java.util.Set;

/**
 * For one extractor's lexicons and gazetteer: which lexicons a folded key can start a phrase of,
 * as bits. {@link Tokens} looks each clitic form of a token up once, when the sentence is
 * tokenized; every later question "may a phrase of this lexicon start here?" is then a bit test,
 * and the most frequent words of a text, which start no phrase, cost no further lookup.
 *
 * <p>Bits: {@code 1 << slot} for each {@link PhraseTrie} (its {@link PhraseTrie#slot() slot}),
 * set for its first keys; {@link #TIME_START} and {@link #QUANTITY_START} for the keys of
 * {@link Lexicons#timeStarts} and {@link Lexicons#quantityStarts}; {@link #STOPWORD} for the
 * one-word entries of the name stopwords. The gazetteer's trie is keyed by name keys: its bit is
 * the one {@link #NAME_BITS} bit; all others are {@link #KEY_BITS}.
 *
 * <p>Built once per extractor, then read-only: thread-safe.
 */
final class FirstKeys {

  /** Slot of the gazetteer's alias trie. */
  static final int GAZETTEER_SLOT = 13;
  static final int TIME_START = 1 << 14;
  static final int QUANTITY_START = 1 << 15;
  static final int STOPWORD = 1 << 16;
  static final int NAME_BITS = 1 << GAZETTEER_SLOT;
  static final int KEY_BITS = ~NAME_BITS;

  private final KeyMap<Integer> bits = new KeyMap<>(1024);
  /**
   * A one-hash Bloom filter over the keys' hashes, {@link #FILTER_BITS} bits: most words start
   * nothing, and most of them are answered here, from a table small enough to stay in L1 cache.
   */
  private final long[] filter = new long[1 << (FILTER_BITS - 6)];
  private static final int FILTER_BITS = 16;

  FirstKeys(Lexicons lex, Gazetteer gaz) {
    for (PhraseTrie<?> trie : lex.tries()) {
      add(trie.firstKeys(), 1 << trie.slot());
    }
    add(gaz.aliases.firstKeys(), 1 << gaz.aliases.slot());
    add(lex.timeStarts, TIME_START);
    add(lex.quantityStarts, QUANTITY_START);
    for (String k : lex.nameStopwords.firstKeys()) {
      if (lex.nameStopwords.single(k) != null) {
        add(Set.of(k), STOPWORD);
      }
    }
  }

  private void add(Iterable<String> keys, int bit) {
    for (String k : keys) {
      Integer old = bits.get(k);
      bits.put(k, old == null ? bit : old | bit);
      int f = filterIndex(Keys.hash(k));
      filter[f >>> 6] |= 1L << f;
    }
  }

  /** The bits of the key {@code a[off, off + len)} with hash {@code hash}; 0 if it starts nothing. */
  int bits(char[] a, int off, int len, long hash) {
    int f = filterIndex(hash);
    if ((filter[f >>> 6] & 1L << f) == 0) {
      return 0;
    }
    Integer b = bits.get(a, off, len, hash);
    return b == null ? 0 : b;
  }

  /** The filter bit of a key hash: its top bits (the table slot of {@link KeyMap} uses the low ones). */
  private static int filterIndex(long hash) {
    return (int) (hash >>> (64 - FILTER_BITS));
  }
}
