package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

  @Test
  void hubDoesNotChainTwoStories() {
    // Stories {0,1} and {3,4}, each pair at 0.9; node 2 is similar to all four at 0.5.
    // Single-link at 0.3 would join all five; average link keeps the stories apart.
    int[] from = {0, 0, 1, 2, 2, 3};
    int[] to = {1, 2, 2, 3, 4, 4};
    double[] s = {0.9, 0.5, 0.5, 0.5, 0.5, 0.9};
    int[] rep = AverageLinkage.cluster(5, from, to, s, s.length, 0.3);
    // The hub joins the first story (tie with the second broken by the smaller representative),
    // whose average to the second story is then 2·0.5 / 6 = 0.17 < 0.3.
    assertArrayEquals(new int[] {0, 0, 0, 3, 3}, rep);
  }

  @Test
  void absentPairsCountAsZero() {
    // A chain 0-1-2 at 0.5: after merging {0,1}, the average to 2 is (0 + 0.5) / 2 = 0.25.
    int[] rep = AverageLinkage.cluster(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {0.5, 0.5}, 2, 0.3);
    assertArrayEquals(new int[] {0, 0, 2}, rep);
    rep = AverageLinkage.cluster(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {0.5, 0.5}, 2, 0.25);
    assertArrayEquals(new int[] {0, 0, 0}, rep);
  }

  @Test
  void matchesNaiveAverageLinkOnRandomGraphs() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(12);
      double[][] w = new double[n][n];
      int edges = 0;
      int[] from = new int[n * n];
      int[] to = new int[n * n];
      double[] s = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (random.nextDouble() < 0.4) {
            double x = Math.round(random.nextDouble() * 20) / 20.0; // coarse values force ties
            if (x > 0) {
              w[i][j] = w[j][i] = x;
              from[edges] = i;
              to[edges] = j;
              s[edges++] = x;
            }
          }
        }
      }
      double threshold = 0.2 + random.nextDouble() * 0.5;
      assertArrayEquals(naive(w, threshold), AverageLinkage.cluster(n, from, to, s, edges, threshold),
          "round " + round);
    }
  }

  /** Quadratic reference: recompute every cluster-pair average each step. */
  private static int[] naive(double[][] w, double threshold) {
    int n = w.length;
    int[] rep = new int[n];
    for (int i = 0; i < n; i++) {
      rep[i] = i;
    }
    while (true) {
      double best = -1;
      int ba = -1;
      int bb = -1;
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (rep[a] != a || rep[b] != b) {
            continue;
          }
          double sum = 0;
          int na = 0;
          int nb = 0;
          for (int i = 0; i < n; i++) {
            if (rep[i] == a) {
              na++;
            }
            if (rep[i] == b) {
              nb++;
            }
            for (int j = 0; j < n; j++) {
              if (rep[i] == a && rep[j] == b) {
                sum += w[i][j];
              }
            }
          }
          double avg = sum / (na * nb);
          if (avg > best + 1e-12) {
            best = avg;
            ba = a;
            bb = b;
          }
        }
      }
      if (ba < 0 || best < threshold) {
        return rep;
      }
      for (int i = 0; i < n; i++) {
        if (rep[i] == bb) {
          rep[i] = ba;
        }
      }
    }
  }

  @Test
  void noEdgesGivesSingletons() {
    assertArrayEquals(new int[] {0, 1, 2}, AverageLinkage.cluster(3, new int[0], new int[0], new double[0], 0, 0.1));
    assertEquals(0, AverageLinkage.cluster(0, new int[0], new int[0], new double[0], 0, 0.1).length);
  }
}
