package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.cluster.TwoDayEvents;
import org.tahqiq.dedup.NearDuplicateDetector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analyze --archive}: day 1 then day 2 through the archive prints day 2's events as one run
 * over both days has them, under ids kept from day 1, with archived members marked; an interrupted
 * save at any byte leaves the previous archive; a corrupt or locked archive is refused by name.
 */
class AnalyzeArchiveTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Path jsonl(String name, List<Article> articles) throws IOException {
    return Cli.jsonl(dir.resolve(name), articles);
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::stringValue).toList();
  }

  /** Event members → event id of an analyze run's JSON. */
  private static Map<List<String>, String> events(Cli.Run run) {
    Map<List<String>, String> out = new HashMap<>();
    for (JsonNode c : JSON.readTree(run.out()).get("clusters")) {
      out.put(strings(c.get("articles")), c.get("id").stringValue());
    }
    return out;
  }

  private Cli.Run analyze(Path archive, Path... inputs) {
    String[] args = new String[4 + inputs.length];
    args[0] = "analyze";
    args[1] = "--archive";
    args[2] = archive.toString();
    args[3] = "--input";
    for (int i = 0; i < inputs.length; i++) {
      args[4 + i] = inputs[i].toString();
    }
    return Cli.run(args);
  }

  @Test
  void dayOneThenDayTwoGivesTheEventsOfOneRunUnderTheirDayOneIds() throws IOException {
    List<List<Article>> days = TwoDayEvents.days();
    Path day1 = jsonl("day1.jsonl", days.get(0));
    Path day2 = jsonl("day2.jsonl", days.get(1));
    Path archive = dir.resolve("archive");

    Cli.Run first = analyze(archive, day1);
    assertEquals(ExitCode.OK, first.exit(), first.err());
    Schemas.assertValid("analysis.schema.json", first.out());
    assertTrue(Files.isRegularFile(archive.resolve(StateFiles.ANALYZE)));
    assertFalse(Files.exists(archive.resolve(StateFiles.ANALYZE + Archive.TMP_SUFFIX)));
    Map<String, String> dayOneId = new HashMap<>();
    events(first).forEach((members, id) -> members.forEach(m -> dayOneId.put(m, id)));

    Cli.Run second = analyze(archive, day2);
    assertEquals(ExitCode.OK, second.exit(), second.err());
    Schemas.assertValid("analysis.schema.json", second.out());
    Cli.Run oneRun = Cli.run("analyze", "--input", day1.toString(), day2.toString());
    assertEquals(ExitCode.OK, oneRun.exit(), oneRun.err());

    Set<String> today = new HashSet<>(days.get(1).stream().map(Article::id).toList());
    Map<List<String>, String> expected = new HashMap<>();
    events(oneRun).forEach((members, id) -> {
      if (members.stream().anyMatch(today::contains)) {
        expected.put(members, id);
      }
    });
    assertEquals(expected, events(second), "the events with a day-2 article, as one run has them");

    JsonNode report = JSON.readTree(second.out());
    int continued = 0;
    for (JsonNode c : report.get("clusters")) {
      List<String> members = strings(c.get("articles"));
      List<String> archived = strings(c.get("archived"));
      assertEquals(members.stream().filter(m -> !today.contains(m)).toList(), archived, "archived marked");
      if (!archived.isEmpty()) {
        continued++;
        // The oldest day-1 id among its archived members (day 1 gave them in article order).
        assertEquals(dayOneId.get(archived.get(0)), c.get("id").stringValue(), "id kept from day 1");
        for (JsonNode f : c.get("facts")) {
          for (JsonNode claim : f.get("claims")) {
            assertTrue(today.contains(claim.get("article").stringValue()), "facts are today's");
          }
        }
      }
    }
    assertTrue(continued >= 3, second.out());
    // Today's articles only, and the groups with one of them.
    assertEquals(today, new HashSet<>(report.get("articles").valueStream().map(a -> a.get("id").stringValue()).toList()));
    for (JsonNode g : report.get("duplicates")) {
      for (String m : strings(g.get("members"))) {
        assertEquals(!today.contains(m), strings(g.get("archived")).contains(m), m);
      }
    }

    // Day 2 again: its ids are archived already; reported and skipped.
    Cli.Run again = analyze(archive, day2);
    assertEquals(ExitCode.INPUT_ERRORS, again.exit(), again.err());
    assertTrue(again.err().contains("is already in the archive; skipped"), again.err());
  }

  @Test
  void retainEvictsByPublicationDateAndTheEventsKeepTheirIds() throws IOException {
    List<List<Article>> days = TwoDayEvents.days();
    Path day1 = jsonl("r1.jsonl", days.get(0));
    Path day2 = jsonl("r2.jsonl", days.get(1));
    Path archive = dir.resolve("retained");
    assertEquals(ExitCode.OK, analyze(archive, day1).exit());
    Cli.Run second = Cli.run("analyze", "--archive", archive.toString(), "--retain", "20h", "--input", day2.toString());
    assertEquals(ExitCode.OK, second.exit(), second.err());
    ArchivedState.StateFile<StateFiles.Analysis> file =
        StateFiles.analysis(NearDuplicateDetector.defaults(), EventClusterer.defaults());
    StateFiles.Analysis kept;
    try (java.io.InputStream in = Files.newInputStream(archive.resolve(StateFiles.ANALYZE))) {
      kept = file.read(in, "state");
    }
    // Day 1 was published a day before day 2: evicted from both streams; day 2 kept.
    Set<String> today = new HashSet<>(days.get(1).stream().map(Article::id).toList());
    assertEquals(today, new HashSet<>(kept.events().articleIds()));
    assertEquals(today, new HashSet<>(kept.duplicates().articleIds()));
    // The events of day 2 keep the ids printed today, though their day-1 first members are gone.
    Map<String, String> printed = new HashMap<>();
    events(second).forEach((members, id) -> members.forEach(m -> printed.put(m, id)));
    int renamed = 0;
    for (org.tahqiq.cluster.StreamEvent e : kept.events().events()) {
      for (String a : e.cluster().articles()) {
        assertEquals(printed.get(a), e.id(), a);
      }
      renamed += e.id().equals(e.cluster().id()) ? 0 : 1;
    }
    assertTrue(renamed >= 3, "events whose first article was evicted keep their id");
  }

  @Test
  void aSaveInterruptedAtAnyByteLeavesThePreviousArchive() throws Exception {
    List<List<Article>> days = TwoDayEvents.days();
    ArchivedState.StateFile<StateFiles.Analysis> file =
        StateFiles.analysis(NearDuplicateDetector.defaults(), EventClusterer.defaults());
    Path archiveDir = dir.resolve("a");
    StateFiles.Analysis day1 = file.fresh();
    // Small states, so that every byte offset can be tried.
    days.get(0).subList(0, 1).forEach(a -> {
      day1.duplicates().add(a);
      day1.events().add(a);
    });
    day1.events().events();
    try (Archive archive = Archive.open(archiveDir)) {
      archive.save(StateFiles.ANALYZE, out -> file.write(day1, out, null));
    }
    StateFiles.Analysis both = file.read(Files.newInputStream(archiveDir.resolve(StateFiles.ANALYZE)), "");
    days.get(1).subList(0, 1).forEach(a -> {
      both.duplicates().add(a);
      both.events().add(a);
    });
    both.events().events();
    ByteArrayOutputStream next = new ByteArrayOutputStream();
    file.write(both, next, null);
    byte[] bytes = next.toByteArray();
    Path tmp = archiveDir.resolve(StateFiles.ANALYZE + Archive.TMP_SUFFIX);
    for (int n = 0; n <= bytes.length; n++) {
      Files.write(tmp, Arrays.copyOf(bytes, n));
      try (Archive archive = Archive.open(archiveDir)) {
        StateFiles.Analysis loaded = archive.load(StateFiles.ANALYZE, file::read).orElseThrow();
        assertEquals(day1.events().articleIds(), loaded.events().articleIds(), "interrupted after " + n + " bytes");
        assertEquals(day1.duplicates().articleIds(), loaded.duplicates().articleIds());
      }
      assertFalse(Files.exists(tmp));
    }
    // The completed save replaces it.
    try (Archive archive = Archive.open(archiveDir)) {
      archive.save(StateFiles.ANALYZE, out -> file.write(both, out, null));
      StateFiles.Analysis loaded = archive.load(StateFiles.ANALYZE, file::read).orElseThrow();
      assertEquals(both.events().events(), loaded.events().events());
    }
  }

  @Test
  void aCorruptOrLockedArchiveIsRefusedNamingTheFileAndTheField() throws Exception {
    Path archiveDir = dir.resolve("c");
    Path day1 = jsonl("d.jsonl", TwoDayEvents.days().get(0).subList(0, 4));
    assertEquals(ExitCode.OK, analyze(archiveDir, day1).exit());
    Path state = archiveDir.resolve(StateFiles.ANALYZE);
    byte[] good = Files.readAllBytes(state);

    // Cut inside the event stream's part (the second of the file).
    Files.write(state, Arrays.copyOf(good, good.length - 40));
    Cli.Run truncated = analyze(archiveDir, day1);
    assertEquals(ExitCode.IO_FAILURE, truncated.exit(), truncated.err());
    assertTrue(truncated.err().contains("corrupt or incompatible archive: " + state + ": truncated input: "),
        truncated.err());
    assertTrue(truncated.err().contains("of article 3"), truncated.err());
    assertEquals("", truncated.out());

    Files.write(state, good);
    Cli.Run otherThreshold = Cli.run("analyze", "--threshold", "0.5", "--archive", archiveDir.toString(),
        "--input", day1.toString());
    assertEquals(ExitCode.IO_FAILURE, otherThreshold.exit(), otherThreshold.err());
    assertTrue(otherThreshold.err().contains(state + ": threshold: saved with"), otherThreshold.err());
    assertTrue(otherThreshold.err().contains("nothing was changed"), otherThreshold.err());
    assertTrue(Arrays.equals(good, Files.readAllBytes(state)), "a refused archive is left as it was");

    try (Archive held = Archive.open(archiveDir)) {
      Cli.Run locked = analyze(archiveDir, day1);
      assertEquals(ExitCode.IO_FAILURE, locked.exit(), locked.err());
      assertTrue(locked.err().contains("archive " + archiveDir + " is in use by another tahqiq run"), locked.err());
    }

    Cli.Run html = Cli.run("analyze", "--format", "html", "--archive", archiveDir.toString(), "--input", day1.toString());
    assertEquals(ExitCode.USAGE, html.exit(), html.err());
  }
}
