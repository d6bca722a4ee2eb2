package org.tahqiq.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tahqiq.article.Article;
import org.tahqiq.cli.JsonlRecord;

/**
 * Reads articles for the Spark jobs as the command line reads them, on any Hadoop file system
 * ({@code file:}, {@code hdfs:}, {@code s3a:}, ...):
 *
 * <ul>
 *   <li>{@code .jsonl} and {@code .jsonl.gz} files (a folder: its {@code .jsonl}, {@code
 *       .jsonl.gz} and {@code .txt} files, by name), one object per line, parsed by the command
 *       line's own {@link JsonlRecord}; a {@code .txt} file is one article whose id is its name;
 *   <li>Parquet with columns {@code id, text} and optional {@code title, source, published}
 *       (ISO-8601 strings).
 * </ul>
 *
 * <p><b>Bad input never loses good input.</b> A malformed line, a missing or mistyped field, an
 * invalid date, invalid UTF-8 or a duplicate id (the first in input order is kept) is reported as a
 * {@code (location, message)} row of {@link Read#problems()} and skipped, with the CLI's messages;
 * the job goes on with the valid articles. The location is {@code file:line} when the line's file
 * split starts at the file's beginning (always for {@code .gz}, and for files smaller than a split),
 * else {@code file@OFFSET+line} (line within the split starting at byte {@code OFFSET}).
 *
 * <p>Stateless; thread-safe.
 */
public final class ArticleInput {
  /** Input formats. */
  public enum Format { JSONL, PARQUET }

  static final StructType PARSED = new StructType()
      .add("ok", DataTypes.BooleanType, false)
      .add("id", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("location", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, true)
      .add("file", DataTypes.IntegerType, false)
      .add("block", DataTypes.LongType, false)
      .add("line", DataTypes.LongType, false);

  private ArticleInput() {}

  /**
   * The valid articles and the problems of the input.
   *
   * @param articles valid articles, ids distinct
   * @param problems {@code (location string, message string)} of every skipped line or file, in
   *                 no particular order
   */
  public record Read(Dataset<ArticleRecord> articles, Dataset<Row> problems) {}

  /** Reads {@code inputs} (files or folders) in {@code format}. */
  public static Read read(SparkSession spark, List<String> inputs, Format format) {
    Objects.requireNonNull(spark, "spark must not be null");
    Objects.requireNonNull(inputs, "inputs must not be null");
    Objects.requireNonNull(format, "format must not be null");
    List<String> problems = new ArrayList<>();
    Dataset<Row> parsed = format == Format.PARQUET ? parquet(spark, inputs) : jsonl(spark, files(spark, inputs, problems));
    // The first record of each id wins, in input order; later ones are problems.
    Dataset<Row> ranked = parsed.where(col("ok"))
        .withColumn("rank", row_number().over(Window.partitionBy("id").orderBy("file", "block", "line")));
    Dataset<Row> firsts = ranked.where(col("rank").equalTo(1));
    Dataset<Row> duplicates = ranked.where(col("rank").gt(1)).alias("d")
        .join(firsts.select(col("id"), col("location").as("first")), "id")
        .select(col("location"), expr("concat('duplicate id \"', id, '\" (first seen at ', first, '); skipped')").as("message"));
    Dataset<Row> bad = parsed.where(col("ok").equalTo(false)).select("location", "message");
    List<Row> listing = problems.stream().map(p -> {
      int colon = p.indexOf('\t');
      return RowFactory.create(p.substring(0, colon), p.substring(colon + 1));
    }).toList();
    Dataset<Row> listed = spark.createDataFrame(listing, new StructType()
        .add("location", DataTypes.StringType, false).add("message", DataTypes.StringType, false));
    Dataset<ArticleRecord> articles = firsts
        .select(col("id"), col("source"), col("published"), col("title"), col("text"), col("location"),
            col("line").as("ordinal"))
        .as(Encoders.bean(ArticleRecord.class));
    return new Read(articles, bad.union(duplicates).union(listed));
  }

  /** Expands folders into their article files by name; missing inputs become problems. */
  private static List<String> files(SparkSession spark, List<String> inputs, List<String> problems) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          problems.add(input + "\tno such file or folder");
        } else if (fs.getFileStatus(path).isDirectory()) {
          FileStatus[] listed = fs.listStatus(path);
          Arrays.sort(listed);
          for (FileStatus f : listed) {
            if (f.isFile() && kind(f.getPath().getName()) != null) {
              out.add(f.getPath().toString());
            }
          }
        } else if (kind(path.getName()) == null) {
          problems.add(input + "\tnot a folder, .txt, .jsonl or .jsonl.gz file; skipped");
        } else {
          out.add(fs.makeQualified(path).toString());
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(input + "\tcannot read: " + e.getMessage());
      }
    }
    return out;
  }

  private static String kind(String name) {
    return name.endsWith(".txt") ? ".txt"
        : name.endsWith(".jsonl") ? ".jsonl"
        : name.endsWith(".jsonl.gz") ? ".jsonl.gz"
        : null;
  }

  private static Dataset<Row> jsonl(SparkSession spark, List<String> files) {
    List<String> lines = files.stream().filter(f -> !f.endsWith(".txt")).toList();
    List<String> texts = files.stream().filter(f -> f.endsWith(".txt")).toList();
    final List<String> order = List.copyOf(files);
    Dataset<Row> parsed = spark.createDataFrame(List.of(), PARSED);
    if (!lines.isEmpty()) {
      Dataset<Row> raw = spark.read().text(lines.toArray(new String[0]))
          .select(col("value").cast("binary").as("bytes"), col("_metadata.file_path").as("path"),
              col("_metadata.file_block_start").as("block"));
      parsed = parsed.union(raw.mapPartitions(
          (MapPartitionsFunction<Row, Row>) rows -> parseLines(rows, order), Encoders.row(PARSED)));
    }
    if (!texts.isEmpty()) {
      Dataset<Row> raw = spark.read().option("wholetext", true).text(texts.toArray(new String[0]))
          .select(col("value").cast("binary").as("bytes"), col("_metadata.file_path").as("path"),
              col("_metadata.file_block_start").as("block"));
      parsed = parsed.union(raw.mapPartitions(
          (MapPartitionsFunction<Row, Row>) rows -> parseTexts(rows, order), Encoders.row(PARSED)));
    }
    return parsed;
  }

  private static Dataset<Row> parquet(SparkSession spark, List<String> inputs) {
    Dataset<Row> raw = spark.read().parquet(inputs.toArray(new String[0]));
    List<String> columns = Arrays.asList(raw.columns());
    for (String optional : new String[] {"source", "title", "published"}) {
      if (!columns.contains(optional)) {
        raw = raw.withColumn(optional, expr("CAST(NULL AS STRING)"));
      }
    }
    return raw.select(col("id").cast("string"), col("text"), col("source"), col("title"), col("published").cast("string"),
            col("_metadata.file_path").as("path"))
        .mapPartitions((MapPartitionsFunction<Row, Row>) ArticleInput::parseParquet, Encoders.row(PARSED));
  }

  private static Iterator<Row> parseLines(Iterator<Row> rows, List<String> order) {
    JsonlRecord parser = JsonlRecord.parser();
    List<Row> out = new ArrayList<>();
    String path = null;
    long block = -1;
    long line = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      String p = r.getString(1);
      long b = r.getLong(2);
      if (!p.equals(path) || b != block) {
        path = p;
        block = b;
        line = 0;
      }
      line++;
      String location = b == 0 ? display(p) + ":" + line : display(p) + "@" + b + "+" + line;
      int file = order.indexOf(p);
      String text = utf8((byte[]) r.get(0));
      if (text == null) {
        out.add(problem(location, "invalid UTF-8; line skipped", file, b, line));
      } else if (!text.isBlank()) {
        JsonlRecord.Parsed parsed = parser.parse(text);
        if (parsed.error().isPresent()) {
          out.add(problem(location, parsed.error().get(), file, b, line));
        } else {
          out.add(article(parsed.article().orElseThrow(), location, file, b, line));
        }
      }
    }
    return out.iterator();
  }

  private static Iterator<Row> parseTexts(Iterator<Row> rows, List<String> order) {
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      String p = r.getString(1);
      String name = new Path(p).getName();
      String id = name.substring(0, name.length() - ".txt".length());
      String text = utf8((byte[]) r.get(0));
      int file = order.indexOf(p);
      if (text == null) {
        out.add(problem(display(p), "invalid UTF-8; file skipped", file, 0, 0));
      } else {
        out.add(article(Article.of(id, text), display(p), file, 0, 0));
      }
    }
    return out.iterator();
  }

  private static Iterator<Row> parseParquet(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    long line = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      line++;
      String location = display(r.getString(5)) + "#" + line;
      try {
        if (r.isNullAt(0) || r.isNullAt(1)) {
          out.add(problem(location, "missing \"" + (r.isNullAt(0) ? "id" : "text") + "\"; row skipped", 0, 0, line));
          continue;
        }
        Article.Builder b = Article.builder(r.getString(0), r.getString(1));
        if (!r.isNullAt(2) && !r.getString(2).isBlank()) {
          b.source(r.getString(2));
        }
        if (!r.isNullAt(3)) {
          b.title(r.getString(3));
        }
        if (!r.isNullAt(4)) {
          b.published(JsonlRecord.parsePublished(r.getString(4)));
        }
        out.add(article(b.build(), location, 0, 0, line));
      } catch (IllegalArgumentException e) {
        out.add(problem(location, "invalid article: " + e.getMessage() + "; row skipped", 0, 0, line));
      }
    }
    return out.iterator();
  }

  private static Row article(Article a, String location, int file, long block, long line) {
    ArticleRecord r = ArticleRecord.of(a, location, 0);
    return RowFactory.create(true, r.getId(), r.getSource(), r.getPublished(), r.getTitle(), r.getText(),
        location, null, file, block, line);
  }

  private static Row problem(String location, String message, int file, long block, long line) {
    return RowFactory.create(false, null, null, null, null, null, location, message, file, block, line);
  }

  /** The text of valid UTF-8 bytes, null for invalid ones (the CLI rejects them too). */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A local file's path without the {@code file:} scheme, as the CLI prints it. */
  private static String display(String path) {
    return path.startsWith("file:") ? new Path(path).toUri().getPath() : path;
  }

}
