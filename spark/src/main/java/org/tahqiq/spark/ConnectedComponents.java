package org.tahqiq.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph given as a {@code Dataset} of edges {@code (u, v)}
 * of {@code long} node ids, computed on the cluster with the alternating large-star / small-star
 * algorithm of Kiveris, Lattanzi, Mirrokni, Rastogi and Vassilvitskii, "Connected Components in
 * MapReduce and Beyond" (SoCC 2014): {@code O(log² n)} rounds, each a few joins and aggregations,
 * never more than the edges in memory of one task per node's neighbourhood; nothing is collected
 * to the driver.
 *
 * <p>Each node ends up labelled with the smallest node id of its component, so a caller that
 * numbers nodes in a meaningful order (here {@link org.tahqiq.dedup.ArticleOrder}) gets each
 * component's first node as its label. Nodes without edges do not appear. Stateless; thread-safe
 * as far as the Spark session is.
 */
final class ConnectedComponents {
  /** Rounds after which the run stops with an error instead of looping: far above log² of 2⁶³. */
  static final int MAX_ROUNDS = 200;

  private ConnectedComponents() {}

  /**
   * {@code (node, label)} for every node of an edge: label = the smallest node of its component.
   *
   * @param edges rows {@code (u long, v long)}, in any direction, self-loops and repeats allowed
   */
  static Dataset<Row> labels(Dataset<Row> edges) {
    Objects.requireNonNull(edges, "edges must not be null");
    // Edges kept as (u, v) with v < u: "v is a smaller neighbour of u".
    Dataset<Row> e = edges.select(greatest(col("u"), col("v")).as("u"), least(col("u"), col("v")).as("v"))
        .where(col("u").notEqual(col("v")))
        .distinct()
        .localCheckpoint();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Dataset<Row> large = largeStar(e).localCheckpoint(false);
      Dataset<Row> small = smallStar(large).localCheckpoint();
      if (isStarForest(small)) {
        // Every edge now joins a node to its component's minimum; minima label themselves.
        Dataset<Row> leaves = small.select(col("u").as("node"), col("v").as("label"));
        Dataset<Row> roots = small.select(col("v").as("node"), col("v").as("label")).distinct();
        return leaves.union(roots).distinct();
      }
      e = small;
    }
    throw new IllegalStateException("connected components did not converge in " + MAX_ROUNDS + " rounds");
  }

  /**
   * Large-star: every node {@code u} links each strictly larger neighbour {@code w} to {@code m(u)},
   * the minimum of {@code u} and all its neighbours.
   */
  private static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both = e.union(e.select(col("v").as("u"), col("u").as("v")));
    Dataset<Row> m = both.groupBy("u").agg(min("v").as("m"))
        .select(col("u").as("mu"), least(col("u"), col("m")).as("m"));
    return both.where(col("v").gt(col("u")))
        .join(m, col("u").equalTo(col("mu")))
        .select(col("v").as("a"), col("m").as("b"))
        .select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
        .where(col("u").notEqual(col("v")))
        .distinct();
  }

  /**
   * Small-star: every node {@code u} links itself and each smaller neighbour to {@code m(u)}, the
   * minimum of {@code u}'s smaller neighbours.
   */
  private static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> m = e.groupBy("u").agg(min("v").as("m")).withColumnRenamed("u", "mu");
    Dataset<Row> neighbours = e.join(m, col("u").equalTo(col("mu")))
        .select(col("v").as("a"), col("m").as("b"));
    Dataset<Row> self = m.select(col("mu").as("a"), col("m").as("b"));
    return neighbours.union(self)
        .select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
        .where(col("u").notEqual(col("v")))
        .distinct();
  }

  /**
   * Whether every component is a star around its minimum: no edge's smaller end has a smaller
   * neighbour itself, and every larger end has one edge. One Spark job.
   */
  private static boolean isStarForest(Dataset<Row> e) {
    Dataset<Row> degree = e.groupBy("u").count();
    Dataset<Row> manyEdges = degree.where(col("count").gt(lit(1))).select(col("u").as("x"));
    Dataset<Row> centreIsLeaf = e.select(col("v").as("x")).distinct()
        .join(degree.select(col("u").as("x")), "x");
    return manyEdges.union(centreIsLeaf).limit(1).count() == 0;
  }
}
