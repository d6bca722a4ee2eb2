package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/** The reported-days rule: disjoint event days are evidence against one event. */
class ReportedDaysTest {
  private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2024, 6, 19, 10, 0);

  private static Set<Set<String>> multi(ClusteringResult r) {
    return r.multiArticleClusters().stream().map(c -> Set.copyOf(c.articles())).collect(Collectors.toSet());
  }

  private static long day(LocalDate d) {
    return d.toEpochDay();
  }

  @Test
  void daysFactorAppliesOnlyWhenBothReportDaysAndShareNone() {
    EventClusterer c = EventClusterer.defaults();
    long[] wed = {day(WEDNESDAY.toLocalDate())};
    long[] thu = {day(WEDNESDAY.toLocalDate().plusDays(1))};
    long[] both = {wed[0], thu[0]};
    assertEquals(EventClusterer.DEFAULT_DISJOINT_DAYS_FACTOR, c.daysFactor(wed, thu));
    assertEquals(1.0, c.daysFactor(wed, both));
    assertEquals(1.0, c.daysFactor(wed, new long[0]));
    assertEquals(1.0, c.daysFactor(new long[0], new long[0]));
    assertEquals(1.0, EventClusterer.builder().disjointDaysFactor(1.0).build().daysFactor(wed, thu));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointDaysFactor(0));
  }

  @Test
  void reportedDaysComeFromTheArticlesOwnTimeClaims() {
    EventClusterer c = EventClusterer.defaults();
    Article today = Article.builder("today", "أعلنت الوزارة اليوم الأربعاء افتتاح المعرض الدولي للكتاب في القاهرة بمشاركة خمسين دولة عربية وأجنبية")
        .published(WEDNESDAY).build();
    Article yesterday = Article.builder("yesterday", "أعلنت الوزارة أمس افتتاح المعرض الدولي للكتاب في القاهرة بمشاركة خمسين دولة عربية وأجنبية")
        .published(WEDNESDAY.plusDays(1)).build();
    Article tomorrow = Article.builder("tomorrow", "تعلن الوزارة غدا افتتاح المعرض الدولي للكتاب في القاهرة بمشاركة خمسين دولة عربية وأجنبية")
        .published(WEDNESDAY).build();
    Article undated = Article.of("undated", "أعلنت الوزارة اليوم الأربعاء افتتاح المعرض الدولي للكتاب في القاهرة");
    long wed = day(WEDNESDAY.toLocalDate());
    assertEquals(List.of(wed), boxed(c.features(today).reportedDays()));
    assertEquals(List.of(wed), boxed(c.features(yesterday).reportedDays()), "أمس, published on Thursday");
    assertEquals(List.of(), boxed(c.features(tomorrow).reportedDays()), "announcements do not count");
    assertEquals(List.of(), boxed(c.features(undated).reportedDays()), "nothing to resolve against");
  }

  @Test
  void twoReportsOfOneVisitOnDifferentDaysShareTheDayTheyReport() {
    // Seeds 001 and 002 both report Putin's arrival on Wednesday ("الأربعاء"); published two
    // days apart, each still resolves it to 19 June, so the rule does not split them.
    Article a = Article.builder("a", Seeds.text("001")).published(WEDNESDAY).build();
    Article b = Article.builder("b", Seeds.text("002")).published(WEDNESDAY.plusDays(2)).build();
    EventClusterer c = EventClusterer.defaults();
    assertEquals(1.0, c.daysFactor(c.features(a).reportedDays(), c.features(b).reportedDays()));
    assertEquals(Set.of(Set.of("a", "b")), multi(c.cluster(List.of(a, b))));
  }

  @Test
  void sharedReportedDaysKeepTheLongerTimeTolerance() {
    EventClusterer c = EventClusterer.defaults();
    long t = WEDNESDAY.toEpochSecond(java.time.ZoneOffset.UTC);
    long twoDaysLater = t + 2 * 86_400;
    long[] wed = {day(WEDNESDAY.toLocalDate())};
    long[] fri = {day(WEDNESDAY.toLocalDate().plusDays(2))};
    long[] none = {};
    assertEquals(1.0, c.timeFactor(t, twoDaysLater, wed, wed), "both report Wednesday: 2 days tolerated");
    assertEquals(0.5, c.timeFactor(t, twoDaysLater, wed, fri), 1e-12, "1 day tolerated, then one half-life");
    assertEquals(0.5, c.timeFactor(t, twoDaysLater, none, wed), 1e-12, "no claim to agree with");
    assertEquals(1.0, c.timeFactor(t, t + 86_400, none, none), "within a day either way");
    EventClusterer off = EventClusterer.builder().unsharedDayTolerance(EventClusterer.DEFAULT_TIME_TOLERANCE).build();
    assertEquals(1.0, off.timeFactor(t, twoDaysLater, none, fri), "equal tolerances: the old time factor");
    EventClusterer shortOnly = EventClusterer.builder().timeTolerance(java.time.Duration.ofHours(6)).build();
    assertEquals(java.time.Duration.ofHours(6), shortOnly.unsharedDayTolerance(), "never above the time tolerance");
  }

  private static List<Long> boxed(long[] a) {
    return java.util.Arrays.stream(a).boxed().toList();
  }
}
