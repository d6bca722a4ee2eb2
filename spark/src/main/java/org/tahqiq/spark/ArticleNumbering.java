package org.tahqiq.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Numbers rows in {@link org.tahqiq.dedup.ArticleOrder} — dated articles first, by publication
 * time, then by id — with a distributed sort, so that "earliest, then smallest id" becomes "smallest
 * number": a component's label, a group's representative, an event's first article. Stateless.
 */
final class ArticleNumbering {
  private ArticleNumbering() {}

  /**
   * {@code rows} with a last column {@code n long}, 0 for the first article in article order.
   * The rows need columns {@code id string, dated boolean, sec long, nano int} (see {@link
   * ArticleRecord#publishedSeconds}).
   */
  static Dataset<Row> number(Dataset<Row> rows) {
    StructType schema = rows.schema().add("n", DataTypes.LongType, false);
    Dataset<Row> sorted = rows.orderBy(col("dated").desc(), col("sec"), col("nano"), col("id"));
    int width = schema.size() - 1;
    return rows.sparkSession().createDataFrame(
        sorted.javaRDD().zipWithIndex().map(p -> {
          Object[] values = new Object[width + 1];
          for (int i = 0; i < width; i++) {
            values[i] = p._1().get(i);
          }
          values[width] = p._2();
          return RowFactory.create(values);
        }), schema);
  }
}
