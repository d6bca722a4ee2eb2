package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tahqiq.Seeds;

/** What every scheme promises: a function of the input set, validated input, comparability rules. */
class MinHasherContractTest {

  private static long[] randomSet(long seed, int n) {
    return new SplittableRandom(seed).longs(n).toArray();
  }

  private static MinHasher hasher(MinHashScheme scheme) {
    return MinHashPolicy.create(scheme, 128, 7).newHasher();
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void duplicatesDoNotChangeTheSignature(MinHashScheme scheme) {
    long[] set = randomSet(1, 400);
    long[] withDuplicates = new long[set.length * 3];
    for (int i = 0; i < set.length; i++) {
      withDuplicates[3 * i] = set[i];
      withDuplicates[3 * i + 1] = set[(i * 7) % set.length];
      withDuplicates[3 * i + 2] = set[i];
    }
    assertEquals(hasher(scheme).sign(set), hasher(scheme).sign(withDuplicates));
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void orderDoesNotMatter(MinHashScheme scheme) {
    long[] set = randomSet(2, 400);
    long[] sorted = set.clone();
    Arrays.sort(sorted);
    long[] reversed = new long[set.length];
    for (int i = 0; i < set.length; i++) {
      reversed[i] = sorted[set.length - 1 - i];
    }
    MinHasher h = hasher(scheme);
    Signature expected = h.sign(set);
    assertEquals(expected, h.sign(sorted));
    assertEquals(expected, h.sign(reversed));
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void emptyInputGivesTheEmptySignature(MinHashScheme scheme) {
    MinHasher h = hasher(scheme);
    Signature empty = h.sign();
    assertTrue(empty.isEmpty());
    assertEquals(h.policy().emptySignature(), empty);
    assertEquals(empty, h.sign(new long[] {1, 2, 3}, 2, 2));
    assertEquals(0, empty.estimateJaccard(empty));
    assertEquals(0, empty.estimateJaccard(h.sign(1L, 2L)));
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void sliceIsSignedLikeACopyAndInputIsNotModified(MinHashScheme scheme) {
    long[] input = randomSet(3, 300);
    long[] before = input.clone();
    MinHasher h = hasher(scheme);
    Signature slice = h.sign(input, 50, 250);
    assertEquals(h.sign(Arrays.copyOfRange(input, 50, 250)), slice);
    assertArrayEquals(before, input);
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void hasherIsReusable(MinHashScheme scheme) {
    MinHasher h = hasher(scheme);
    long[] a = randomSet(4, 500);
    Signature first = h.sign(a);
    h.sign(randomSet(5, 50));
    h.sign();
    assertEquals(first, h.sign(a));
    assertEquals(first, hasher(scheme).sign(a));
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void badArgumentsAreRejected(MinHashScheme scheme) {
    MinHasher h = hasher(scheme);
    NullPointerException npe = assertThrows(NullPointerException.class, () -> h.sign((long[]) null));
    assertTrue(npe.getMessage().contains("hashes"));
    assertThrows(NullPointerException.class, () -> h.sign(null, 0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> h.sign(new long[3], 2, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> h.sign(new long[3], -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> h.sign(new long[3], 0, 4));
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void kIsValidated(MinHashScheme scheme) {
    for (int k : new int[] {0, -1, Signature.MAX_COMPONENTS + 1}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> MinHashPolicy.create(scheme, k, 1));
      assertTrue(e.getMessage().contains("k must be in [1, 65536]: " + k), e.getMessage());
    }
    assertEquals(1, MinHashPolicy.create(scheme, 1, 1).newHasher().sign(5L).k());
    assertEquals(100, MinHashPolicy.create(scheme, 100, 1).newHasher().sign(5L, 6L).k());
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void signaturesRecordTheirPolicy(MinHashScheme scheme) {
    MinHashPolicy policy = MinHashPolicy.create(scheme, 96, -3);
    Signature s = policy.newHasher().sign(1L, 2L, 3L);
    assertEquals(scheme, s.scheme());
    assertEquals(96, s.k());
    assertEquals(-3, s.seed());
    assertEquals(policy, MinHashPolicy.create(scheme, 96, -3));
    assertEquals(policy.hashCode(), MinHashPolicy.create(scheme, 96, -3).hashCode());
    assertNotEquals(policy, MinHashPolicy.create(scheme, 96, -4));
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void identicalSetsMatchCompletelyAndDisjointSetsHardlyAtAll(MinHashScheme scheme) {
    MinHasher h = hasher(scheme);
    long[] a = randomSet(6, 800);
    assertEquals(1.0, h.sign(a).estimateJaccard(h.sign(a.clone())));
    // Disjoint: a component matches only through a 32-bit collision of distinct values.
    assertTrue(h.sign(a).matchingComponents(h.sign(randomSet(7, 800))) <= 1);
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void differentSeedsGiveUnrelatedSignatures(MinHashScheme scheme) {
    long[] a = randomSet(8, 500);
    Signature s1 = MinHashPolicy.create(scheme, 128, 1).newHasher().sign(a);
    Signature s2 = MinHashPolicy.create(scheme, 128, 2).newHasher().sign(a);
    int equal = 0;
    for (int i = 0; i < 128; i++) {
      equal += s1.component(i) == s2.component(i) ? 1 : 0;
    }
    assertTrue(equal <= 1, "components shared across seeds: " + equal);
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void incompatibleSignaturesCannotBeCompared(MinHashScheme scheme) {
    Signature s = MinHashPolicy.create(scheme, 64, 1).newHasher().sign(1L, 2L);
    MinHashScheme other = scheme == MinHashScheme.CLASSIC ? MinHashScheme.SUPER_MINHASH : MinHashScheme.CLASSIC;
    List<Signature> incompatible =
        List.of(
            MinHashPolicy.create(other, 64, 1).newHasher().sign(1L, 2L),
            MinHashPolicy.create(scheme, 65, 1).newHasher().sign(1L, 2L),
            MinHashPolicy.create(scheme, 64, 2).newHasher().sign(1L, 2L),
            MinHashPolicy.create(scheme, 64, 2).emptySignature());
    for (Signature t : incompatible) {
      IncompatibleSignatureException e =
          assertThrows(IncompatibleSignatureException.class, () -> s.jaccard(t));
      assertTrue(e.getMessage().contains(scheme + "(k=64, seed=1)"), e.getMessage());
      assertThrows(IncompatibleSignatureException.class, () -> s.estimateJaccard(t));
      assertThrows(IncompatibleSignatureException.class, () -> t.matchingComponents(s));
    }
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void tenMegabyteInputIsSigned(MinHashScheme scheme) {
    long[] huge = randomSet(9, 10 * 1024 * 1024 / Long.BYTES);
    MinHasher h = MinHashPolicy.create(scheme, 64, 1).newHasher();
    Signature s = h.sign(huge);
    assertEquals(64, s.k());
    // The first million elements are 80% of the set.
    double j = s.estimateJaccard(h.sign(Arrays.copyOf(huge, huge.length * 4 / 5)));
    assertTrue(Math.abs(j - 0.8) < 0.25, "estimate " + j);
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void realArticleAndItsTruncationEstimateTheirExactJaccard(MinHashScheme scheme) {
    List<String> words = ArticlePairs.words(Seeds.text("000"));
    SetPair pair =
        SetPair.of(ArticlePairs.shingles(words), ArticlePairs.shingles(words.subList(0, words.size() * 3 / 4)));
    MinHasher h = MinHashPolicy.create(scheme, 256, 11).newHasher();
    JaccardEstimate e = h.sign(pair.a()).estimateJaccard(h.sign(pair.b()), 0.999);
    assertTrue(e.lower() <= pair.jaccard() && pair.jaccard() <= e.upper(), e + " vs exact " + pair.jaccard());
  }

  @Test
  void onePermutationFillsEveryBinFromASingleElement() {
    // One element, 2^16 bins: densification must copy its value everywhere (O(k log k), not O(k^2)).
    Signature s = MinHashPolicy.create(MinHashScheme.ONE_PERMUTATION, Signature.MAX_COMPONENTS, 5).newHasher().sign(42L);
    int first = s.component(0);
    for (int i = 1; i < s.k(); i++) {
      assertEquals(first, s.component(i), "component " + i);
    }
  }

  @Test
  void defaultsUseTheDefaultSchemeAndSeed() {
    MinHashPolicy p = MinHashPolicy.defaults(128);
    assertSame(MinHashScheme.ONE_PERMUTATION, MinHashScheme.defaultScheme());
    assertEquals(MinHashScheme.defaultScheme(), p.scheme());
    assertEquals(MinHashPolicy.DEFAULT_SEED, p.seed());
    assertEquals(128, p.k());
    assertThrows(NullPointerException.class, () -> MinHashPolicy.create(null, 1, 1));
  }
}
