package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publication time outside the years 1–9999 is an input error reported with its file and line,
 * and the valid articles around it (one of them published on the last supported day and saying
 * "غدا") are still diffed.
 */
class PublishedRangeTest {

  @TempDir Path dir;

  @Test
  void extremePublicationIsAnInputErrorWithFileAndLine() throws IOException {
    Path in = dir.resolve("a.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"last-day\",\"text\":\"يصل الوفد غدا إلى القاهرة.\",\"published\":\"9999-12-31\"}",
        "{\"id\":\"beyond\",\"text\":\"يصل الوفد غدا ثم يعود في سبتمبر المقبل.\",\"published\":\"+999999999-12-31\"}",
        "{\"id\":\"ordinary\",\"text\":\"وصل الوفد أمس إلى القاهرة.\",\"published\":\"2013-02-12\"}") + "\n",
        StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("diff", "--input", in.toString());
    assertEquals(ExitCode.INPUT_ERRORS, run.exit(), run.err());
    assertTrue(run.err().contains("tahqiq: " + in + ":2: "), run.err());
    assertTrue(run.err().contains("outside the years 1-9999"), run.err());
    assertTrue(run.out().contains("\"last-day\"") && run.out().contains("\"ordinary\""), run.out());
    assertTrue(!run.out().contains("\"beyond\""), run.out());
  }
}
