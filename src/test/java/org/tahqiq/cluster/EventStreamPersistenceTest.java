package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  @Test
  void reportedDaysOutOfOrderAreRejectedByName() throws IOException {
    LocalDateTime thursday = LocalDateTime.of(2024, 6, 20, 14, 0);
    Article a = Article.builder("a", "قررت محكمة جنايات أسوان اليوم الخميس إخلاء سبيل خمسة متهمين بكفالة مالية"
        + " بعد أن أحبطت أجهزة الأمن أمس محاولة تهريب عدد من المتهمين في القضية نفسها").published(thursday).build();
    EventClusterer clusterer = EventClusterer.defaults();
    long thu = thursday.toLocalDate().toEpochDay();
    assertEquals(List.of(thu - 1, thu), Arrays.stream(clusterer.features(a).reportedDays()).boxed().toList());
    EventStream s = clusterer.newStream();
    s.add(a);
    byte[] bytes = save(s);
    // The two days as written (i64 little-endian, ascending), then swapped.
    byte[] days = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
        .putLong(thu - 1).putLong(thu).array();
    int at = indexOf(bytes, days);
    assertTrue(at > 0, "the days are in the state");
    byte[] swapped = bytes.clone();
    System.arraycopy(days, 8, swapped, at, 8);
    System.arraycopy(days, 0, swapped, at + 8, 8);
    FormatException e = assertThrows(FormatException.class,
        () -> EventStream.readFrom(new ByteArrayInputStream(swapped), "events.tqes", clusterer));
    assertTrue(e.getMessage().contains("reported days") && e.getMessage().contains("must ascend"), e.getMessage());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, String> eventOf(List<StreamEvent> events) {
    Map<String, String> out = new HashMap<>();
    for (StreamEvent e : events) {
      e.cluster().articles().forEach(a -> out.put(a, e.id()));
    }
    return out;
  }

  @Test
  void eventIdsLastAcrossDaysAndEqualThoseOfOneRun() throws IOException {
    EventClusterer clusterer = EventClusterer.defaults();
    List<List<Article>> days = TwoDayEvents.days();
    EventStream day1 = clusterer.newStream();
    days.get(0).forEach(day1::add);
    List<StreamEvent> first = day1.events();
    // A new event is named as its cluster.
    first.forEach(e -> assertEquals(e.cluster().id(), e.id()));
    EventStream restored = EventStream.readFrom(new ByteArrayInputStream(save(day1)), "events.tqes", clusterer);
    assertEquals(first, restored.events(), "restored with its ids");
    restored.addProcessed(days.get(1).stream().map(clusterer.pipeline()::process).toList());
    List<StreamEvent> second = restored.events();

    EventStream oneRun = clusterer.newStream();
    days.stream().flatMap(List::stream).forEach(oneRun::add);
    assertEquals(oneRun.events(), second, "day 1 then day 2 through the state: the events of one run");
    assertEquals(oneRun.result(), restored.result());
    // An event that goes on from day 1 into day 2 keeps its day-1 id; where day 2 merges events of
    // day 1, the merged one keeps the oldest of their ids (given first: day 1 gave them in article
    // order, so that of the earliest article).
    Map<String, String> before = eventOf(first);
    Set<String> day2 = new HashSet<>(days.get(1).stream().map(Article::id).toList());
    int continued = 0;
    for (StreamEvent e : second) {
      List<String> old = e.cluster().articles().stream().filter(a -> !day2.contains(a)).toList();
      if (!old.isEmpty() && old.size() < e.cluster().size()) {
        continued++;
        assertEquals(before.get(old.get(0)), e.id(), "event of " + old);
      }
    }
    assertTrue(continued >= 3, "events going on from day 1 into day 2: " + second);
  }

  @Test
  void anEventKeepsItsIdWhenRetentionRemovesItsFirstArticle() throws IOException {
    EventClusterer clusterer = EventClusterer.defaults();
    List<List<Article>> days = TwoDayEvents.days();
    EventStream both = clusterer.newStream();
    days.stream().flatMap(List::stream).forEach(both::add);
    List<StreamEvent> events = both.events();
    // Keep only day 2: every event that went on loses its day-1 articles, its first ones.
    EventStream kept = EventStream.readFrom(new ByteArrayInputStream(
        saveKeeping(both, TwoDayEvents.DAY1.plusDays(1))), "events.tqes", clusterer);
    assertEquals(days.get(1).stream().map(Article::id).sorted().toList(),
        kept.articleIds().stream().sorted().toList());
    Map<String, String> before = eventOf(events);
    int renamedClusters = 0;
    for (StreamEvent e : kept.events()) {
      for (String a : e.cluster().articles()) {
        assertEquals(before.get(a), e.id(), a);
      }
      if (!e.id().equals(e.cluster().id())) {
        renamedClusters++;
      }
    }
    assertTrue(renamedClusters >= 3, "events whose first article was retired keep their id");
  }

  private static byte[] saveKeeping(EventStream s, java.time.LocalDateTime keepFrom) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeTo(out, keepFrom);
    return out.toByteArray();
  }
}
