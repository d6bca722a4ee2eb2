package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Signature format version 1 freezes the component values: for fixed input and policy they must
 * never change, whatever is refactored or upgraded. A failure here means persisted signatures would
 * silently stop matching new ones; such a change needs a new format version, not new golden values.
 */
class GoldenSignatureTest {

  private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

  private static int[] sign(MinHashScheme scheme, long... input) {
    return MinHashPolicy.create(scheme, 8, 42).newHasher().sign(input).components();
  }

  @Test
  void classicIsFrozen() {
    assertArrayEquals(
        new int[] {0x008842a9, 0x01ab78fd, 0x00ff39de, 0x052fbc9b, 0x0425ee08, 0x007b9ec2, 0x01163608, 0x0950614e},
        sign(MinHashScheme.CLASSIC, ONE_TO_HUNDRED));
  }

  @Test
  void onePermutationIsFrozen() {
    assertArrayEquals(
        new int[] {0x0453f274, 0x08e30da9, 0x02ed1e89, 0x25314e84, 0x0372b7cc, 0x0d4eade2, 0x07722950, 0x0bf446a9},
        sign(MinHashScheme.ONE_PERMUTATION, ONE_TO_HUNDRED));
  }

  @Test
  void superMinHashIsFrozen() {
    assertArrayEquals(
        new int[] {0x5ce30c0f, 0xf81945d4, 0xdccbf6d8, 0x73932e16, 0x195907ae, 0x2336050c, 0x2ed7e608, 0xb25bd1d3},
        sign(MinHashScheme.SUPER_MINHASH, ONE_TO_HUNDRED));
  }

  /**
   * Five elements in sixteen bins: at least eleven bins are empty and densification fills them.
   * The k = 8, 100-element cases above never leave a bin empty, so they cannot see this step (the
   * full grid of k and set sizes is pinned by {@link SignatureChecksumTest}).
   */
  @Test
  void densificationIsFrozen() {
    int[] actual = MinHashPolicy.create(MinHashScheme.ONE_PERMUTATION, 16, 42).newHasher().sign(1, 2, 3, 4, 5).components();
    int[] golden = {
        0x8f289105, 0x7292147d, 0x336ab88c, 0xf207aeb2, 0x336ab88c, 0xf207aeb2, 0x7292147d, 0x8f289105,
        0x8f289105, 0x8f289105, 0xf207aeb2, 0x8f289105, 0x7292147d, 0xf207aeb2, 0xf207aeb2, 0x336ab88c};
    assertArrayEquals(golden, actual, () -> java.util.Arrays.stream(actual)
        .mapToObj(c -> String.format("0x%08x", c)).collect(java.util.stream.Collectors.joining(", ")));
    // Two of the five elements share a bin here: four bin minima, each copied into empty bins.
    assertEquals(4, java.util.Arrays.stream(actual).distinct().count(), "every bin holds one of the bin minima");
  }

  /** CLASSIC computes exactly its documented definition (ClassicMinHash's Javadoc). */
  @Test
  void classicFollowsItsDefinition() {
    long seed = 42;
    long e = Mixing.fmix64(seed + Mixing.GOLDEN_GAMMA);
    int[] expected = new int[8];
    for (int i = 0; i < 8; i++) {
      long c = Mixing.fmix64(seed + (16 + i) * Mixing.GOLDEN_GAMMA);
      long min = Long.MAX_VALUE;
      for (long x : ONE_TO_HUNDRED) {
        min = Math.min(min, Mixing.fmix64(Mixing.fmix64(x ^ e) + c) >>> 32);
      }
      expected[i] = (int) min;
    }
    assertArrayEquals(expected, sign(MinHashScheme.CLASSIC, ONE_TO_HUNDRED));
  }

  /** Bins by multiply-shift: the full range of the high 32 bits maps onto [0, k) in order. */
  @Test
  void fastRangeCoversEveryBinInOrder() {
    for (int k : new int[] {1, 7, 100, Signature.MAX_COMPONENTS}) {
      assertEquals(0, Mixing.fastRange(0, k));
      assertEquals(0, Mixing.fastRange(0xffffffffL, k)); // low bits play no part
      assertEquals(k - 1, Mixing.fastRange(-1L, k));
      assertEquals(k / 2, Mixing.fastRange(1L << 63, k));
    }
  }

  /**
   * hash4j packs 32-bit SuperMinHash components little-endian; we read them through its {@code
   * getComponent}, and this pins that both agree (so a layout change in hash4j would show here).
   */
  @Test
  void hash4jPacksComponentsLittleEndian() {
    SimilarityHashPolicy policy = SimilarityHashing.superMinHash(8, 32, SuperMinHashVersion.V1);
    byte[] packed = policy.createHasher().compute(ElementHashProvider.ofValues(ONE_TO_HUNDRED));
    assertEquals(32, packed.length);
    ByteBuffer le = ByteBuffer.wrap(packed).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 8; i++) {
      assertEquals(le.getInt(4 * i), (int) policy.getComponent(packed, i));
    }
  }
}
