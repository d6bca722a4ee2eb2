package org.tahqiq.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.article.Article;
import org.tahqiq.cli.JsonLines;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.NearDuplicateDetector;

/** The command line of the jobs: JSONL input with bad lines, output as the CLI's JSON lines. */
class MainTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSessions.create("local[2]", "MainTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String json(Article a) {
    return "{\"id\": \"" + a.id() + "\", \"text\": \"" + a.text().replace("\\", "\\\\").replace("\"", "\\\"")
        .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\""
        + a.published().map(p -> ", \"published\": \"" + p + "\"").orElse("") + "}";
  }

  private static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void badLinesAreReportedPerFileAndTheJobGoesOn(@TempDir Path dir) throws IOException {
    List<Article> corpus = TestCorpus.editedCopies(16);
    List<String> good = new ArrayList<>();
    for (Article a : corpus) {
      good.add(json(a));
    }
    List<String> first = new ArrayList<>(good.subList(0, good.size() / 2));
    first.add(3, "{\"id\": \"broken\", \"text\": ");
    first.add(5, "[1, 2]");
    first.add(7, "{\"id\": \"no-text\"}");
    first.add("");
    List<String> second = new ArrayList<>(good.subList(good.size() / 2, good.size()));
    second.add(2, "{\"id\": 3.5, \"text\": \"نص\"}");
    second.add(good.get(0)); // a duplicate id: the first is kept
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.write(a, first, StandardCharsets.UTF_8);
    Files.write(b, second, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.Options options = Main.parse(new String[] {"dedup", "--input", a.toString(), b.toString(), "--output", out.toString()});
    int exit;
    try (PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.execute(spark, options, ps);
    } catch (org.apache.spark.sql.AnalysisException e) {
      throw new AssertionError(e);
    }
    String messages = err.toString(StandardCharsets.UTF_8);
    assertEquals(Main.INPUT_ERRORS, exit, messages);
    assertTrue(messages.contains("tahqiq: " + a + ":4: malformed JSON"), messages);
    assertTrue(messages.contains("tahqiq: " + a + ":6: expected a JSON object, found array; line skipped"), messages);
    assertTrue(messages.contains("tahqiq: " + a + ":8: missing \"text\"; line skipped"), messages);
    assertTrue(messages.contains("tahqiq: " + b + ":3: \"id\" must be a string or an integer, found number"), messages);
    assertTrue(messages.contains("duplicate id \"" + corpus.get(0).id() + "\" (first seen at " + a + ":1); skipped"), messages);
    assertTrue(messages.contains("tahqiq: " + a + ": 3 input errors skipped"), messages);
    assertTrue(messages.contains("tahqiq: " + b + ": 2 input errors skipped"), messages);

    JsonLines json = JsonLines.create();
    List<String> expected = new ArrayList<>();
    for (DuplicateGroup g : NearDuplicateDetector.defaults().detect(corpus).groups()) {
      String line = json.duplicateGroup(g);
      expected.add(line.substring(0, line.length() - 1));
    }
    assertEquals(expected, lines(out));
  }

  @Test
  void usageErrorsNameTheProblem() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(Main.USAGE, Main.run(new String[] {"cluster", "--input", "x", "--output", "y"}, ps));
    assertEquals(Main.USAGE, Main.run(new String[] {"dedup", "--input", "x"}, ps));
    assertEquals(Main.USAGE, Main.run(new String[] {"dedup", "--input", "x", "--output", "y", "--threshold", "1.5"}, ps));
    String messages = err.toString(StandardCharsets.UTF_8);
    assertTrue(messages.contains("unknown command 'cluster'"), messages);
    assertTrue(messages.contains("missing required option: '--output'"), messages);
    assertTrue(messages.contains("1.5 is not in (0, 1]"), messages);
  }
}
