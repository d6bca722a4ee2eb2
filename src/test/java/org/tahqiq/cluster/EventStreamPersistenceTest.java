package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;
import org.tahqiq.format.FormatException;

/**
 * An {@link EventStream} saved and restored continues exactly where it was: day 1 then day 2
 * through the saved state gives the clusters (and cluster ids) of both days in one run, windowed
 * or not; every truncated state is rejected naming the source and the field.
 */
class EventStreamPersistenceTest {
  /** The labelled collection, each gold event on its own day, in time order. */
  private static List<Article> dated() {
    return EventStreamTest.dated();
  }

  private static byte[] save(EventStream s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void dayOneThenDayTwoThroughTheStateEqualsOneRun() throws IOException {
    EventClusterer clusterer = EventClusterer.defaults();
    List<Article> all = dated();
    int half = all.size() / 2;
    for (Duration window : new Duration[] {null, Duration.ofDays(30)}) {
      EventStream day1 = window == null ? clusterer.newStream() : clusterer.newStream(window);
      all.subList(0, half).forEach(day1::add);
      EventStream restored = EventStream.readFrom(new ByteArrayInputStream(save(day1)), "events.tqes", clusterer);
      assertEquals(day1.result(), restored.result(), "restored as saved");
      all.subList(half, all.size()).forEach(restored::add);
      ClusteringResult oneRun = clusterer.cluster(all);
      assertEquals(oneRun, restored.result(), "window " + window);
      assertTrue(oneRun.multiArticleClusters().size() >= 3, "events span both days: " + oneRun.multiArticleClusters());
    }
  }

  @Test
  void everyTruncationIsRejectedByName() throws IOException {
    EventClusterer clusterer = EventClusterer.defaults();
    EventStream s = clusterer.newStream();
    dated().subList(0, 6).forEach(s::add);
    byte[] bytes = save(s);
    for (int n = 0; n < bytes.length; n += Math.max(1, n / 50)) {
      byte[] cut = Arrays.copyOf(bytes, n);
      FormatException e = assertThrows(FormatException.class,
          () -> EventStream.readFrom(new ByteArrayInputStream(cut), "archive/events.tqes", clusterer), "length " + n);
      assertTrue(e.getMessage().startsWith("archive/events.tqes: "), e.getMessage());
    }
    EventClusterer other = EventClusterer.builder().edgeThreshold(0.2).build();
    FormatException e = assertThrows(FormatException.class,
        () -> EventStream.readFrom(new ByteArrayInputStream(bytes), "f", other));
    assertTrue(e.getMessage().contains("edge threshold: saved with 0.1, the clusterer has 0.2"), e.getMessage());
  }
}
