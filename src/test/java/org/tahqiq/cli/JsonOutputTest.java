package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's JSON on the seeds: valid against the schemas in docs/schema, Arabic as UTF-8,
 * and the clusters and conflicts of the acceptance criteria.
 */
class JsonOutputTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static Set<String> claims(JsonNode fact) {
    return fact.get("claims").valueStream()
        .map(c -> c.get("article").stringValue().substring(0, 3) + "=" + c.get("normalized").stringValue())
        .collect(Collectors.toSet());
  }

  @Test
  void analyzeSeedsGivesTheClustersAndConflictsOfTheIssue() {
    Cli.Run run = Cli.run("analyze", "--input", "seeds", "--format", "json");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    Schemas.assertValid("analysis.schema.json", run.out());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(5, root.get("articles").size());

    JsonNode event = root.get("clusters").get(0);
    assertEquals(List.of("000", "001", "002"),
        event.get("articles").valueStream().map(a -> a.stringValue().substring(0, 3)).toList());
    List<JsonNode> facts = event.get("facts").valueStream().toList();
    assertEquals("CONFLICT", facts.get(0).get("outcome").stringValue(), "conflicts first");
    JsonNode leader = facts.stream().filter(f -> "ENTITY".equals(f.path("conflictKind").asString(""))).findFirst().orElseThrow();
    assertEquals(Set.of("001=person:kim-jong-il", "002=person:kim-il-sung"), claims(leader));
    JsonNode wording = facts.stream().filter(f -> "LEXICAL".equals(f.path("conflictKind").asString(""))).findFirst().orElseThrow();
    assertEquals(List.of("درع أميرال", "وخنجراً للأدميرال"),
        wording.get("claims").valueStream().map(c -> c.get("value").stringValue()).toList());
    JsonNode year = facts.stream().filter(f -> claims(f).equals(Set.of("001=2000", "002=2000-06/2000-08"))).findFirst().orElseThrow();
    assertEquals("REFINES", year.get("outcome").stringValue());
    assertFalse(year.has("conflictKind"), "conflictKind only on conflicts");

    // Offsets point at the value in the article's raw text.
    for (JsonNode c : leader.get("claims")) {
      String text = Seeds.byPrefix(c.get("article").stringValue().substring(0, 3)).text();
      assertEquals(c.get("value").stringValue(), text.substring(c.get("start").asInt(), c.get("end").asInt()));
    }
    // Single-article clusters come after the multi-article ones, without facts.
    JsonNode last = root.get("clusters").get(root.get("clusters").size() - 1);
    if (last.get("articles").size() == 1) {
      assertEquals(0, last.get("facts").size());
    }
  }

  @Test
  void arabicIsWrittenAsUtf8NotEscaped() {
    Cli.Run run = Cli.run("analyze", "--input", "seeds");
    assertTrue(run.out().contains("كيم جونج إيل"), "raw Arabic in the output");
    assertFalse(run.out().contains("\\u06"), "no \\u escapes of Arabic letters");
    assertEquals(1, run.outLines().size(), "compact JSON is one line");
    assertNotEquals(1, Cli.run("analyze", "--input", "seeds", "--pretty").outLines().size());
  }

  @Test
  void htmlAndTextFormatsGoToTheOutputFile() throws IOException {
    Path html = dir.resolve("report.html");
    Cli.Run run = Cli.run("analyze", "--input", "seeds", "--format", "HTML", "--out", html.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"));
    Cli.Run text = Cli.run("analyze", "--input", "seeds", "--format", "text");
    assertTrue(text.out().contains("CONFLICT (ENTITY)"), text.out());
  }

  @Test
  void diffOfTheSeedEventValidatesAndHasTheConflicts() {
    Cli.Run run = Cli.run("diff", "--input", "seeds/000_020299969574f404.txt", "seeds/001_059d5603d6d85883.txt",
        "seeds/002_0b3d9d48c1f3a998.txt");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    Schemas.assertValid("diff.schema.json", run.out());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(3, root.get("articles").size());
    assertEquals(2, root.get("facts").valueStream().filter(f -> f.get("outcome").stringValue().equals("CONFLICT")).count());
    assertFalse(root.has("group"));
  }

  @Test
  void diffGroupByGivesOneLinePerGroupWithItsValue() throws IOException {
    Path in = dir.resolve("events.jsonl");
    StringBuilder lines = new StringBuilder();
    String[][] rows = {{"000", "\"putin\""}, {"003", "7"}, {"001", "\"putin\""}, {"004", "7"}, {"002", "\"putin\""}};
    for (String[] r : rows) {
      lines.append(JSON.writeValueAsString(java.util.Map.of("id", r[0], "text", Seeds.text(r[0]))))
          .insert(lines.length() - 1, ",\"event\":" + r[1]).append('\n');
    }
    lines.append("{\"id\":\"lonely\",\"text\":\"بلا حدث\"}\n");
    Files.writeString(in, lines, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("diff", "--input", in.toString(), "--group-by", "event");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.err().contains("1 article has no \"event\" field and is left out (first: " + in + ":6)"), run.err());
    List<String> out = run.outLines();
    assertEquals(2, out.size());
    for (String line : out) {
      Schemas.assertValid("diff.schema.json", line);
    }
    JsonNode putin = JSON.readTree(out.get(0));
    assertEquals("putin", putin.get("group").stringValue());
    assertEquals(List.of("000", "001", "002"), putin.get("articles").valueStream().map(a -> a.get("id").stringValue()).toList());
    JsonNode seven = JSON.readTree(out.get(1));
    assertTrue(seven.get("group").isIntegralNumber(), "the group value keeps its JSON type");
    assertEquals(7, seven.get("group").asInt());
  }

  @Test
  void schemaRejectsWhatItMustReject() {
    String fact = "{\"kind\":\"TIME\",\"subject\":\"s\",\"outcome\":\"CONFLICT\",\"confidence\":0.5,"
        + "\"claims\":[{\"article\":\"a\",\"value\":\"v\",\"normalized\":\"n\",\"start\":0,\"end\":1,\"sentence\":\"s\"}]}";
    String diff = "{\"articles\":[{\"id\":\"a\",\"source\":\"x\",\"published\":null,\"chars\":1,\"removed\":[]}],\"facts\":[" + fact + "]}";
    assertFalse(Schemas.load("diff.schema.json").validate(diff, InputFormat.JSON).isEmpty(),
        "a conflict without conflictKind is invalid");
    assertTrue(Schemas.load("diff.schema.json").validate(
        diff.replace("\"confidence\"", "\"conflictKind\":\"DATE\",\"confidence\""), InputFormat.JSON).isEmpty());
    assertFalse(Schemas.load("duplicate-group.schema.json").validate(
        "{\"representative\":\"a\",\"members\":[\"a\"]}", InputFormat.JSON).isEmpty(), "a group has two or more members");
  }
}
