package org.tahqiq.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The README's first command prints the groups, events and fact tables and writes the HTML report. */
class DemoTest {

  @Test
  void printsTheEventsAndConflictsAndWritesTheReport() throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Files.deleteIfExists(Demo.REPORT);
      Demo.main(new String[] {"seeds"});
    } finally {
      System.setOut(saved);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Near-duplicate groups"), out);
    assertTrue(out.contains("Event 1: 3 articles: 000_"), out);
    assertTrue(out.contains("CONFLICT (ENTITY)") && out.contains("كيم إيل سونغ"), out);
    assertTrue(out.contains("HTML report") && out.contains(Demo.REPORT.toAbsolutePath().toUri().toString()), out);
    assertTrue(Files.readString(Demo.REPORT, StandardCharsets.UTF_8).contains("<html dir=\"rtl\" lang=\"ar\">"));
  }
}
