package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.Seeds;
import org.tahqiq.pipeline.TextPipeline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line isolates an article whose processing throws (exit 5, named with id and
 * file:line, listed in the JSON's "skipped"), stops on it with --strict, and reports a failed
 * write as exit 3 with the path and the reason.
 */
class FailedArticleTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MARKER = "«fault-injected»";
  private static final TextPipeline FAULTY = TextPipeline.builder().check(a -> {
    if (a.text().contains(MARKER)) {
      throw new IllegalStateException("injected fault");
    }
  }).build();

  @TempDir Path dir;

  private Path input() throws IOException {
    String wire = Seeds.text("002");
    Path in = dir.resolve("day.jsonl");
    Files.writeString(in, String.join("\n",
        JSON.writeValueAsString(Map.of("id", "wire", "text", wire)),
        JSON.writeValueAsString(Map.of("id", "bad", "text", wire + MARKER)),
        JSON.writeValueAsString(Map.of("id", "copy", "text", wire.replace("بوتين", "بُوتِين")))) + "\n",
        StandardCharsets.UTF_8);
    return in;
  }

  private static Cli.Run run(String... args) {
    return Cli.runWith(FAULTY, new ByteArrayOutputStream(), new byte[0], args);
  }

  @Test
  void analyzeSkipsAndNamesTheFailedArticle() throws IOException {
    Path in = input();
    Cli.Run run = run("analyze", "--input", in.toString());
    assertEquals(ExitCode.ARTICLES_FAILED, run.exit(), run.err());
    assertTrue(run.err().contains(in + ":2: article \"bad\" failed (process): java.lang.IllegalStateException: injected fault"), run.err());
    Schemas.assertValid("analysis.schema.json", run.out());
    JsonNode out = JSON.readTree(run.out());
    assertEquals(List.of("wire", "copy"), out.get("articles").valueStream().map(a -> a.get("id").stringValue()).toList());
    assertEquals("bad", out.get("skipped").get(0).get("id").stringValue());
    assertEquals(1, out.get("duplicates").size(), "the others are still grouped");
  }

  @Test
  void strictStopsAtTheFailedArticle() throws IOException {
    Cli.Run run = run("analyze", "--strict", "--input", input().toString());
    assertEquals(ExitCode.ARTICLES_FAILED, run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("stopped at the first failed article (--strict)"), run.err());
    Cli.Run dedup = run("dedup", "--strict", "--no-progress", "--input", input().toString());
    assertEquals(ExitCode.ARTICLES_FAILED, dedup.exit(), dedup.err());
    assertEquals("", dedup.out());
  }

  @Test
  void dedupAndDiffSkipTheFailedArticle() throws IOException {
    Path in = input();
    Cli.Run dedup = run("dedup", "--no-progress", "--input", in.toString());
    assertEquals(ExitCode.ARTICLES_FAILED, dedup.exit(), dedup.err());
    assertTrue(dedup.err().contains(in + ":2: article \"bad\" failed"), dedup.err());
    assertEquals(1, dedup.outLines().size(), dedup.out());
    JsonNode group = JSON.readTree(dedup.outLines().get(0));
    assertEquals(List.of("copy", "wire"), group.get("members").valueStream().map(JsonNode::stringValue).sorted().toList());

    Cli.Run diff = run("diff", "--input", in.toString());
    assertEquals(ExitCode.ARTICLES_FAILED, diff.exit(), diff.err());
    Schemas.assertValid("diff.schema.json", diff.out());
    assertEquals("bad", JSON.readTree(diff.out()).get("skipped").get(0).get("id").stringValue());
  }

  @Test
  void aFullDiskIsAnIoFailureWithPathAndReason() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
    Path in = input(); // has a duplicate group, so that dedup writes something
    for (String command : List.of("analyze", "dedup", "diff")) {
      Cli.Run run = Cli.run(command, "--input", in.toString(), "--out", "/dev/full");
      assertEquals(ExitCode.IO_FAILURE, run.exit(), command + ": " + run.err());
      assertTrue(run.err().contains("cannot write /dev/full: no space left on device"), run.err());
    }
  }

  @Test
  void aClosedPipeIsAnIoFailure() throws IOException {
    Path in = input();
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    for (String command : List.of("analyze", "dedup", "diff")) {
      Cli.Run run = Cli.runWith(TextPipeline.defaults(), closed, new byte[0], command, "--input", in.toString());
      assertEquals(ExitCode.IO_FAILURE, run.exit(), command + ": " + run.err());
      assertTrue(run.err().contains("cannot write stdout: broken pipe"), run.err());
    }
  }

  @Test
  void aReadOnlyFolderIsAnIoFailure() throws IOException {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    assumeTrue(ro.toFile().setWritable(false) && !Files.isWritable(ro), "needs a non-root user");
    Cli.Run run = Cli.run("analyze", "--input", "seeds", "--out", ro.resolve("r.json").toString());
    assertEquals(ExitCode.IO_FAILURE, run.exit(), run.err());
    assertTrue(run.err().contains("cannot write " + ro.resolve("r.json") + ": permission denied"), run.err());
  }
}
