package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eval} on the labelled collection of the cluster tests (seeds + written articles). */
class EvalCommandTest {
  private static final String COLLECTION = "src/test/resources/org/tahqiq/cluster/collection";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void scoresTheLabelledCollection() {
    Cli.Run run = Cli.run("eval", "--input", "seeds", COLLECTION, "--gold", COLLECTION + "/gold.tsv");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    Schemas.assertValid("evaluation.schema.json", run.out());
    JsonNode e = JSON.readTree(run.out());
    assertTrue(e.get("articles").asInt() >= 20, run.out());
    assertTrue(e.get("bcubed").get("f1").asDouble() > 0.8, run.out());
    assertTrue(e.get("pairwise").get("goldPairs").asInt() > 0, run.out());
  }

  @Test
  void badGoldLinesAndUnknownIdsAreReportedWithTheirLine() throws IOException {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, String.join("\n",
        "# comment",
        "000_020299969574f404\tputin",
        "001_059d5603d6d85883 putin",
        "002_0b3d9d48c1f3a998\tputin",
        "no-such-article\tputin",
        "000_020299969574f404\tother",
        "003_ed7c3fead92d0ce9\tgifts",
        "004_2dc0d43aa74d0617\tgifts",
        "001_059d5603d6d85883\tputin"), StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("eval", "--input", "seeds", "--gold", gold.toString(), "--format", "text");
    assertEquals(ExitCode.INPUT_ERRORS, run.exit(), run.err());
    assertTrue(run.err().contains(gold + ":3: expected 'article-id<TAB>event-id'"), run.err());
    assertTrue(run.err().contains(gold + ":5: no valid input article has id \"no-such-article\""), run.err());
    assertTrue(run.err().contains(gold + ":6: article \"000_020299969574f404\" already labelled (line 2)"), run.err());
    assertTrue(run.out().startsWith("pairwise P="), run.out());
    assertTrue(run.out().contains("; 5 articles"), run.out());
  }
}
