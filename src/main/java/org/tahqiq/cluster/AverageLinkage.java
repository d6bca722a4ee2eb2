package org.tahqiq.cluster;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Greedy average-link agglomerative clustering over a sparse similarity graph (UPGMA with absent
 * pairs counted as similarity 0).
 *
 * <p>Nodes are {@code 0 .. n-1} in the caller's canonical order. Start with singletons; repeatedly
 * merge the two clusters with the highest average pairwise similarity {@code sum(A, B) / (|A|·|B|)},
 * as long as it is at least the threshold. Ties are broken by the smaller representative of the
 * first cluster, then of the second (a cluster's representative is its smallest node), so the
 * outcome is a function of the graph alone. Because absent pairs count as 0, one article similar
 * to two stories cannot pull them together: the average over all cross pairs stays low (no
 * single-link chaining).
 *
 * <p>Floating-point sums are formed in an order fixed by node numbers, so equal graphs give
 * bit-identical results. Cost: {@code O((E + merges · d) log E)} for {@code E} edges and neighbour
 * lists of length {@code d}.
 *
 * <p>Stateless utility; thread-safe.
 */
final class AverageLinkage {
  private AverageLinkage() {}

  /**
   * Clusters the graph.
   *
   * @param n       number of nodes
   * @param from    edge endpoints, {@code from[e] < to[e]}; edges in ascending {@code (from, to)}
   *                order without repeats
   * @param to      edge endpoints
   * @param score   edge similarities in {@code (0, 1]}
   * @param edges   number of edges used from the arrays
   * @param threshold smallest average similarity at which two clusters merge
   * @return for each node, its cluster's representative (smallest member)
   */
  static int[] cluster(int n, int[] from, int[] to, double[] score, int edges, double threshold) {
    // Per-cluster neighbour lists sorted by neighbour id: nbr[c][0 .. deg[c]) with sums.
    int[][] nbr = new int[n][];
    double[][] sum = new double[n][];
    int[] deg = new int[n];
    for (int e = 0; e < edges; e++) {
      deg[from[e]]++;
      deg[to[e]]++;
    }
    for (int c = 0; c < n; c++) {
      nbr[c] = new int[deg[c]];
      sum[c] = new double[deg[c]];
      deg[c] = 0;
    }
    // Edges come sorted by (from, to): appending gives every list in ascending order, because for
    // node c the entries with a smaller id (c as 'to') arrive before those with a larger one.
    for (int e = 0; e < edges; e++) {
      int a = from[e];
      int b = to[e];
      nbr[b][deg[b]] = a;
      sum[b][deg[b]++] = score[e];
    }
    for (int e = 0; e < edges; e++) {
      int a = from[e];
      int b = to[e];
      nbr[a][deg[a]] = b;
      sum[a][deg[a]++] = score[e];
    }
    int[] size = new int[n];
    int[] stamp = new int[n];
    int[] parent = new int[n];
    Arrays.fill(size, 1);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (int e = 0; e < edges; e++) {
      if (score[e] >= threshold) {
        queue.add(new Candidate(score[e], from[e], to[e], 0, 0));
      }
    }
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      if (parent[c.a] != c.a || parent[c.b] != c.b || stamp[c.a] != c.stampA || stamp[c.b] != c.stampB) {
        continue; // stale: one side merged since this entry was made
      }
      int a = c.a; // a < b: the merged cluster keeps the smaller representative
      int b = c.b;
      parent[b] = a;
      size[a] += size[b];
      stamp[a]++;
      // Merge the two neighbour lists, leaving out a and b themselves.
      int[] mergedNbr = new int[deg[a] + deg[b]];
      double[] mergedSum = new double[mergedNbr.length];
      int m = 0;
      int i = 0;
      int j = 0;
      while (i < deg[a] || j < deg[b]) {
        int x = i < deg[a] ? nbr[a][i] : Integer.MAX_VALUE;
        int y = j < deg[b] ? nbr[b][j] : Integer.MAX_VALUE;
        int id;
        double s;
        if (x < y) {
          id = x;
          s = sum[a][i++];
        } else if (y < x) {
          id = y;
          s = sum[b][j++];
        } else {
          id = x;
          s = sum[a][i++] + sum[b][j++];
        }
        if (id != a && id != b) {
          mergedNbr[m] = id;
          mergedSum[m++] = s;
        }
      }
      nbr[a] = mergedNbr;
      sum[a] = mergedSum;
      deg[a] = m;
      nbr[b] = null;
      sum[b] = null;
      deg[b] = 0;
      for (int k = 0; k < m; k++) {
        int other = mergedNbr[k];
        replaceNeighbours(nbr, sum, deg, other, a, b, mergedSum[k]);
        double average = mergedSum[k] / ((double) size[a] * size[other]);
        if (average >= threshold) {
          int lo = Math.min(a, other);
          int hi = Math.max(a, other);
          queue.add(new Candidate(average, lo, hi, stamp[lo], stamp[hi]));
        }
      }
    }
    int[] representative = new int[n];
    for (int v = 0; v < n; v++) {
      int r = v;
      while (parent[r] != r) {
        r = parent[r];
      }
      representative[v] = r;
    }
    return representative;
  }

  /** In the list of {@code c}, drops the entries of {@code a} and {@code b} and adds {@code a → s}. */
  private static void replaceNeighbours(int[][] nbr, double[][] sum, int[] deg, int c, int a, int b, double s) {
    int[] list = nbr[c];
    double[] sums = sum[c];
    int d = deg[c];
    int w = 0;
    for (int r = 0; r < d; r++) {
      if (list[r] != a && list[r] != b) {
        list[w] = list[r];
        sums[w++] = sums[r];
      }
    }
    // Insert a in order; there is room because at least one of a, b was in the list.
    int pos = w;
    while (pos > 0 && list[pos - 1] > a) {
      list[pos] = list[pos - 1];
      sums[pos] = sums[pos - 1];
      pos--;
    }
    list[pos] = a;
    sums[pos] = s;
    deg[c] = w + 1;
  }

  /** A possible merge; ordered best first. */
  private static final class Candidate implements Comparable<Candidate> {
    final double average;
    final int a;
    final int b;
    final int stampA;
    final int stampB;

    Candidate(double average, int a, int b, int stampA, int stampB) {
      this.average = average;
      this.a = a;
      this.b = b;
      this.stampA = stampA;
      this.stampB = stampB;
    }

    @Override
    public int compareTo(Candidate o) {
      int c = Double.compare(o.average, average);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a, o.a);
      return c != 0 ? c : Integer.compare(b, o.b);
    }
  }
}
