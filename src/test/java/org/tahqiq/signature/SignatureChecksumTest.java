package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hashing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins every component every scheme computes, hash4j style: one checksum per scheme over k ∈ {1,
 * 2, 3, 8, 64, 128, 256} × set sizes 0–300, of each signature's k, emptiness, seed and components. Sets smaller than {@code k} leave bins of one-permutation
 * hashing empty, so its densification is pinned too. A change of any component or of the empty
 * signature fails here; it needs a new format version, not a new checksum. (The byte layout is
 * pinned by {@code FormatGoldenFilesTest}.)
 *
 * <p>Elements are SplitMix64 outputs of a fixed seed (Steele, Lea, Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), each set drawing fresh ones.
 */
class SignatureChecksumTest {
  private static final int[] KS = {1, 2, 3, 8, 64, 128, 256};
  private static final int MAX_SET_SIZE = 300;
  private static final long SEED = 0x5eed_7a4b_1c0d_e001L;

  static long checksum(MinHashScheme scheme) {
    HashStream64 checksum = Hashing.komihash5_0().hashStream();
    long state = 0x243F6A8885A308D3L; // the digits of pi: any fixed start
    long[] elements = new long[MAX_SET_SIZE];
    for (int k : KS) {
      MinHasher hasher = MinHashPolicy.create(scheme, k, SEED).newHasher();
      for (int size = 0; size <= MAX_SET_SIZE; size++) {
        for (int i = 0; i < size; i++) {
          state += 0x9E3779B97F4A7C15L;
          elements[i] = Mixing.fmix64(state); // SplitMix64: a golden-gamma counter, then a 64-bit finalizer
        }
        Signature s = hasher.sign(elements, 0, size);
        checksum.putInt(s.k()).putBoolean(s.isEmpty()).putLong(s.seed());
        for (int c : s.components()) {
          checksum.putInt(c);
        }
      }
    }
    return checksum.getAsLong();
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void everySchemeIsFrozen(MinHashScheme scheme) {
    long expected = switch (scheme) {
      case CLASSIC -> 0xbbb6bf87269fc5a2L;
      case ONE_PERMUTATION -> 0x146f1fe4ece54ddfL;
      case SUPER_MINHASH -> 0x5bb5cd5b3fbb3249L;
    };
    assertEquals(expected, checksum(scheme), () -> String.format("%s checksum 0x%016xL", scheme, checksum(scheme)));
  }
}
