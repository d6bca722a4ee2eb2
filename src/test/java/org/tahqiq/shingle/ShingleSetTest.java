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
}
