package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MergeTest {

  private final MinHasher classic = MinHashPolicy.create(MinHashScheme.CLASSIC, 128, 3).newHasher();

  @Test
  void mergeOfClassicSignaturesIsTheSignatureOfTheUnion() {
    SplittableRandom rnd = new SplittableRandom(17);
    for (int t = 0; t < 50; t++) {
      SetPair p = SetPair.random(rnd, 1 + rnd.nextInt(2000), rnd.nextDouble());
      long[] union = LongStream.concat(LongStream.of(p.a()), LongStream.of(p.b())).toArray();
      Signature merged = classic.sign(p.a()).merge(classic.sign(p.b()));
      assertEquals(classic.sign(union), merged);
      assertEquals(merged, classic.sign(p.b()).merge(classic.sign(p.a())));
    }
  }

  /** Single elements give components spread over all 32 bits: the minimum must be unsigned. */
  @Test
  void mergeComparesComponentsAsUnsigned() {
    SplittableRandom rnd = new SplittableRandom(18);
    boolean sawHighBit = false;
    for (int t = 0; t < 100; t++) {
      long x = rnd.nextLong();
      long y = rnd.nextLong();
      Signature sx = classic.sign(x);
      sawHighBit |= sx.component(0) < 0;
      assertEquals(classic.sign(x, y), sx.merge(classic.sign(y)));
    }
    assertTrue(sawHighBit);
  }

  @Test
  void mergeWithEmptyIsIdentity() {
    Signature a = classic.sign(1L, 2L, 3L);
    Signature empty = classic.sign();
    assertSame(a, a.merge(empty));
    assertSame(a, empty.merge(a));
    assertTrue(empty.merge(empty).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(value = MinHashScheme.class, names = {"ONE_PERMUTATION", "SUPER_MINHASH"})
  void otherSchemesRefuseToMerge(MinHashScheme scheme) {
    MinHasher h = MinHashPolicy.create(scheme, 64, 3).newHasher();
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> h.sign(1L).merge(h.sign(2L)));
    assertTrue(e.getMessage().startsWith(scheme + " signatures cannot be merged"), e.getMessage());
  }

  @Test
  void incompatibleSignaturesCannotBeMerged() {
    Signature other = MinHashPolicy.create(MinHashScheme.CLASSIC, 128, 4).newHasher().sign(1L);
    assertThrows(IncompatibleSignatureException.class, () -> classic.sign(1L).merge(other));
  }
}
