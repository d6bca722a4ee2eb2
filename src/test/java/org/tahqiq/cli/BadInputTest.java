package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of bad input gets a message with its file and line, is skipped, and never loses the
 * valid articles around it; the run exits 1 with a summary, or stops at once with --strict.
 */
class BadInputTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String GOOD_1 = "{\"id\":\"good-1\",\"text\":\"وصل الرئيس الروسي إلى بيونغ يانغ يوم الأربعاء.\"}";
  private static final String GOOD_2 = "{\"id\":\"good-2\",\"text\":\"التقى بوتين كيم جونغ أون في العاصمة.\",\"source\":\"وكالة\"}";

  @TempDir Path dir;

  private Path jsonl(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  /** Runs {@code diff} (cheapest full path) on the inputs; returns the run. */
  private static Cli.Run diff(Path... inputs) {
    String[] args = new String[inputs.length + 2];
    args[0] = "diff";
    args[1] = "--input";
    for (int i = 0; i < inputs.length; i++) {
      args[i + 2] = inputs[i].toString();
    }
    return Cli.run(args);
  }

  private static List<String> ids(Cli.Run run) {
    JsonNode root = JSON.readTree(run.out());
    return root.get("articles").valueStream().map(a -> a.get("id").stringValue()).toList();
  }

  private static void assertSkippedWith(Cli.Run run, String location, String message) {
    assertEquals(ExitCode.INPUT_ERRORS, run.exit(), run.err());
    assertTrue(run.err().contains("tahqiq: " + location + ": "), run.err());
    assertTrue(run.err().contains(message), run.err());
    assertTrue(run.err().contains("the output covers the 2 valid articles"), run.err());
    assertEquals(List.of("good-1", "good-2"), ids(run));
  }

  @Test
  void malformedJsonLine() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, "{\"id\":\"x\" \"text\":\"y\"}", GOOD_2);
    assertSkippedWith(diff(in), in + ":2", "malformed JSON at column");
  }

  @Test
  void lineThatIsNotAnObject() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, "[\"id\", \"text\"]", GOOD_2);
    assertSkippedWith(diff(in), in + ":2", "expected a JSON object, found array");
  }

  @Test
  void missingId() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, GOOD_2, "{\"text\":\"نص بلا معرف\"}");
    assertSkippedWith(diff(in), in + ":3", "missing \"id\"");
  }

  @Test
  void blankId() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, "{\"id\":\"  \",\"text\":\"نص\"}", GOOD_2);
    assertSkippedWith(diff(in), in + ":2", "id must not be blank");
  }

  @Test
  void missingText() throws IOException {
    Path in = jsonl("a.jsonl", "{\"id\":\"no-text\",\"title\":\"عنوان\"}", GOOD_1, GOOD_2);
    assertSkippedWith(diff(in), in + ":1", "missing \"text\"");
  }

  @Test
  void textOfTheWrongType() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, "{\"id\":\"n\",\"text\":42}", GOOD_2);
    assertSkippedWith(diff(in), in + ":2", "\"text\" must be a string, found number");
  }

  @Test
  void invalidPublicationDate() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, "{\"id\":\"d\",\"text\":\"نص\",\"published\":\"19/06/2024\"}", GOOD_2);
    assertSkippedWith(diff(in), in + ":2", "\"published\" is not an ISO-8601 date or date-time");
  }

  @Test
  void duplicateIdKeepsTheFirstAndNamesWhereItWas() throws IOException {
    Path a = jsonl("a.jsonl", GOOD_1, GOOD_2);
    Path b = jsonl("b.jsonl", "{\"id\":\"good-1\",\"text\":\"نص آخر بالمعرف نفسه\"}");
    Cli.Run run = diff(a, b);
    assertSkippedWith(run, b + ":1", "duplicate id \"good-1\" (first seen at " + a + ":1)");
    assertTrue(JSON.readTree(run.out()).get("articles").get(0).get("chars").asInt()
        == "وصل الرئيس الروسي إلى بيونغ يانغ يوم الأربعاء.".length(), "the first article is kept, not the second");
  }

  @Test
  void invalidUtf8InAJsonlLine() throws IOException {
    Path in = dir.resolve("a.jsonl");
    byte[] bad = "{\"id\":\"bad\",\"text\":\"نص\u0020".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(bad);
    bytes.write(0xC3); // a lead byte followed by a non-continuation byte
    bytes.write('(');
    bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes((GOOD_2 + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(in, bytes.toByteArray());
    assertSkippedWith(diff(in), in + ":2", "invalid UTF-8 at byte " + (bad.length + 1));
  }

  @Test
  void invalidUtf8InATextFileGivesItsLine() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(folder.resolve("good-1.txt"), "وصل الرئيس الروسي إلى بيونغ يانغ.", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("good-2.txt"), "التقى بوتين كيم جونغ أون.", StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("سطر أول\nسطر ثان ".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    Files.write(folder.resolve("broken.txt"), bytes.toByteArray());
    Cli.Run run = diff(folder);
    assertSkippedWith(run, folder.resolve("broken.txt") + ":2", "invalid UTF-8 at byte "
        + ("سطر ثان ".getBytes(StandardCharsets.UTF_8).length + 1));
  }

  @Test
  void missingFileIsReportedAndTheOthersRead() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, GOOD_2);
    assertSkippedWith(diff(in, dir.resolve("nowhere.jsonl")), dir.resolve("nowhere.jsonl").toString(),
        "no such file or folder");
  }

  @Test
  void unreadableGzipIsReportedAndTheOthersRead() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, GOOD_2);
    Path gz = dir.resolve("corrupt.jsonl.gz");
    Files.writeString(gz, "this is not gzip", StandardCharsets.UTF_8);
    assertSkippedWith(diff(in, gz), gz.toString(), "not a valid gzip file");
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheCut() throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
      gz.write((GOOD_1 + "\n" + GOOD_2 + "\n").getBytes(StandardCharsets.UTF_8));
      gz.write("{\"id\":\"lost\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      gz.write("نص طويل ".repeat(2000).getBytes(StandardCharsets.UTF_8));
      gz.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = gzipped.toByteArray();
    Path gz = dir.resolve("cut.jsonl.gz");
    Files.write(gz, java.util.Arrays.copyOf(all, all.length - 40));
    Cli.Run run = diff(gz);
    assertEquals(ExitCode.INPUT_ERRORS, run.exit(), run.err());
    assertTrue(run.err().contains(gz + ":3: cannot read further: unexpected end of file"), run.err());
    assertEquals(List.of("good-1", "good-2"), ids(run));
  }

  @Test
  void unsupportedFileType() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, GOOD_2);
    Path csv = Files.writeString(dir.resolve("a.csv"), "id,text\n", StandardCharsets.UTF_8);
    assertSkippedWith(diff(in, csv), csv.toString(), "not a folder, .txt, .jsonl or .jsonl.gz file");
  }

  @Test
  void strictStopsAtTheFirstErrorWithoutOutput() throws IOException {
    Path in = jsonl("a.jsonl", GOOD_1, "{\"text\":\"x\"}", "{oops", GOOD_2);
    Cli.Run run = Cli.run("diff", "--strict", "--input", in.toString());
    assertEquals(ExitCode.INPUT_ERRORS, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains(in + ":2: missing \"id\""), run.err());
    assertFalse(run.err().contains(in + ":3"), "stops at the first error: " + run.err());
    assertTrue(run.err().contains("--strict"), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Run run = Cli.run("analyze", "--input", "seeds", "--colour");
    assertEquals(ExitCode.USAGE, run.exit());
    assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
    assertTrue(run.err().contains("tahqiq analyze --help"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void invalidOptionValuesAreUsageErrors() {
    assertEquals(ExitCode.USAGE, Cli.run("analyze", "--input", "seeds", "--format", "pdf").exit());
    Cli.Run threshold = Cli.run("dedup", "--input", "seeds", "--threshold", "1.5");
    assertEquals(ExitCode.USAGE, threshold.exit());
    assertTrue(threshold.err().contains("--threshold"), threshold.err());
    assertEquals(ExitCode.USAGE, Cli.run("eval", "--input", "seeds").exit(), "--gold is required");
    assertEquals(ExitCode.USAGE, Cli.run().exit(), "a command is required");
  }

  @Test
  void unwritableOutputFailsBeforeReading() {
    Cli.Run run = Cli.run("analyze", "--input", "seeds", "--out", dir.resolve("no/such/folder/out.json").toString());
    assertEquals(ExitCode.USAGE, run.exit());
    assertTrue(run.err().contains("no such folder"), run.err());
  }

  @Test
  void blankLinesAndCrLfAndByteOrderMarkAreNotErrors() throws IOException {
    Path in = dir.resolve("a.jsonl");
    Files.writeString(in, "\uFEFF" + GOOD_1 + "\r\n\r\n   \n" + GOOD_2 + "\r\n", StandardCharsets.UTF_8);
    Cli.Run run = diff(in);
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals("", run.err());
    assertEquals(List.of("good-1", "good-2"), ids(run));
  }

  @Test
  void stdinIsReadAsJsonl() {
    byte[] stdin = (GOOD_1 + "\n{\"id\":1}\n" + GOOD_2 + "\n").getBytes(StandardCharsets.UTF_8);
    Cli.Run run = Cli.runWithStdin(stdin, "diff", "--input", "-");
    assertSkippedWith(run, "<stdin>:2", "missing \"text\"");
  }

  @Test
  void manyErrorsArePrintedUpToALimitAndAllCounted() throws IOException {
    String[] lines = new String[Problems.MAX_PRINTED + 52];
    lines[0] = GOOD_1;
    lines[1] = GOOD_2;
    for (int i = 2; i < lines.length; i++) {
      lines[i] = "{\"id\":\"e" + i + "\"}";
    }
    Path in = jsonl("a.jsonl", lines);
    Cli.Run run = diff(in);
    assertEquals(ExitCode.INPUT_ERRORS, run.exit());
    assertEquals(Problems.MAX_PRINTED, run.errLines().stream().filter(l -> l.contains("missing \"text\"")).count());
    assertTrue(run.err().contains((Problems.MAX_PRINTED + 50) + " input errors skipped"), run.err());
  }
}
