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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * then the same three runs of {@code analyze} (its own archive, {@code --archive B}), reporting wall
 * time and peak RSS of each (GNU {@code /usr/bin/time}), the archive's size on disk, and checking
 * results against the one-shot run:
 *
 * <ul>
 *   <li>{@code dedup}: today's groups through the archive equal the one-shot run's groups that
 *       contain one of today's articles (as sets of member lists);
 *   <li>{@code analyze}: the events printed through the archive (those with one of today's
 *       articles) equal the one-shot run's events that contain one of today's articles, as sets of
 *       member lists (archived members included); the event ids are compared too and the number
 *       that differ is reported (they may differ by the rule of stable ids: an event keeps the id
 *       given on the day it was first seen); the near-duplicate groups as for {@code dedup}. Facts
 *       are not compared: through the archive they cover today's members only.
 * </ul>
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.tahqiq.bench.DailyArchive \
 *     ../shared/corpora/egypt-news-2013-40k.jsonl.gz target/tahqiq-cli.jar [WORK_DIR [dedup|analyze|both]]
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
    String which = args.length > 3 ? args[3] : "both";
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
    System.out.printf(Locale.ROOT, "corpus %s: %,d articles, archive built from the first %,d, today = the last %,d%n",
        corpus, lines.size(), split, TODAY);
    Set<String> todayIds = ids(lines.subList(split, lines.size()));
    boolean equal = true;
    if (!which.equals("analyze")) {
      equal &= dedup(jar, work, first, today, todayIds, lines.size());
    }
    if (!which.equals("dedup")) {
      equal &= analyze(jar, work, first, today, todayIds, lines.size());
    }
    if (!equal) {
      System.exit(1);
    }
  }

  private static boolean dedup(Path jar, Path work, Path first, Path today, Set<String> todayIds, int total)
      throws IOException, InterruptedException {
    Path archive = work.resolve("archive");
    deleteTree(archive);

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
        archiveBytes, size(archive), size(archive) / (double) total);
    System.out.printf(Locale.ROOT, "today / one-shot: wall %.2f, CPU %.2f, peak RSS %.2f%n",
        daily.seconds / oneShot.seconds, daily.cpuSeconds / oneShot.cpuSeconds, daily.rssKb / (double) oneShot.rssKb);
    return compareGroups("dedup", groups(oneShot.out), groups(daily.out), todayIds);
  }

  private static boolean compareGroups(String what, List<List<String>> oneShot, List<List<String>> daily,
      Set<String> todayIds) {
    Set<List<String>> expected = new HashSet<>();
    for (List<String> g : oneShot) {
      if (g.stream().anyMatch(todayIds::contains)) {
        expected.add(g);
      }
    }
    Set<List<String>> actual = new HashSet<>(daily);
    System.out.printf(Locale.ROOT, "%s: groups with one of today's articles: %,d through the archive, %,d in the one-shot run: %s%n",
        what, actual.size(), expected.size(), actual.equals(expected) ? "EQUAL" : "DIFFERENT");
    return actual.equals(expected);
  }

  private static boolean analyze(Path jar, Path work, Path first, Path today, Set<String> todayIds, int total)
      throws IOException, InterruptedException {
    Path archive = work.resolve("analyze-archive");
    deleteTree(archive);
    Run build = run(jar, work.resolve("analyze-build.json"), "analyze", "--archive", archive.toString(),
        "--input", first.toString());
    long archiveBytes = size(archive);
    Run daily = run(jar, work.resolve("analyze-today.json"), "analyze", "--archive", archive.toString(),
        "--retain", "3650d", "--input", today.toString());
    Run oneShot = run(jar, work.resolve("analyze-all.json"), "analyze", "--input", first.toString(), today.toString());
    System.out.println(build.describe("analyze: build archive (39,000)"));
    System.out.println(daily.describe("analyze: today against the archive"));
    System.out.println(oneShot.describe("analyze: one-shot over all 40,000"));
    System.out.printf(Locale.ROOT, "analyze archive on disk: %,d bytes after build, %,d after today (%.0f bytes per article)%n",
        archiveBytes, size(archive), size(archive) / (double) total);
    System.out.printf(Locale.ROOT, "analyze today / one-shot: wall %.2f, CPU %.2f, peak RSS %.2f%n",
        daily.seconds / oneShot.seconds, daily.cpuSeconds / oneShot.cpuSeconds, daily.rssKb / (double) oneShot.rssKb);

    Analysis all = Analysis.read(oneShot.out);
    Analysis through = Analysis.read(daily.out);
    Map<List<String>, String> expected = new HashMap<>();
    all.events.forEach((members, id) -> {
      if (members.stream().anyMatch(todayIds::contains)) {
        expected.put(members, id);
      }
    });
    boolean sameEvents = expected.keySet().equals(through.events.keySet());
    long multi = expected.keySet().stream().filter(m -> m.size() > 1).count();
    long withArchived = expected.keySet().stream().filter(m -> !todayIds.containsAll(m)).count();
    long idsDiffer = through.events.entrySet().stream()
        .filter(e -> !e.getValue().equals(expected.get(e.getKey()))).count();
    System.out.printf(Locale.ROOT, "analyze: events with one of today's articles: %,d through the archive, %,d in the"
        + " one-shot run (%,d of several articles, %,d with archived members): member sets %s; ids differ for %,d%n",
        through.events.size(), expected.size(), multi, withArchived, sameEvents ? "EQUAL" : "DIFFERENT", idsDiffer);
    return compareGroups("analyze", all.groups, through.groups, todayIds) && sameEvents;
  }

  /** The events (members → id) and near-duplicate groups of an {@code analyze} JSON, read as a stream. */
  private record Analysis(Map<List<String>, String> events, List<List<String>> groups) {
    static Analysis read(Path file) throws IOException {
      com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
      Map<List<String>, String> events = new HashMap<>();
      List<List<String>> groups = new ArrayList<>();
      try (com.fasterxml.jackson.core.JsonParser p = m.getFactory().createParser(file.toFile())) {
        p.nextToken(); // the document's object
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("clusters") || field.equals("duplicates")) {
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
              com.fasterxml.jackson.databind.JsonNode n = m.readTree(p);
              List<String> members = new ArrayList<>();
              n.get(field.equals("clusters") ? "articles" : "members").forEach(x -> members.add(x.asText()));
              if (field.equals("clusters")) {
                events.put(members, n.get("id").asText());
              } else {
                groups.add(members);
              }
            }
          } else {
            p.skipChildren();
          }
        }
      }
      return new Analysis(events, groups);
    }
  }

  private record Run(int exit, double seconds, long rssKb, double cpuSeconds, Path out) {
    String describe(String what) {
      return String.format(Locale.ROOT, "%-40s exit %d, %6.2f s wall, %6.2f s CPU (user+sys), %,7d MB peak RSS",
          what, exit, seconds, cpuSeconds, rssKb / 1024);
    }
  }

  private static Run run(Path jar, Path out, String... args) throws IOException, InterruptedException {
    Path timing = Files.createTempFile("tahqiq-time", ".txt");
    List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %M %U %S",
        "java", "-jar", jar.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--out", out.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
        .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
    int exit = p.waitFor();
    String[] t = Files.readString(timing).trim().split("\\s+");
    Files.delete(timing);
    // The last line is ours (a killed child's message may precede it).
    String[] last = t.length >= 4 ? Arrays.copyOfRange(t, t.length - 4, t.length) : new String[] {"0", "0", "0", "0"};
    return new Run(exit, Double.parseDouble(last[0]), Long.parseLong(last[1]),
        Double.parseDouble(last[2]) + Double.parseDouble(last[3]), out);
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
