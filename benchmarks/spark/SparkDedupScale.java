import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tahqiq.spark.ArticleInput;
import org.tahqiq.spark.LocalSessions;
import org.tahqiq.spark.NearDuplicateJob;

/**
 * One-shot scale benchmark of the Spark near-duplicate job: local[1] and local[2] over the first
 * 10k, 20k and all articles of a JSONL(.gz) corpus, against the command line's {@code dedup} on
 * the same input (the single-machine baseline, run in the same session of the machine). Prints, per
 * size and master: wall time, shuffle bytes written per article, the largest band bucket, and
 * whether the groups equal the CLI's, line for line.
 *
 * <pre>
 * mvn -q -B package -DskipTests
 * java --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
 *   --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
 *   -cp spark/target/tahqiq-spark.jar benchmarks/spark/SparkDedupScale.java \
 *   ../shared/corpora/egypt-news-2013-40k.jsonl.gz [target/tahqiq-cli.jar]
 * </pre>
 *
 * Skips with a message when the corpus is absent. Needs no network: Spark runs in local mode on
 * the loopback interface.
 */
public final class SparkDedupScale {
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || !Files.isRegularFile(Path.of(args[0]))) {
      System.out.println("SparkDedupScale: corpus not found (" + (args.length < 1 ? "no path given" : args[0]) + "); skipped");
      return;
    }
    Path corpus = Path.of(args[0]);
    Path cli = Path.of(args.length > 1 ? args[1] : "target/tahqiq-cli.jar");
    Path work = Files.createTempDirectory("tahqiq-spark-bench");
    List<String> all = readLines(corpus);
    int[] sizes = {10_000, 20_000, all.size()};
    System.out.printf(Locale.ROOT, "%-7s %-9s %9s %10s %14s %8s %10s %10s %s%n",
        "size", "run", "wall s", "vs CLI", "shuffle B/art", "bucket", "candidates", "verified", "groups equal CLI");
    for (int size : sizes) {
      if (size > all.size()) {
        continue;
      }
      Path input = work.resolve("corpus-" + size + ".jsonl");
      Files.write(input, all.subList(0, size), StandardCharsets.UTF_8);
      long t0 = System.nanoTime();
      List<String> expected = cliDedup(cli, input);
      double cliSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%-7d %-9s %9.1f %10s %14s %8s %10s %10s %d groups%n",
          size, "CLI", cliSeconds, "1.00x", "-", "-", "-", "-", expected.size());
      for (String master : new String[] {"local[1]", "local[2]"}) {
        SparkSession spark = LocalSessions.create(master, "SparkDedupScale");
        AtomicLong shuffle = new AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
          @Override
          public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskMetrics() != null) {
              shuffle.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
            }
          }
        });
        long start = System.nanoTime();
        ArticleInput.Read read = ArticleInput.read(spark, List.of(input.toString()), ArticleInput.Format.JSONL);
        NearDuplicateJob.Result r = NearDuplicateJob.defaults().run(read.articles());
        List<String> lines = new ArrayList<>();
        for (Row row : r.groups().collectAsList()) {
          lines.add(groupLine(row));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spark.stop();
        System.out.printf(Locale.ROOT, "%-7d %-9s %9.1f %9.2fx %14.0f %8d %10d %10d %s%n",
            size, master, seconds, seconds / cliSeconds, shuffle.get() / (double) size, r.largestBucket(),
            r.candidatePairs(), r.verifiedPairs(), lines.equals(expected) ? "yes" : "NO (" + lines.size() + " groups)");
      }
    }
  }

  /** {"representative":"…","members":[…]} as the CLI writes it. */
  private static String groupLine(Row row) {
    org.tahqiq.dedup.DuplicateGroup g = new org.tahqiq.dedup.DuplicateGroup(row.getString(0), row.getList(1));
    String line = org.tahqiq.cli.JsonLines.create().duplicateGroup(g);
    return line.substring(0, line.length() - 1);
  }

  private static List<String> cliDedup(Path cli, Path input) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("java", "-jar", cli.toString(), "dedup", "--no-progress", "--input", input.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
    }
    int exit = p.waitFor();
    if (exit != 0 && exit != 1) {
      throw new IOException("tahqiq dedup exited with " + exit);
    }
    return out;
  }

  private static List<String> readLines(Path corpus) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        corpus.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(corpus), 1 << 16) : Files.newInputStream(corpus),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
    }
    return out;
  }

}
