package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

class SeedFactsTest {

  private static ExtractedFacts seed(String prefix) {
    return Fx.extract(Seeds.text(prefix));
  }

  private static Sentence sentenceContaining(ExtractedFacts f, String text) {
    return f.sentences().stream().filter(s -> s.text().contains(text)).findFirst().orElseThrow();
  }

  private static List<TimeMention> times(ExtractedFacts f, Sentence s) {
    return f.times().stream().filter(m -> m.sentence() == s.index()).toList();
  }

  private static List<String> entityIds(ExtractedFacts f, Sentence s) {
    return f.entities().stream().filter(m -> m.sentence() == s.index())
        .map(m -> m.entity().map(EntityRef::id).orElse("?")).toList();
  }

  @Test
  void seed001LastVisitIn2000WithKimJongIl() {
    ExtractedFacts f = seed("001");
    Sentence s = sentenceContaining(f, "كيم جونج إيل، والد الرئيس الحالي");
    assertEquals(List.of(TimeValue.Interval.year(2000)), times(f, s).stream().map(TimeMention::value).toList());
    assertTrue(entityIds(f, s).contains("person:kim-jong-il"), entityIds(f, s).toString());
    assertTrue(!entityIds(f, s).contains("person:kim-jong-un"));
  }

  @Test
  void seed002SummerOf2000WithKimIlSung() {
    ExtractedFacts f = seed("002");
    Sentence s = sentenceContaining(f, "في صيف عام 2000");
    TimeValue summer = times(f, s).get(0).value();
    assertTrue(TimeValue.Interval.year(2000).contains(summer));
    assertEquals(Granularity.SEASON, ((TimeValue.Interval) summer).granularity());
    assertTrue(entityIds(f, s).contains("person:kim-il-sung"), entityIds(f, s).toString());
  }

  @Test
  void seed004July2000IsInsideSummer2000() {
    ExtractedFacts f = seed("004");
    Sentence s = sentenceContaining(f, "في يوليو 2000");
    TimeValue july = times(f, s).get(0).value();
    assertEquals(TimeValue.Interval.month(YearMonth.of(2000, 7)), july);
    TimeValue summer = times(seed("002"), sentenceContaining(seed("002"), "صيف عام 2000")).get(0).value();
    assertTrue(summer.contains(july));
  }

  @Test
  void seeds000And002February() {
    for (String prefix : List.of("000", "002")) {
      ExtractedFacts f = seed(prefix);
      List<TimeMention> feb = f.times().stream()
          .filter(m -> m.value() instanceof TimeValue.Partial p && p.month() == Month.FEBRUARY).toList();
      assertEquals(1, feb.size(), prefix + ": " + f.times());
    }
    TimeMention glossed = seed("002").times().stream()
        .filter(m -> m.surface().startsWith("فبراير")).findFirst().orElseThrow();
    assertEquals("فبراير (شباط)", glossed.surface());
  }

  @Test
  void seeds000And001SecondCar() {
    for (String prefix : List.of("000", "001")) {
      ExtractedFacts f = seed(prefix);
      List<QuantityMention> second = f.quantities().stream()
          .filter(q -> q.value().kind() == QuantityKind.ORDINAL && q.value().low() == 2).toList();
      assertEquals(1, second.size(), prefix + ": " + f.quantities());
      assertEquals(Optional.of("سياره"), second.get(0).noun());
    }
  }

  @Test
  void seed002TwoHoursAndTwoDays() {
    ExtractedFacts f = seed("002");
    QuantityMention hours = f.quantities().stream().filter(q -> q.surface().equals("نحو ساعتين"))
        .findFirst().orElseThrow();
    assertTrue(hours.value().approximate());
    assertTrue(hours.value().contains(QuantityValue.exact(2, QuantityKind.DURATION, "hour")));
    QuantityMention days = f.quantities().stream().filter(q -> q.surface().equals("يومين"))
        .findFirst().orElseThrow();
    assertEquals(QuantityValue.exact(2, QuantityKind.DURATION, "day"), days.value());
  }

  @Test
  void seed003PublicationLine() {
    ExtractedFacts f = seed("003");
    TimeMention m = f.times().stream().filter(t -> t.surface().equals("14th, September 2023"))
        .findFirst().orElseThrow();
    assertEquals(TimeValue.Interval.day(java.time.LocalDate.of(2023, 9, 14)), m.value());
  }

  @Test
  void seed002BareKimIsUnresolvedBecauseTwoKimsAreNamed() {
    ExtractedFacts f = seed("002");
    assertTrue(f.entities().stream().filter(m -> m.surface().equals("كيم"))
        .allMatch(m -> m.entity().isEmpty()));
  }

  @Test
  void seed000BareKimIsKimJongUn() {
    ExtractedFacts f = seed("000");
    assertTrue(f.entities().stream().filter(m -> m.surface().equals("كيم"))
        .allMatch(m -> m.entity().map(EntityRef::id).equals(Optional.of("person:kim-jong-un"))));
  }

  @Test
  void allSeedsHaveConsistentOffsets() {
    for (Article a : Seeds.all()) {
      ExtractedFacts f = Fx.extract(a.text());
      assertTrue(!f.sentences().isEmpty() && !f.entities().isEmpty(), a.id());
    }
  }
}
