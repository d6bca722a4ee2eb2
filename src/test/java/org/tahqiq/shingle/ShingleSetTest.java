package org.tahqiq.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShingleSetTest {

  @Test
  void ofCopiesSortsAndDeduplicates() {
    long[] input = {5, -3, 5, Long.MIN_VALUE, Long.MAX_VALUE, -3};
    ShingleSet s = ShingleSet.of(input);
    assertArrayEquals(new long[] {Long.MIN_VALUE, -3, 5, Long.MAX_VALUE}, s.toArray());
    assertArrayEquals(new long[] {5, -3, 5, Long.MIN_VALUE, Long.MAX_VALUE, -3}, input, "input untouched");
    assertEquals(4, s.size());
    assertEquals(-3, s.hash(1));
    assertTrue(s.contains(Long.MAX_VALUE));
    assertFalse(s.contains(0));
    s.toArray()[0] = 42;
    assertEquals(Long.MIN_VALUE, s.hash(0), "toArray is a copy");
    assertThrows(IndexOutOfBoundsException.class, () -> s.hash(4));
  }

  @Test
  void emptySetsAreSimilarToNothing() {
    ShingleSet empty = ShingleSet.of();
    assertTrue(empty.isEmpty());
    assertEquals(ShingleSet.empty(), empty);
    assertEquals(0.0, empty.exactJaccard(empty));
    assertEquals(0.0, empty.exactJaccard(ShingleSet.of(1, 2)));
    assertEquals(0.0, ShingleSet.of(1, 2).exactJaccard(empty));
  }

  @Test
  void jaccardOfKnownSets() {
    ShingleSet a = ShingleSet.of(1, 2, 3, 4);
    ShingleSet b = ShingleSet.of(3, 4, 5, 6, 7, 8);
    assertEquals(2, a.intersectionSize(b));
    assertEquals(2.0 / 8.0, a.exactJaccard(b));
    assertEquals(1.0, a.exactJaccard(ShingleSet.of(4, 3, 2, 1)));
  }

  @Test
  void jaccardAgreesWithHashSetArithmeticOnRandomSets() {
    Random random = new Random(7L);
    for (int round = 0; round < 200; round++) {
      long[] x = new long[random.nextInt(60) + 1];
      long[] y = new long[random.nextInt(60) + 1];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextInt(80) - 40;
      }
      for (int i = 0; i < y.length; i++) {
        y[i] = random.nextInt(80) - 40;
      }
      Set<Long> sx = new HashSet<>();
      Set<Long> sy = new HashSet<>();
      for (long v : x) {
        sx.add(v);
      }
      for (long v : y) {
        sy.add(v);
      }
      Set<Long> inter = new HashSet<>(sx);
      inter.retainAll(sy);
      Set<Long> union = new HashSet<>(sx);
      union.addAll(sy);
      ShingleSet a = ShingleSet.of(x);
      ShingleSet b = ShingleSet.of(y);
      assertEquals(inter.size(), a.intersectionSize(b));
      assertEquals(inter.size() / (double) union.size(), a.exactJaccard(b), 0.0);
      assertEquals(a.exactJaccard(b), b.exactJaccard(a), 0.0);
    }
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> ShingleSet.of((long[]) null));
    assertThrows(NullPointerException.class, () -> ShingleSet.of(1).exactJaccard(null));
  }

  @Test
  void largeAndSkewedInputsAreSortedAndDeduplicated() {
    // Sizes around and far above the bucket sort's threshold, with duplicates; uniformly random
    // values (one or two per bucket), values sharing their top bits (one huge bucket), and the
    // extremes of the signed range.
    Random random = new Random(99L);
    for (int round = 0; round < 300; round++) {
      int size = 1 + random.nextInt(round < 100 ? 2 * ShingleSet.MIN_BUCKET_SORT_SIZE : 5000);
      long[] input = new long[size];
      for (int i = 0; i < size; i++) {
        switch (round % 3) {
          case 0 -> input[i] = random.nextLong();
          case 1 -> input[i] = random.nextInt(size); // all in the lowest buckets of the positives
          default -> input[i] = random.nextBoolean() ? Long.MIN_VALUE + random.nextInt(3) : Long.MAX_VALUE - random.nextInt(3);
        }
        if (i > 0 && random.nextInt(5) == 0) {
          input[i] = input[random.nextInt(i)];
        }
      }
      long[] expected = java.util.Arrays.stream(input).distinct().sorted().toArray();
      assertArrayEquals(expected, ShingleSet.of(input).toArray(), "round " + round + ", size " + size);
    }
  }
}
