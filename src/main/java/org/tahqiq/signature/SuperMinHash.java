package org.tahqiq.signature;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;

/**
 * {@link MinHashScheme#SUPER_MINHASH}: SuperMinHash (Ertl, "SuperMinHash – A New Minwise Hashing
 * Algorithm for Jaccard Similarity Estimation", 2017) as implemented by hash4j, pinned to {@link
 * SuperMinHashVersion#V1} with 32 bits per component so that a hash4j upgrade cannot silently
 * change signatures.
 *
 * <p>hash4j's policy has no seed, so the seed enters through the element hashes: hash4j receives
 * {@code fmix64(x ^ e)} for every input hash {@code x}, {@code e} derived from the seed. That map
 * is a bijection, so duplicates stay duplicates (hash4j de-duplicates them) and distinct hashes
 * stay distinct. Components are read through hash4j's own {@code getComponent}, which does not
 * depend on its byte layout (little-endian packing, as a test pins).
 *
 * <p>SuperMinHash components are not minima of per-element values one could combine afterwards, so
 * its signatures cannot be merged.
 *
 * <p>Immutable and thread-safe; its hashers are not.
 */
final class SuperMinHash extends AbstractMinHashPolicy {

  /** Bits per component requested from hash4j; matches the 32-bit {@link Signature} components. */
  static final int BITS_PER_COMPONENT = 32;

  private final SimilarityHashPolicy hash4jPolicy;

  SuperMinHash(int k, long seed) {
    super(MinHashScheme.SUPER_MINHASH, k, seed);
    this.hash4jPolicy = SimilarityHashing.superMinHash(k, BITS_PER_COMPONENT, SuperMinHashVersion.V1);
  }

  @Override
  public MinHasher newHasher() {
    return new SuperMinHashHasher();
  }

  private final class SuperMinHashHasher extends Hasher {
    private final SimilarityHasher hash4jHasher = hash4jPolicy.createHasher();
    private final SeededElements elements = new SeededElements();

    @Override
    int[] components(long[] hashes, int from, int to) {
      byte[] packed;
      elements.input = hashes;
      elements.offset = from;
      elements.count = to - from;
      try {
        packed = hash4jHasher.compute(elements);
      } finally {
        elements.input = null; // do not keep the caller's array reachable
      }
      int[] components = new int[k];
      for (int i = 0; i < k; i++) {
        components[i] = (int) hash4jPolicy.getComponent(packed, i);
      }
      return components;
    }
  }

  /** The seeded view of a slice of the caller's array that hash4j reads; re-pointed per call. */
  private final class SeededElements implements ElementHashProvider {
    private long[] input;
    private int offset;
    private int count;

    @Override
    public long getElementHash(int elementIndex) {
      return Mixing.mixElement(input[offset + elementIndex], elementKey);
    }

    @Override
    public int getNumberOfElements() {
      return count;
    }
  }
}
