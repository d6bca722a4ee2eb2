package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.article.Article;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.TwoDays;
import org.tahqiq.dedup.NearDuplicateDetector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dedup --archive}: day 1 then day 2 through the archive prints day 2's groups as one run
 * over both days has them, with archived members marked; saves are atomic (an interrupted save at
 * any byte leaves the previous archive), a locked archive and a corrupt one are refused with the
 * file and the field named.
 */
class ArchiveTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Path jsonl(String name, List<Article> articles) throws IOException {
    return Cli.jsonl(dir.resolve(name), articles);
  }

  private static Set<List<String>> groups(Cli.Run run) {
    Set<List<String>> out = new java.util.HashSet<>();
    for (String line : run.outLines()) {
      JsonNode g = JSON.readTree(line);
      out.add(g.get("members").valueStream().map(JsonNode::stringValue).toList());
    }
    return out;
  }

  @Test
  void dayOneThenDayTwoEqualsBothDaysInOneRun() throws IOException {
    List<List<Article>> days = TwoDays.articles();
    Path day1 = jsonl("day1.jsonl", days.get(0));
    Path day2 = jsonl("day2.jsonl", days.get(1));
    Path archive = dir.resolve("archive");

    Cli.Run first = Cli.run("dedup", "--no-progress", "--archive", archive.toString(), "--input", day1.toString());
    assertEquals(ExitCode.OK, first.exit(), first.err());
    assertTrue(Files.isRegularFile(archive.resolve(StateFiles.DEDUP)));
    assertFalse(Files.exists(archive.resolve(StateFiles.DEDUP + Archive.TMP_SUFFIX)));

    Cli.Run second = Cli.run("dedup", "--no-progress", "--archive", archive.toString(), "--input", day2.toString());
    assertEquals(ExitCode.OK, second.exit(), second.err());
    Cli.Run oneRun = Cli.run("dedup", "--no-progress", "--input", day1.toString(), day2.toString());
    Set<String> today = new TreeSet<>(days.get(1).stream().map(Article::id).toList());
    Set<List<String>> expected = new java.util.HashSet<>();
    for (List<String> g : groups(oneRun)) {
      if (g.stream().anyMatch(today::contains)) {
        expected.add(g);
      }
    }
    assertEquals(expected, groups(second));
    assertTrue(expected.size() >= 2, oneRun.out());
    boolean sawArchived = false;
    for (String line : second.outLines()) {
      Schemas.assertValid("duplicate-group.schema.json", line);
      JsonNode g = JSON.readTree(line);
      List<String> archived = g.get("archived").valueStream().map(JsonNode::stringValue).toList();
      for (String id : g.get("members").valueStream().map(JsonNode::stringValue).toList()) {
        assertEquals(!today.contains(id), archived.contains(id), id);
      }
      sawArchived |= !archived.isEmpty();
    }
    assertTrue(sawArchived, "a copy of a day-1 article names its archived original");

    // Running day 2 again: its ids are already archived; reported and skipped, nothing printed.
    Cli.Run again = Cli.run("dedup", "--no-progress", "--archive", archive.toString(), "--input", day2.toString());
    assertEquals(ExitCode.INPUT_ERRORS, again.exit(), again.err());
    assertTrue(again.err().contains("is already in the archive; skipped"), again.err());
  }

  @Test
  void aSaveInterruptedAtAnyByteLeavesThePreviousArchive() throws Exception {
    List<List<Article>> days = TwoDays.articles();
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    Path archiveDir = dir.resolve("a");
    DuplicateStream day1 = detector.newStream();
    days.get(0).forEach(day1::add);
    try (Archive archive = Archive.open(archiveDir)) {
      archive.save(StateFiles.DEDUP, day1::writeTo);
    }
    DuplicateStream both = DuplicateStream.readFrom(
        Files.newInputStream(archiveDir.resolve(StateFiles.DEDUP)), "", detector);
    days.get(1).forEach(both::add);
    java.io.ByteArrayOutputStream next = new java.io.ByteArrayOutputStream();
    both.writeTo(next);
    byte[] bytes = next.toByteArray();
    Path tmp = archiveDir.resolve(StateFiles.DEDUP + Archive.TMP_SUFFIX);
    // A crash while writing the temporary file, after any number of bytes: the rename never
    // happened, so the next run loads day 1's archive intact (and removes the leftover).
    for (int n = 0; n <= bytes.length; n++) {
      Files.write(tmp, Arrays.copyOf(bytes, n));
      try (Archive archive = Archive.open(archiveDir)) {
        DuplicateStream loaded = archive.load(StateFiles.DEDUP,
            (in, source) -> DuplicateStream.readFrom(in, source, detector)).orElseThrow();
        assertEquals(day1.articleIds(), loaded.articleIds(), "interrupted after " + n + " bytes");
      }
      assertFalse(Files.exists(tmp));
    }
  }

  @Test
  void aLockedArchiveIsRefusedWithAClearMessage() throws Exception {
    Path archiveDir = dir.resolve("locked");
    Path day1 = jsonl("d.jsonl", TwoDays.articles().get(0));
    try (Archive held = Archive.open(archiveDir)) {
      Cli.Run run = Cli.run("dedup", "--no-progress", "--archive", archiveDir.toString(), "--input", day1.toString());
      assertEquals(ExitCode.IO_FAILURE, run.exit(), run.err());
      assertTrue(run.err().contains("archive " + archiveDir + " is in use by another tahqiq run"), run.err());
      assertEquals("", run.out());
    }
    // Released: the next run goes ahead.
    assertEquals(ExitCode.OK, Cli.run("dedup", "--no-progress", "--archive", archiveDir.toString(),
        "--input", day1.toString()).exit());
  }

  @Test
  void aCorruptArchiveIsRefusedNamingTheFileAndTheField() throws IOException {
    Path archiveDir = dir.resolve("c");
    Path day1 = jsonl("d.jsonl", TwoDays.articles().get(0));
    assertEquals(ExitCode.OK, Cli.run("dedup", "--no-progress", "--archive", archiveDir.toString(),
        "--input", day1.toString()).exit());
    Path state = archiveDir.resolve(StateFiles.DEDUP);
    byte[] good = Files.readAllBytes(state);

    Files.write(state, Arrays.copyOf(good, good.length - 3));
    Cli.Run truncated = Cli.run("dedup", "--no-progress", "--archive", archiveDir.toString(), "--input", day1.toString());
    assertEquals(ExitCode.IO_FAILURE, truncated.exit(), truncated.err());
    assertTrue(truncated.err().contains("corrupt or incompatible archive: " + state + ": truncated input: checksum"),
        truncated.err());

    byte[] flipped = good.clone();
    flipped[9] ^= 0x7f; // inside k
    Files.write(state, flipped);
    Cli.Run corrupt = Cli.run("dedup", "--no-progress", "--archive", archiveDir.toString(), "--input", day1.toString());
    assertEquals(ExitCode.IO_FAILURE, corrupt.exit(), corrupt.err());
    assertTrue(corrupt.err().contains(state + ": k: saved with"), corrupt.err());
    assertTrue(corrupt.err().contains("nothing was changed"), corrupt.err());
    assertTrue(Arrays.equals(flipped, Files.readAllBytes(state)), "a refused archive is left as it was");

    Cli.Run retain = Cli.run("dedup", "--retain", "30 days", "--archive", archiveDir.toString(), "--input", day1.toString());
    assertEquals(ExitCode.USAGE, retain.exit(), retain.err());
  }
}
