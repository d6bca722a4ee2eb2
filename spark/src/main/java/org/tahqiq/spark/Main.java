package org.tahqiq.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tahqiq.dedup.NearDuplicateDetector;

/**
 * {@code tahqiq-spark}: the command line of the Spark jobs.
 *
 * <pre>
 * java -jar spark/target/tahqiq-spark.jar dedup  --master local[2] --input FILE... --output DIR
 * java -jar spark/target/tahqiq-spark.jar events --master local[2] --input FILE... --output DIR
 * spark-submit --class org.tahqiq.spark.Main tahqiq-spark.jar dedup --input s3a://... --output s3a://...
 * </pre>
 *
 * Options: {@code --master URL} (default: the one spark-submit sets, else {@code local[*]}),
 * {@code --input PATH...} (files or folders, any Hadoop file system), {@code --output DIR} (must not
 * exist), {@code --format jsonl|parquet} (input; default jsonl), {@code --output-format
 * jsonl|parquet} (default jsonl: the CLI's JSON lines), {@code --threshold T} (dedup). Input errors
 * are printed as {@code tahqiq: FILE:LINE: message} (the first 100), counted per file, and skipped;
 * exit codes as the CLI's: 0 success, 1 input errors skipped, 2 usage error, 3 output not written,
 * 4 internal error.
 */
public final class Main {
  static final int OK = 0;
  static final int INPUT_ERRORS = 1;
  static final int USAGE = 2;
  static final int IO = 3;
  static final int INTERNAL = 4;
  static final int MAX_PRINTED = 100;

  private Main() {}

  /** Parsed options. */
  record Options(String command, Optional<String> master, List<String> inputs, String output,
      ArticleInput.Format format, boolean parquetOutput, double threshold) {}

  public static void main(String[] args) {
    // Netty's direct buffers on Java 17, as Spark's launcher sets it (the jar's manifest opens
    // the packages; this property must be set before Spark loads Netty).
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    System.exit(run(args, System.err));
  }

  static int run(String[] args, PrintStream err) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("tahqiq-spark: " + e.getMessage());
      err.println(usage());
      return USAGE;
    }
    boolean local = options.master().map(m -> m.startsWith("local")).orElse(false);
    SparkSession spark = options.master().isPresent() && local
        ? LocalSessions.create(options.master().get(), "tahqiq-spark " + options.command())
        : builderFor(options.master());
    try {
      return execute(spark, options, err);
    } catch (org.apache.spark.sql.AnalysisException e) {
      err.println("tahqiq-spark: cannot write " + options.output() + ": " + e.getMessage());
      return IO;
    } catch (RuntimeException e) {
      err.println("tahqiq-spark: internal error (a bug: please report it with this trace)");
      e.printStackTrace(err);
      return INTERNAL;
    } finally {
      spark.stop();
    }
  }

  private static SparkSession builderFor(Optional<String> master) {
    SparkSession.Builder b = SparkSession.builder().appName("tahqiq-spark");
    if (master.isPresent()) {
      b.master(master.get());
    } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      return LocalSessions.create("local[*]", "tahqiq-spark");
    }
    return b.getOrCreate();
  }

  static int execute(SparkSession spark, Options o, PrintStream err) throws org.apache.spark.sql.AnalysisException {
    long start = System.nanoTime();
    ArticleInput.Read read = ArticleInput.read(spark, o.inputs(), o.format());
    Dataset<Row> problems = read.problems().cache();
    long problemCount = problems.count();
    for (Row p : problems.orderBy("location").limit(MAX_PRINTED).collectAsList()) {
      err.println("tahqiq: " + p.getString(0) + ": " + p.getString(1));
    }
    if (problemCount > MAX_PRINTED) {
      err.println("tahqiq: more input errors; only their number is reported from here on");
    }
    if (problemCount > 0) {
      Dataset<Row> perFile = problems
          .withColumn("file", regexp_replace(col("location"), "(:[0-9]+|@[0-9]+\\+[0-9]+|#[0-9]+)$", ""))
          .groupBy("file").agg(count(lit(1)).as("errors")).orderBy("file");
      for (Row f : perFile.collectAsList()) {
        err.printf(Locale.ROOT, "tahqiq: %s: %,d input errors skipped%n", f.getString(0), f.getLong(1));
      }
    }
    if (o.command().equals("dedup")) {
      NearDuplicateJob.Result r = NearDuplicateJob.builder().threshold(o.threshold()).build().run(read.articles());
      if (o.parquetOutput()) {
        r.groups().write().parquet(o.output());
      } else {
        Dataset<String> lines = r.groups().map(
            (org.apache.spark.api.java.function.MapFunction<Row, String>) row -> JsonText.group(row.getString(0), row.getList(1)),
            org.apache.spark.sql.Encoders.STRING());
        lines.write().text(o.output());
      }
      err.printf(Locale.ROOT,
          "dedup: %,d articles, %,d too short to compare, %,d candidate pairs, %,d verified, largest band bucket %,d"
              + " (%,d salted, %,d over the cap), %.1f s%n",
          r.articles(), r.tooShort(), r.candidatePairs(), r.verifiedPairs(), r.largestBucket(),
          r.saltedBuckets(), r.cappedBuckets(), (System.nanoTime() - start) / 1e9);
    } else {
      EventClusterJob.Result r = EventClusterJob.defaults().run(read.articles());
      if (o.parquetOutput()) {
        r.events().write().parquet(o.output());
      } else {
        r.events().write().text(o.output());
      }
      err.printf(Locale.ROOT,
          "events: %,d articles, %,d candidate pairs, %,d edges, largest part %,d, largest band bucket %,d, %.1f s%n",
          r.articles(), r.candidatePairs(), r.edges(), r.largestPart(), r.largestBucket(), (System.nanoTime() - start) / 1e9);
    }
    if (problemCount > 0) {
      err.printf(Locale.ROOT, "tahqiq: %,d input errors skipped; the output covers the valid articles%n", problemCount);
      return INPUT_ERRORS;
    }
    return OK;
  }

  static Options parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("missing command: dedup or events");
    }
    String command = args[0];
    if (!command.equals("dedup") && !command.equals("events")) {
      throw new IllegalArgumentException("unknown command '" + command + "': dedup or events");
    }
    Optional<String> master = Optional.empty();
    List<String> inputs = new ArrayList<>();
    String output = null;
    ArticleInput.Format format = ArticleInput.Format.JSONL;
    boolean parquetOutput = false;
    double threshold = NearDuplicateDetector.DEFAULT_THRESHOLD;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--master" -> master = Optional.of(value(args, ++i, a));
        case "--output" -> output = value(args, ++i, a);
        case "--format" -> format = format(value(args, ++i, a), a) ? ArticleInput.Format.PARQUET : ArticleInput.Format.JSONL;
        case "--output-format" -> parquetOutput = format(value(args, ++i, a), a);
        case "--threshold" -> {
          String v = value(args, ++i, a);
          try {
            threshold = Double.parseDouble(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid value for option '--threshold': " + v);
          }
          if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("invalid value for option '--threshold': " + v + " is not in (0, 1]");
          }
        }
        case "--input" -> {
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            inputs.add(args[++i]);
          }
          if (inputs.isEmpty()) {
            throw new IllegalArgumentException("missing value for option '--input'");
          }
        }
        default -> throw new IllegalArgumentException("unknown option: '" + a + "'");
      }
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("missing required option: '--input'");
    }
    if (output == null) {
      throw new IllegalArgumentException("missing required option: '--output'");
    }
    return new Options(command, master, List.copyOf(inputs), output, format, parquetOutput, threshold);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException("missing value for option '" + option + "'");
    }
    return args[i];
  }

  private static boolean format(String v, String option) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "jsonl" -> false;
      case "parquet" -> true;
      default -> throw new IllegalArgumentException("invalid value for option '" + option + "': " + v + " (jsonl or parquet)");
    };
  }

  static String usage() {
    return "usage: tahqiq-spark (dedup|events) [--master URL] --input PATH... --output DIR"
        + " [--format jsonl|parquet] [--output-format jsonl|parquet] [--threshold T]";
  }
}
