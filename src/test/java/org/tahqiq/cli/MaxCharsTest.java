package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --max-chars} bounds what one article costs: an article 40 times the limit is analysed up
 * to the limit (a size ratio, not a clock), cut at a line break, with the rest reported as not
 * compared; the analysed part gives the same result as the prefix given on its own.
 */
class MaxCharsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void aHugeArticleIsAnalysedUpToTheLimit() throws IOException {
    String seed = Seeds.text("001");
    String huge = (seed + "\n").repeat(40 * 5_000 / seed.length() + 1);
    Path in = dir.resolve("huge.jsonl");
    Files.writeString(in, JSON.writeValueAsString(Map.of("id", "huge", "text", huge)) + "\n"
        + JSON.writeValueAsString(Map.of("id", "seed", "text", seed)) + "\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("diff", "--max-chars", "5000", "--input", in.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    JsonNode articles = JSON.readTree(run.out()).get("articles");
    int analysed = articles.get(0).get("chars").intValue();
    assertTrue(analysed <= 5_000 && analysed > 2_500, "analysed " + analysed);
    assertTrue(huge.length() / (double) analysed >= 40, "the analysed share is bounded by the limit, not the input");
    assertEquals('\n', huge.charAt(analysed - 1), "cut at a line break");
    assertTrue(run.err().contains(in + ":1: article \"huge\" has " + huge.length() + " chars; only the first " + analysed
        + " are analysed (--max-chars 5000), the other " + (huge.length() - analysed) + " are not compared"), run.err());
    assertEquals(seed.length(), articles.get(1).get("chars").intValue(), "a short article is untouched");

    Path prefix = dir.resolve("prefix.jsonl");
    Files.writeString(prefix, JSON.writeValueAsString(Map.of("id", "huge", "text", huge.substring(0, analysed))) + "\n"
        + JSON.writeValueAsString(Map.of("id", "seed", "text", seed)) + "\n", StandardCharsets.UTF_8);
    assertEquals(Cli.run("diff", "--input", prefix.toString()).out(), run.out());
  }

  @Test
  void aLimitBelowAThousandIsAUsageError() {
    assertEquals(ExitCode.USAGE, Cli.run("analyze", "--max-chars", "10", "--input", "seeds").exit());
    assertEquals(ExitCode.USAGE, Cli.run("dedup", "--max-chars", "many", "--input", "seeds").exit());
  }
}
