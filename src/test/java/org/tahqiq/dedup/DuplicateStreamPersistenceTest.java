package org.tahqiq.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/**
 * A {@link DuplicateStream} saved and restored continues exactly where it was: day 1 then day 2
 * through the saved state gives the groups of both days in one run; every truncated or corrupt
 * state, and a state of another detector, is rejected by name.
 */
class DuplicateStreamPersistenceTest {
  static final LocalDateTime DAY1 = TwoDays.DAY1;

  static List<List<Article>> twoDays() {
    return TwoDays.articles();
  }

  static byte[] save(DuplicateStream s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void dayOneThenDayTwoThroughTheStateEqualsOneRun() throws IOException {
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    List<List<Article>> days = twoDays();
    DuplicateStream first = detector.newStream();
    days.get(0).forEach(first::add);
    DuplicateStream second = DuplicateStream.readFrom(new ByteArrayInputStream(save(first)), "day1", detector);
    assertEquals(first.report(), second.report(), "restored as saved");
    days.get(1).forEach(second::add);

    List<Article> all = new ArrayList<>(days.get(0));
    all.addAll(days.get(1));
    DuplicateReport oneRun = detector.detect(all);
    assertEquals(oneRun, second.report());
    assertTrue(oneRun.groups().size() >= 2, "copies of archived articles and of today's are both found: " + oneRun.groups());
    // Saved again, the bytes are those of the one-run stream: the state is canonical.
    DuplicateStream direct = detector.newStream();
    all.forEach(direct::add);
    assertEquals(direct.report(), DuplicateStream.readFrom(new ByteArrayInputStream(save(second)), "", detector).report());
  }

  @Test
  void everyTruncationAndEveryCorruptByteIsRejectedByName() throws IOException {
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    DuplicateStream s = detector.newStream();
    twoDays().get(0).forEach(s::add);
    byte[] bytes = save(s);
    for (int n = 0; n < bytes.length; n++) {
      byte[] cut = Arrays.copyOf(bytes, n);
      StreamFormatException e = assertThrows(StreamFormatException.class,
          () -> DuplicateStream.readFrom(new ByteArrayInputStream(cut), "archive/dedup.tqds", detector), "length " + n);
      assertTrue(e.getMessage().startsWith("archive/dedup.tqds: "), e.getMessage());
    }
    for (int i = 0; i < bytes.length; i += 7) {
      byte[] bad = bytes.clone();
      bad[i] ^= 0x10;
      StreamFormatException e = assertThrows(StreamFormatException.class,
          () -> DuplicateStream.readFrom(new ByteArrayInputStream(bad), "f", detector), "byte " + i);
      assertTrue(e.getMessage().startsWith("f: "), e.getMessage());
    }
    byte[] foreign = "{\"id\": 1}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    StreamFormatException e = assertThrows(StreamFormatException.class,
        () -> DuplicateStream.readFrom(new ByteArrayInputStream(foreign), "f", detector));
    assertTrue(e.getMessage().contains("not a Tahqiq duplicate stream state: magic bytes"), e.getMessage());
  }

  @Test
  void anotherDetectorIsRejectedNamingTheParameter() throws IOException {
    DuplicateStream s = NearDuplicateDetector.defaults().newStream();
    twoDays().get(0).forEach(s::add);
    byte[] bytes = save(s);
    NearDuplicateDetector other = NearDuplicateDetector.builder().threshold(0.8).build();
    StreamFormatException e = assertThrows(StreamFormatException.class,
        () -> DuplicateStream.readFrom(new ByteArrayInputStream(bytes), "dedup.tqds", other));
    assertTrue(e.getMessage().contains("dedup.tqds: ") && e.getMessage().contains("saved with 0.7, the detector has 0.8"), e.getMessage());
  }

  @Test
  void retentionDropsOldArticlesAndTheirPairs() throws IOException {
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    List<List<Article>> days = twoDays();
    DuplicateStream s = detector.newStream();
    days.get(0).forEach(s::add);
    days.get(1).forEach(s::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeTo(out, DAY1.plusDays(1));
    DuplicateStream kept = DuplicateStream.readFrom(new ByteArrayInputStream(out.toByteArray()), "", detector);
    assertEquals(days.get(1).stream().map(Article::id).toList(), kept.articleIds());
    assertEquals(detector.detect(days.get(1)), kept.report(), "the groups of the kept articles alone");
  }
}
