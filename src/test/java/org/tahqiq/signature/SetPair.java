package org.tahqiq.signature;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Test fixture: two sets of 64-bit hashes with their exact Jaccard similarity, computed from the
 * sets themselves (not from the parameters they were drawn with).
 */
record SetPair(long[] a, long[] b, double jaccard) {

  /**
   * A random pair whose union has {@code unionSize} elements and whose intersection has {@code
   * round(targetJ * unionSize)}; the rest is split at random between the two sides. Elements are
   * random longs (distinctness is not assumed: {@link #jaccard} is exact either way).
   */
  static SetPair random(SplittableRandom rnd, int unionSize, double targetJ) {
    int common = (int) Math.round(targetJ * unionSize);
    int rest = unionSize - common;
    int onlyA = rest == 0 ? 0 : rnd.nextInt(rest + 1);
    long[] a = new long[common + onlyA];
    long[] b = new long[common + rest - onlyA];
    for (int i = 0; i < common; i++) {
      long x = rnd.nextLong();
      a[i] = x;
      b[i] = x;
    }
    for (int i = common; i < a.length; i++) {
      a[i] = rnd.nextLong();
    }
    for (int i = common; i < b.length; i++) {
      b[i] = rnd.nextLong();
    }
    shuffle(rnd, a);
    shuffle(rnd, b);
    return of(a, b);
  }

  /** A pair with its exact Jaccard similarity (0 for two empty sets). */
  static SetPair of(long[] a, long[] b) {
    return new SetPair(a, b, exactJaccard(a, b));
  }

  static double exactJaccard(long[] a, long[] b) {
    long[] x = Arrays.stream(a).sorted().distinct().toArray();
    long[] y = Arrays.stream(b).sorted().distinct().toArray();
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      int c = Long.compare(x[i], y[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - common;
    return union == 0 ? 0 : common / (double) union;
  }

  private static void shuffle(SplittableRandom rnd, long[] v) {
    for (int i = v.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      long t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
  }
}
