package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeExtractionTest {

  /** Thursday. */
  private static final LocalDate PUB = LocalDate.of(2024, 6, 20);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "وصل الوفد في يناير 2021 إلى العاصمة., 1",
    "وقعت الحادثة في كانون الثاني 2021 قرب الحدود., 1",
    "وقعت الحادثة في جانفي 2021 قرب الحدود., 1",
    "وقعت الحادثة في شباط 2021 قرب الحدود., 2",
    "وقعت الحادثة في فيفري 2021 قرب الحدود., 2",
    "افتتح المعرض في آذار 2021 وسط حضور كبير., 3",
    "افتتح المعرض في أفريل 2021 وسط حضور كبير., 4",
    "افتتح المعرض في أيار 2021 وسط حضور كبير., 5",
    "افتتح المعرض في ماي 2021 وسط حضور كبير., 5",
    "افتتح المعرض في جوان 2021 وسط حضور كبير., 6",
    "انطلقت الحملة في تموز 2021 رسميا., 7",
    "انطلقت الحملة في جويلية 2021 رسميا., 7",
    "انطلقت الحملة في آب 2021 رسميا., 8",
    "انطلقت الحملة في أوت 2021 رسميا., 8",
    "انتهت المفاوضات في أيلول 2021 دون اتفاق., 9",
    "انتهت المفاوضات في تشرين الأول 2021 دون اتفاق., 10",
    "انتهت المفاوضات في تشرين الثاني 2021 دون اتفاق., 11",
    "انتهت المفاوضات في كانون الأول 2021 دون اتفاق., 12",
    "The talks ended in December 2021 without a deal., 12",
    "انتهت المفاوضات في نوفمبر 2021 دون اتفاق., 11",
  })
  void monthNamesOfAllSystemsWithYear(String sentence, int month) {
    TimeMention m = Fx.onlyTime(Fx.extract(sentence));
    assertEquals(TimeValue.Interval.month(YearMonth.of(2021, month)), m.value());
  }

  @Test
  void glossedMonthIsOneMention() {
    ExtractedFacts f = Fx.extract("وفي فبراير (شباط)، أهدى الرئيس ضيفه سيارة.");
    TimeMention m = Fx.onlyTime(f);
    assertEquals("فبراير (شباط)", m.surface());
    TimeValue.Partial p = assertInstanceOf(TimeValue.Partial.class, m.value());
    assertEquals(Month.FEBRUARY, p.month());
  }

  @Test
  void monthWithoutYearResolvesToLatestNotAfterPublication() {
    TimeMention feb = Fx.onlyTime(Fx.extract("وفي فبراير (شباط)، أهدى الرئيس ضيفه سيارة.", PUB));
    assertEquals(TimeValue.Interval.month(YearMonth.of(2024, 2)), feb.value());
    TimeMention sep = Fx.onlyTime(Fx.extract("وكان اللقاء الأخير في سبتمبر (أيلول) الماضي.", PUB));
    assertEquals(TimeValue.Interval.month(YearMonth.of(2023, 9)), sep.value());
    TimeMention dec = Fx.onlyTime(Fx.extract("تعقد القمة في ديسمبر.", PUB));
    assertEquals(TimeValue.Interval.month(YearMonth.of(2023, 12)), dec.value());
  }

  @Test
  void strictMonthNamesNeedContext() {
    assertTrue(Fx.extract("مارس الرئيس ضغوطا كبيرة على الحكومة.").times().isEmpty());
    assertEquals(Month.MARCH,
        ((TimeValue.Partial) Fx.onlyTime(Fx.extract("انعقدت الجلسة في مارس بحضور الوزراء.")).value()).month());
  }

  @Test
  void yearsAfterCues() {
    assertEquals(TimeValue.Interval.year(2000),
        Fx.onlyTime(Fx.extract("زار الرئيس البلاد عام 2000 للمرة الأولى.")).value());
    assertEquals(TimeValue.Interval.year(2000),
        Fx.onlyTime(Fx.extract("زار الرئيس البلاد في 2000 للمرة الأولى.")).value());
    TimeMention since = Fx.onlyTime(Fx.extract("لم يزرها منذ عام 2019 بسبب الجائحة."));
    assertEquals("منذ عام 2019", since.surface());
    assertEquals(TimeModifier.AFTER, since.value().modifier());
    assertTrue(Fx.extract("بلغ عدد الزوار 2000 زائر.").times().isEmpty());
  }

  @Test
  void seasonWithYearIsMeteorologicalSeason() {
    TimeMention m = Fx.onlyTime(Fx.extract("زار العاصمة في صيف عام 2000 والتقى زعيمها."));
    assertEquals("صيف عام 2000", m.surface());
    assertEquals(new TimeValue.Interval(LocalDate.of(2000, 6, 1), LocalDate.of(2000, 9, 1),
        Granularity.SEASON, TimeModifier.EXACT), m.value());
    assertTrue(TimeValue.Interval.year(2000).contains(m.value()));
  }

  @Test
  void fullDates() {
    assertEquals(TimeValue.Interval.day(LocalDate.of(2023, 9, 14)),
        Fx.onlyTime(Fx.extract("تاريخ النشر: 14th, September 2023 GMT")).value());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2022, 7, 22)),
        Fx.onlyTime(Fx.extract("وقعت الاتفاقية في 22 يوليو 2022 في إسطنبول.")).value());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2024, 6, 19)),
        Fx.onlyTime(Fx.extract("نشر البيان بتاريخ 2024-06-19 على الموقع.")).value());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2023, 9, 14)),
        Fx.onlyTime(Fx.extract("نشر البيان بتاريخ 14/9/2023 على الموقع.")).value());
    assertEquals(TimeValue.Interval.month(YearMonth.of(2018, 9)),
        Fx.onlyTime(Fx.extract("التقى الزعيمان في سبتمبر 2018.")).value());
  }

  @Test
  void arabicIndicDigits() {
    TimeMention m = Fx.onlyTime(Fx.extract("وقعت الاتفاقية في ٢٢ يوليو ٢٠٢٢ في إسطنبول."));
    assertEquals(TimeValue.Interval.day(LocalDate.of(2022, 7, 22)), m.value());
    assertEquals("٢٢ يوليو ٢٠٢٢", m.surface());
    assertEquals(TimeValue.Interval.year(2000),
        Fx.onlyTime(Fx.extract("زار البلاد عام ۲۰۰۰ للمرة الأولى.")).value());
  }

  @Test
  void relativeDaysAgainstPublication() {
    assertEquals(TimeValue.Interval.day(LocalDate.of(2024, 6, 19)),
        Fx.onlyTime(Fx.extract("وصل الرئيس يوم أمس الأربعاء إلى العاصمة.", PUB)).value());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2024, 6, 18)),
        Fx.onlyTime(Fx.extract("وصل الرئيس مساء الثلاثاء إلى العاصمة.", PUB)).value());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2024, 6, 20)),
        Fx.onlyTime(Fx.extract("اجتمع الرئيسان الخميس في القاعدة.", PUB)).value());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2024, 6, 25)),
        Fx.onlyTime(Fx.extract("يزور الوفد المدينة الثلاثاء المقبل.", PUB)).value());
  }

  @Test
  void relativeMonthsAndYearsAgainstPublication() {
    assertEquals(TimeValue.Interval.month(YearMonth.of(2024, 7)),
        Fx.onlyTime(Fx.extract("ستكون هناك رحلة متابعة الشهر المقبل.", PUB)).value());
    assertEquals(TimeValue.Interval.month(YearMonth.of(2024, 5)),
        Fx.onlyTime(Fx.extract("ارتفعت الأسعار الشهر الماضي بشكل حاد.", PUB)).value());
    assertEquals(TimeValue.Interval.year(2023),
        Fx.onlyTime(Fx.extract("تراجعت الصادرات العام الماضي.", PUB)).value());
  }

  @Test
  void agoCountsBackApproximately() {
    TimeValue.Interval four =
        Fx.interval(Fx.onlyTime(Fx.extract("وكانت أول رحلة له منذ 4 سنوات.", PUB)));
    assertEquals(TimeValue.Interval.year(2020).withModifier(TimeModifier.APPROX), four);
    TimeValue.Interval quarter = Fx.interval(
        Fx.onlyTime(Fx.extract("زيارته الأولى للبلاد منذ ما يقرب من ربع قرن.", PUB)));
    assertEquals(TimeModifier.APPROX, quarter.modifier());
    assertTrue(quarter.contains(TimeValue.Interval.year(2000)), quarter.toString());
    assertTrue(quarter.contains(TimeValue.Interval.year(1997)), quarter.toString());
  }

  @Test
  void withoutPublicationRelativeStaysRelative() {
    TimeValue.Relative r = assertInstanceOf(TimeValue.Relative.class,
        Fx.onlyTime(Fx.extract("وصل الرئيس يوم أمس الأربعاء إلى العاصمة.")).value());
    assertEquals(-1, r.minOffset());
    assertEquals(DayOfWeek.WEDNESDAY, r.weekday().orElseThrow());
    assertEquals(LocalDate.of(2024, 6, 19), r.resolve(PUB).start());
    assertInstanceOf(TimeValue.Relative.class,
        Fx.onlyTime(Fx.extract("ستكون هناك رحلة متابعة الشهر المقبل.")).value());
  }

  @Test
  void conflictingWeekdayKeepsYesterdayApproximately() {
    // published on Thursday, but the text says "yesterday Tuesday"
    TimeValue.Interval v =
        Fx.interval(Fx.onlyTime(Fx.extract("وصل الرئيس أمس الثلاثاء إلى العاصمة.", PUB)));
    assertEquals(LocalDate.of(2024, 6, 19), v.start());
    assertEquals(LocalDate.of(2024, 6, 20), v.endExclusive());
    assertEquals(TimeModifier.APPROX, v.modifier());
  }

  @Test
  void invalidDateGivesNoMentionAndNoStrayNumbers() {
    ExtractedFacts f = Fx.extract("قيل إن الاجتماع عقد في 31 فبراير 2023 في العاصمة.");
    assertTrue(f.times().isEmpty(), f.times().toString());
    assertTrue(f.quantities().isEmpty(), f.quantities().toString());
    assertTrue(Fx.extract("نشر البيان بتاريخ 2023-02-30 على الموقع.").times().isEmpty());
  }

  @Test
  void durationCountedFromAnotherEventIsNotAnAgo() {
    ExtractedFacts f = Fx.extract("وكانت الزيارة بعد سبعة أشهر من توليه منصبه.", PUB);
    assertTrue(f.times().isEmpty(), f.times().toString());
    assertEquals(7, Fx.onlyQuantity(f).value().low());
  }
}
