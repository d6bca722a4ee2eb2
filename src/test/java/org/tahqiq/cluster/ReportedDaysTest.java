package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
    long untimed = EventClusterer.NO_TIME;
    assertEquals(EventClusterer.DEFAULT_DISJOINT_DAYS_FACTOR, c.daysFactor(untimed, wed, untimed, thu));
    assertEquals(1.0, c.daysFactor(untimed, wed, untimed, both));
    assertEquals(1.0, c.daysFactor(untimed, wed, untimed, new long[0]));
    assertEquals(1.0, c.daysFactor(untimed, new long[0], untimed, new long[0]));
    assertEquals(1.0, EventClusterer.builder().disjointDaysFactor(1.0).build().daysFactor(untimed, wed, untimed, thu));
    assertThrows(IllegalArgumentException.class, () -> EventClusterer.builder().disjointDaysFactor(0));
  }

  @Test
  void reportsOfTheDayOfDifferentDaysAreTwoDaysNews() {
    EventClusterer c = EventClusterer.defaults();
    long wed = day(WEDNESDAY.toLocalDate());
    long thu = wed + 1;
    long wedNoon = WEDNESDAY.plusHours(2).toEpochSecond(ZoneOffset.UTC);
    long thuNoon = wedNoon + 86_400;
    // Wednesday's report of the day, and Thursday's, which recaps Wednesday ("أمس"): the days
    // share Wednesday, but each is the news of the day it appeared.
    assertEquals(EventClusterer.DEFAULT_DISJOINT_DAYS_FACTOR, c.daysFactor(wedNoon, new long[] {wed}, thuNoon,
        new long[] {wed, thu}));
    // Thursday's article tells Wednesday's news ("أمس" is its latest day): one day's news.
    assertEquals(1.0, c.daysFactor(wedNoon, new long[] {wed}, thuNoon, new long[] {wed}));
    // Stamped at 02:00 on Thursday, its "اليوم" may be Wednesday evening's copy: no claim.
    long thuNight = WEDNESDAY.toLocalDate().plusDays(1).atTime(2, 0).toEpochSecond(ZoneOffset.UTC);
    assertEquals(1.0, c.daysFactor(wedNoon, new long[] {wed}, thuNight, new long[] {wed, thu}));
    // Without a publication time nothing is a report of the day.
    assertEquals(1.0, c.daysFactor(EventClusterer.NO_TIME, new long[] {wed}, thuNoon, new long[] {wed, thu}));
  }

  @Test
  void aFoiledEscapeAndTheNextDaysReleaseInTheSameCaseAreTwoEvents() {
    // Two reports of one beat on consecutive days, the second recapping the first with "أمس".
    Article escape = Article.builder("escape", "أسوان - أحبطت أجهزة الأمن بأسوان اليوم الأربعاء محاولة تهريب ثلاثة عشر متهما"
        + " في قضية مقتل ضابط شرطة بقرية أبو الريش أثناء نقلهم من سجن المركز إلى محكمة جنايات أسوان وسط حراسة مشددة")
        .title("الأمن يحبط محاولة تهريب 13 متهما في مقتل ضابط شرطة بأسوان")
        .published(WEDNESDAY.plusHours(8)).build();
    Article release = Article.builder("release", "قررت محكمة جنايات أسوان اليوم الخميس إخلاء سبيل خمسة متهمين بكفالة مالية"
        + " قدرها ألف جنيه لكل منهم في أحداث قرية أبو الريش التي راح ضحيتها ضابط شرطة، وكانت أجهزة الأمن قد أحبطت"
        + " أمس محاولة تهريب عدد من المتهمين في القضية")
        .title("إخلاء سبيل 5 متهمين في أحداث قرية أبو الريش بأسوان")
        .published(WEDNESDAY.plusDays(1).plusHours(4)).build();
    EventClusterer c = EventClusterer.defaults();
    EventClusterer.Features e = c.features(escape);
    EventClusterer.Features r = c.features(release);
    long wed = day(WEDNESDAY.toLocalDate());
    assertEquals(List.of(wed), boxed(e.reportedDays()));
    assertEquals(List.of(wed, wed + 1), boxed(r.reportedDays()));
    assertEquals(EventClusterer.DEFAULT_DISJOINT_DAYS_FACTOR,
        c.daysFactor(e.time(), e.reportedDays(), r.time(), r.reportedDays()));
    EventClusterer withoutDays = EventClusterer.builder().disjointDaysFactor(1.0).build();
    assertEquals(Set.of(Set.of("escape", "release")), multi(withoutDays.cluster(List.of(escape, release))),
        "the words alone join them");
    assertEquals(Set.of(), multi(c.cluster(List.of(escape, release))));
  }

  @Test
  void aCopyRepublishedTheNextDayStaysWithItsSource() {
    // An outlet republishes the wire story the next day; its "اليوم" now names Thursday. A copy
    // is exempt from every factor of evidence.
    String wire = "أعلنت وزارة الري اليوم أن مياه الفيضان غمرت نحو ألف ومئتي فدان من الأراضي الزراعية في محافظة"
        + " أسوان وأن فرق الطوارئ تعمل على فتح المصارف وإجلاء الأسر المتضررة من القرى الواقعة على ضفاف النهر";
    Article first = Article.builder("first", wire).published(WEDNESDAY.plusHours(8)).build();
    Article copy = Article.builder("copy", wire.replace("أعلنت", "وأعلنت")).published(WEDNESDAY.plusDays(1).plusHours(8))
        .build();
    EventClusterer c = EventClusterer.defaults();
    EventClusterer.Features f = c.features(first);
    EventClusterer.Features k = c.features(copy);
    assertEquals(EventClusterer.DEFAULT_DISJOINT_DAYS_FACTOR, c.daysFactor(f.time(), f.reportedDays(), k.time(),
        k.reportedDays()), "their days alone would say two days' news");
    assertEquals(Set.of(Set.of("first", "copy")), multi(c.cluster(List.of(first, copy))));
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
    EventClusterer.Features fa = c.features(a);
    EventClusterer.Features fb = c.features(b);
    assertEquals(1.0, c.daysFactor(fa.time(), fa.reportedDays(), fb.time(), fb.reportedDays()));
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
