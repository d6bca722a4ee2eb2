package org.tahqiq.signature;

/**
 * Computes {@link Signature}s for one {@link MinHashPolicy}. A hasher owns primitive work arrays
 * sized for the policy's {@code k}, so signing allocates nothing per element; create one per thread
 * (via {@link MinHashPolicy#newHasher()}) and reuse it.
 *
 * <p>The input is a <em>set</em> of 64-bit element hashes (for example a shingle set): neither the
 * order of the hashes nor repeated occurrences change the result. The input array is only read.
 * An empty input gives the policy's {@linkplain Signature#isEmpty() empty signature}.
 *
 * <p>Not thread-safe: a hasher must not be used by several threads at once.
 */
public interface MinHasher {

  /** The policy this hasher signs for. */
  MinHashPolicy policy();

  /**
   * The signature of the set of all {@code hashes}.
   *
   * @throws NullPointerException if {@code hashes} is null
   */
  default Signature sign(long... hashes) {
    if (hashes == null) {
      throw new NullPointerException("hashes must not be null");
    }
    return sign(hashes, 0, hashes.length);
  }

  /**
   * The signature of the set of {@code hashes[from]} ... {@code hashes[to - 1]}.
   *
   * @throws NullPointerException if {@code hashes} is null
   * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= hashes.length}
   */
  Signature sign(long[] hashes, int from, int to);
}
