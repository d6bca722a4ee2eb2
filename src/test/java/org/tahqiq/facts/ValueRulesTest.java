package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;

/** One test per value rule of issue 11, on sentences written for it. */
class ValueRulesTest {

  private static final LocalDate TUESDAY = LocalDate.of(2013, 2, 12);

  @Test
  void hijriDateAndItsGregorianTwinAreOneConsistentMention() {
    TimeMention m = Fx.onlyTime(Fx.extract(
        "وصل الوفد يوم الخميس 10 رمضان 1434 هـ الموافق 18 يوليو 2013 إلى جدة.", TUESDAY));
    assertEquals(TimeValue.Interval.day(LocalDate.of(2013, 7, 18)), m.value());
    assertEquals(TimeMention.Calendar.HIJRI, m.calendar());
    assertEquals(Optional.of("1434-09-10"), m.hijri());
    assertTrue(m.flags().isEmpty(), m.toString());
    assertTrue(m.surface().startsWith("يوم الخميس 10 رمضان") && m.surface().endsWith("2013"), m.surface());
  }

  @Test
  void hijriGregorianMismatchIsReported() {
    TimeMention m = Fx.onlyTime(Fx.extract("صدر القرار في 10 رمضان 1434 هـ الموافق 25 يوليو 2013.", TUESDAY));
    assertTrue(m.has(ValueFlag.CALENDAR_MISMATCH), m.toString());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2013, 7, 25)), m.value());
  }

  @Test
  void weekdayPicksTheYearAndAMismatchIsReported() {
    TimeMention picked = Fx.onlyTime(Fx.extract("تبدأ المحاكمة الخميس 15 اغسطس المقبل في القاهرة.", TUESDAY));
    assertEquals(TimeValue.Interval.day(LocalDate.of(2013, 8, 15)), picked.value());
    TimeMention wrong = Fx.onlyTime(Fx.extract("عقدت الجلسة الأربعاء 15 أغسطس 2013 في القاهرة.", TUESDAY));
    assertTrue(wrong.has(ValueFlag.WEEKDAY_MISMATCH), wrong.toString());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2013, 8, 15)), wrong.value());
    TimeMention right = Fx.onlyTime(Fx.extract("عقدت الجلسة الخميس 15 أغسطس 2013 في القاهرة.", TUESDAY));
    assertFalse(right.has(ValueFlag.WEEKDAY_MISMATCH));
  }

  @Test
  void dayAndMonthWithoutYearIsTheNearestOccurrence() {
    assertEquals(TimeValue.Interval.day(LocalDate.of(2013, 3, 1)),
        Fx.onlyTime(Fx.extract("تنطلق الانتخابات في 1 مارس بحسب اللجنة.", TUESDAY)).value());
    assertEquals(TimeValue.Interval.day(LocalDate.of(2012, 12, 25)),
        Fx.onlyTime(Fx.extract("وقع الانفجار في 25 ديسمبر أمام الكنيسة.", TUESDAY)).value());
  }

  @Test
  void geologicalAgesAreFlaggedTimesNotCrashes() {
    for (String s : new String[] {"تكونت الأرض منذ 4.2 مليارات سنة.", "منذ 400 مليار يوم.",
        "قبل 20 مليون قرن ظهرت الصخور."}) {
      TimeMention m = Fx.onlyTime(Fx.extract(s, TUESDAY));
      assertTrue(m.has(ValueFlag.OUT_OF_RANGE), m.toString());
      assertTrue(m.value() instanceof TimeValue.Relative, m.toString());
    }
  }

  @Test
  void extremePublicationTimesNeverThrow() {
    for (LocalDateTime pub : new LocalDateTime[] {LocalDateTime.MAX, LocalDateTime.MIN,
        LocalDateTime.of(9999, 12, 31, 23, 59), LocalDateTime.of(1, 1, 1, 0, 0)}) {
      ExtractedFacts f = Fx.extract("يصل الوفد غدا ثم يعود في سبتمبر المقبل، أي بعد غد أو الشهر المقبل.", pub);
      assertEquals(4, f.times().size(), pub + " " + f.times());
      for (TimeMention m : f.times()) {
        if (m.value() instanceof TimeValue.Interval i) {
          assertTrue(TimeValue.inRange(i.start(), i.endExclusive()), m.toString());
          assertFalse(m.normalized().contains("+"), m.normalized());
        } else {
          assertTrue(m.has(ValueFlag.OUT_OF_RANGE), m.toString());
        }
      }
    }
  }

  @Test
  void lastDayOfTheRangeNeverPrintsCutOff() {
    TimeMention m = Fx.onlyTime(Fx.extract("وصل غدا.", LocalDate.of(9999, 12, 30)));
    assertEquals("9999-12-31/10000-01-01;grain=day;calendar=gregorian;modifier=exact", m.normalized());
    TimeMention beyond = Fx.onlyTime(Fx.extract("وصل غدا.", LocalDate.of(9999, 12, 31)));
    assertTrue(beyond.has(ValueFlag.OUT_OF_RANGE), beyond.toString());
  }

  @Test
  void resolveIsTotalThroughTryResolve() {
    TimeValue.Relative huge = new TimeValue.Relative("x", ChronoUnit.YEARS, Long.MIN_VALUE, Long.MAX_VALUE,
        Optional.empty(), Granularity.YEAR, TimeModifier.EXACT);
    assertTrue(huge.tryResolve(TUESDAY).isEmpty());
    assertThrows(DateTimeException.class, () -> huge.resolve(TUESDAY));
    assertTrue(huge.tryResolve(LocalDate.MAX).isEmpty());
  }

  @Test
  void publicationOutsideTheSupportedYearsIsAnInputError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        Article.builder("a", "نص").published(LocalDateTime.of(999_999_999, 12, 31, 0, 0)).build());
    assertTrue(e.getMessage().contains("1-9999"), e.getMessage());
  }

  @Test
  void ordinalSecondAndTimeUnitSecondStayApart() {
    ExtractedFacts f = Fx.extract("فاز في الجولة الثانية عشرة بعد 30 ثانية من البداية.", TUESDAY);
    assertEquals(2, f.quantities().size(), f.quantities().toString());
    assertEquals("12;kind=ordinal", f.quantities().get(0).normalized());
    assertEquals("30;kind=duration;unit=second", f.quantities().get(1).normalized());
  }

  @Test
  void spacedConjunctionCompounds() {
    QuantityMention m = Fx.onlyQuantity(Fx.extract("بلغ عدد الضحايا خمسمائة و خمسة و عشرون شخصا.", TUESDAY));
    assertEquals(525, m.value().low());
    assertEquals(Optional.of("شخصا"), m.noun());
  }
}
