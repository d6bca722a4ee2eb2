package org.tahqiq.dedup;

/** How the near-duplicate detector confirms an LSH candidate pair. */
public enum Verification {
  /**
   * By the Jaccard similarity estimated from the two MinHash signatures; needs no shingle sets in
   * memory, standard error {@code sqrt(J(1-J)/k)}.
   */
  ESTIMATED,
  /**
   * By the exact Jaccard similarity of the two shingle sets; keeps every shingle set in memory (8
   * bytes per shingle) in exchange for no estimation error.
   */
  EXACT
}
