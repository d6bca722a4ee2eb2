package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code dedup}: JSON lines of groups, streamed from .jsonl.gz and folders combined. */
class DedupCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void findsTheRepublishedCopiesAcrossInputs() throws IOException {
    // Two republications of seed 002 (vocalised name, "read also" tail), one dated earlier, in a
    // gzipped JSONL file; the five seeds come from their folder.
    String wire = Seeds.text("002");
    Path gz = dir.resolve("copies.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write((JSON.writeValueAsString(Map.of("id", "site-7", "text",
          wire.replace("بوتين", "بُوتِين") + "\n\nاقرأ أيضاً:\nخبر آخر", "published", "2024-06-20T08:00:00")) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      out.write((JSON.writeValueAsString(Map.of("id", "agency-1", "text", wire, "published", "2024-06-19")) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    Cli.Run run = Cli.run("dedup", "--input", "seeds", gz.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    List<String> lines = run.outLines();
    assertEquals(1, lines.size(), run.out());
    Schemas.assertValid("duplicate-group.schema.json", lines.get(0));
    JsonNode group = JSON.readTree(lines.get(0));
    assertEquals("agency-1", group.get("representative").stringValue(), "earliest published first");
    assertEquals(List.of("agency-1", "site-7", Seeds.byPrefix("002").id()),
        group.get("members").valueStream().map(JsonNode::stringValue).toList());
    assertTrue(run.err().contains("dedup: 7 articles, 1 groups of near-duplicates (3 articles)"), run.err());
    // Not a terminal: the progress is logged as a final line, not redrawn.
    assertTrue(run.err().lines().anyMatch(l -> l.startsWith("dedup [") && l.contains("100%") && l.contains("7 articles")), run.err());
  }

  @Test
  void thresholdDecidesWhetherAPartialCopyIsACopy() throws IOException {
    // The first 60% of a story: word 3-gram Jaccard about 0.6 with the whole.
    String wire = Seeds.text("002");
    Path in = dir.resolve("partial.jsonl");
    Files.writeString(in, JSON.writeValueAsString(Map.of("id", "whole", "text", wire)) + "\n"
        + JSON.writeValueAsString(Map.of("id", "part", "text", wire.substring(0, wire.length() * 6 / 10))) + "\n",
        StandardCharsets.UTF_8);
    Cli.Run loose = Cli.run("dedup", "--input", in.toString(), "--threshold", "0.4", "--no-progress");
    Cli.Run strict = Cli.run("dedup", "--input", in.toString(), "--threshold", "0.9", "--no-progress");
    assertEquals(ExitCode.OK, loose.exit(), loose.err());
    assertEquals(1, loose.outLines().size(), loose.err());
    assertEquals(0, strict.outLines().size(), strict.out());
    assertTrue(loose.err().lines().noneMatch(l -> l.startsWith("dedup [")), "--no-progress");
  }

  @Test
  void rewriteModeFindsACopyWithItsWordsReorderedThatTheDefaultModeMisses() throws IOException {
    // Seed 002 with the words of each line in reverse order: no word 3-gram survives, the words do.
    String wire = Seeds.text("002");
    StringBuilder reordered = new StringBuilder();
    for (String line : wire.split("\n")) {
      List<String> words = new java.util.ArrayList<>(List.of(line.trim().split("\\s+")));
      java.util.Collections.reverse(words);
      reordered.append(String.join(" ", words)).append('\n');
    }
    Path in = dir.resolve("reordered.jsonl");
    Files.writeString(in, JSON.writeValueAsString(Map.of("id", "wire", "text", wire)) + "\n"
        + JSON.writeValueAsString(Map.of("id", "reordered", "text", reordered.toString())) + "\n"
        + JSON.writeValueAsString(Map.of("id", "other", "text", Seeds.text("003"))) + "\n",
        StandardCharsets.UTF_8);
    Cli.Run plain = Cli.run("dedup", "--input", in.toString(), "--no-progress");
    Cli.Run rewrites = Cli.run("dedup", "--input", in.toString(), "--mode", "rewrites", "--no-progress");
    assertEquals(ExitCode.OK, plain.exit(), plain.err());
    assertEquals(ExitCode.OK, rewrites.exit(), rewrites.err());
    assertEquals(0, plain.outLines().size(), plain.out());
    assertEquals(1, rewrites.outLines().size(), rewrites.out());
    JsonNode group = JSON.readTree(rewrites.outLines().get(0));
    assertEquals(List.of("reordered", "wire"),
        group.get("members").valueStream().map(JsonNode::stringValue).sorted().toList());
  }

  @Test
  void anInvalidModeIsAUsageErrorBeforeAnythingIsRead() {
    Cli.Run run = Cli.run("dedup", "--input", "no-such-file.jsonl", "--mode", "fuzzy");
    assertEquals(ExitCode.USAGE, run.exit(), run.err());
    assertTrue(run.err().contains("--mode") && run.err().contains("fuzzy"), run.err());
    assertEquals("", run.out());
  }
}
