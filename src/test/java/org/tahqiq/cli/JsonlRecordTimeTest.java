package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The forms of {@code "published"} a record may take, each read without an exception on the way:
 * a local date-time, one with an offset or a zone (its local part, the publisher's wall clock, is
 * kept), a date (its start); and what is not one of them is a field error naming the value.
 */
class JsonlRecordTimeTest {
  private static final JsonlRecord PARSER = JsonlRecord.parser();

  private static JsonlRecord.Parsed parse(String published) {
    return PARSER.parse("{\"id\":\"a\",\"text\":\"وصل الوفد إلى القاهرة\",\"published\":\"" + published + "\"}");
  }

  private static LocalDateTime published(String published) {
    JsonlRecord.Parsed parsed = parse(published);
    assertTrue(parsed.error().isEmpty(), () -> published + ": " + parsed.error());
    return parsed.article().orElseThrow().published().orElseThrow();
  }

  @Test
  void localDateTimeIsKept() {
    assertEquals(LocalDateTime.of(2013, 1, 17, 18, 30, 24), published("2013-01-17T18:30:24"));
    assertEquals(LocalDateTime.of(2013, 1, 17, 18, 30), published("2013-01-17T18:30"));
    assertEquals(LocalDateTime.of(2013, 1, 17, 18, 30, 24, 500_000_000), published("2013-01-17T18:30:24.5"));
  }

  @Test
  void anOffsetOrZoneKeepsTheLocalPart() {
    LocalDateTime local = LocalDateTime.of(2013, 1, 17, 18, 30, 24);
    assertEquals(local, published("2013-01-17T18:30:24+02:00"));
    assertEquals(local, published("2013-01-17T18:30:24Z"));
    assertEquals(local, published("2013-01-17T18:30:24-05:00"));
    assertEquals(local, published("2013-01-17T18:30:24+02:00[Africa/Cairo]"));
  }

  @Test
  void aDateIsItsStart() {
    assertEquals(LocalDateTime.of(2013, 1, 17, 0, 0), published("2013-01-17"));
  }

  @Test
  void anythingElseIsAFieldErrorNamingTheValue() {
    for (String bad : new String[] {"2013-02-30T10:00", "2013-02-30", "17/01/2013", "2013-01-17T25:00",
        "2013-01-17T18:30:24+02:00 tail", "", "yesterday", "2013-01-17 18:30"}) {
      JsonlRecord.Parsed parsed = parse(bad);
      assertTrue(parsed.article().isEmpty(), bad);
      String error = parsed.error().orElseThrow();
      assertTrue(error.contains("\"published\" is not an ISO-8601 date or date-time"), error);
      assertTrue(error.contains("\"" + bad + "\""), error);
    }
  }

  @Test
  void theResultDoesNotDependOnWhatWasReadBefore() {
    // The parser is shared and stateless: a bad value leaves nothing behind for the next line.
    assertTrue(parse("nonsense").error().isPresent());
    assertEquals(Optional.of(LocalDateTime.of(2013, 3, 1, 0, 0)), parse("2013-03-01").article().orElseThrow().published());
  }
}
