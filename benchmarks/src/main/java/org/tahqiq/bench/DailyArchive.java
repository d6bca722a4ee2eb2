package org.tahqiq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * One-shot: the daily-run workflow on the corpus. Splits the corpus into its first 39,000 lines
 * ("the archive") and its last 1,000 ("today"), then runs the command line as a user would:
 *
 * <ol>
 *   <li>{@code dedup --archive A --input first.jsonl.gz}: builds the archive;
 *   <li>{@code dedup --archive A --input today.jsonl.gz}: today against the archive;
 *   <li>{@code dedup --input first.jsonl.gz today.jsonl.gz}: the one-shot baseline over all 40,000,
 * </ol>
 *
 * reporting wall time and peak RSS of each (GNU {@code /usr/bin/time}), the archive's size on disk,
 * and checking that today's groups through the archive equal the one-shot run's groups that
 * contain one of today's articles.
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.tahqiq.bench.DailyArchive \
 *     ../shared/corpora/egypt-news-2013-40k.jsonl.gz target/tahqiq-cli.jar [WORK_DIR]
 * </pre>
 *
 * Skips with a message when the corpus or the CLI jar is absent.
 */
public final class DailyArchive {
  private static final int TODAY = 1_000;

  private DailyArchive() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: DailyArchive CORPUS.jsonl.gz TAHQIQ-CLI.jar [WORK_DIR]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    if (!Files.isRegularFile(corpus) || !Files.isRegularFile(jar)) {
      System.out.println("DailyArchive: skipped, " + (Files.isRegularFile(corpus) ? jar : corpus) + " not found");
      return;
    }
    Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("tahqiq-daily");
    Files.createDirectories(work);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (!l.isBlank()) {
          lines.add(l);
        }
      }
    }
    int split = lines.size() - TODAY;
    Path first = write(work.resolve("first.jsonl.gz"), lines.subList(0, split));
    Path today = write(work.resolve("today.jsonl.gz"), lines.subList(split, lines.size()));
    Path archive = work.resolve("archive");
    deleteTree(archive);
    System.out.printf(Locale.ROOT, "corpus %s: %,d articles, archive built from the first %,d, today = the last %,d%n",
        corpus, lines.size(), split, TODAY);

    Run build = run(jar, work.resolve("build.jsonl"), "dedup", "--no-progress", "--archive", archive.toString(),
        "--input", first.toString());
    long archiveBytes = size(archive);
    Run daily = run(jar, work.resolve("today-groups.jsonl"), "dedup", "--no-progress", "--archive", archive.toString(),
        "--retain", "3650d", "--input", today.toString());
    Run oneShot = run(jar, work.resolve("all-groups.jsonl"), "dedup", "--no-progress",
        "--input", first.toString(), today.toString());
    System.out.println(build.describe("build archive (39,000)"));
    System.out.println(daily.describe("today against the archive (1,000)"));
    System.out.println(oneShot.describe("one-shot over all 40,000 (baseline)"));
    System.out.printf(Locale.ROOT, "archive on disk: %,d bytes after build, %,d after today (%.0f bytes per article)%n",
        archiveBytes, size(archive), size(archive) / (double) lines.size());
    System.out.printf(Locale.ROOT, "today / one-shot: wall %.2f, peak RSS %.2f%n",
        daily.seconds / oneShot.seconds, daily.rssKb / (double) oneShot.rssKb);

    Set<String> todayIds = ids(lines.subList(split, lines.size()));
    Set<List<String>> expected = new HashSet<>();
    for (List<String> g : groups(oneShot.out)) {
      if (g.stream().anyMatch(todayIds::contains)) {
        expected.add(g);
      }
    }
    Set<List<String>> actual = new HashSet<>(groups(daily.out));
    System.out.printf(Locale.ROOT, "groups with one of today's articles: %,d through the archive, %,d in the one-shot run: %s%n",
        actual.size(), expected.size(), actual.equals(expected) ? "EQUAL" : "DIFFERENT");
    if (!actual.equals(expected)) {
      System.exit(1);
    }
  }

  private record Run(int exit, double seconds, long rssKb, Path out) {
    String describe(String what) {
      return String.format(Locale.ROOT, "%-40s exit %d, %6.2f s wall, %,7d MB peak RSS", what, exit, seconds, rssKb / 1024);
    }
  }

  private static Run run(Path jar, Path out, String... args) throws IOException, InterruptedException {
    Path timing = Files.createTempFile("tahqiq-time", ".txt");
    List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %M",
        "java", "-jar", jar.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--out", out.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
        .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
    int exit = p.waitFor();
    String[] t = Files.readString(timing).trim().split("\\s+");
    Files.delete(timing);
    String[] last = t.length >= 2 ? new String[] {t[t.length - 2], t[t.length - 1]} : new String[] {"0", "0"};
    return new Run(exit, Double.parseDouble(last[0]), Long.parseLong(last[1]), out);
  }

  private static Path write(Path file, List<String> lines) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
    return file;
  }

  private static Set<String> ids(List<String> lines) {
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    Set<String> out = new HashSet<>();
    for (String l : lines) {
      try {
        out.add(m.readTree(l).get("id").asText());
      } catch (IOException e) {
        // a malformed line is skipped by the command line too
      }
    }
    return out;
  }

  private static List<List<String>> groups(Path file) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    List<List<String>> out = new ArrayList<>();
    for (String l : Files.readAllLines(file)) {
      if (!l.isBlank()) {
        List<String> members = new ArrayList<>();
        m.readTree(l).get("members").forEach(n -> members.add(n.asText()));
        out.add(members);
      }
    }
    return out;
  }

  private static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
