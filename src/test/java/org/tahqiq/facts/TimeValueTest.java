package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimeValueTest {

  private static final TimeValue.Partial FEB =
      new TimeValue.Partial(Month.FEBRUARY, 0, TimeValue.Partial.Direction.LATEST, TimeModifier.EXACT);

  @Test
  void intervalContainmentAndOverlap() {
    TimeValue.Interval y2000 = TimeValue.Interval.year(2000);
    TimeValue.Interval july = TimeValue.Interval.month(YearMonth.of(2000, 7));
    assertTrue(y2000.contains(july));
    assertFalse(july.contains(y2000));
    assertTrue(july.overlaps(y2000));
    assertFalse(july.overlaps(TimeValue.Interval.month(YearMonth.of(2000, 8))));
  }

  @Test
  void partialComparesOnlyWhatIsCertain() {
    assertTrue(FEB.contains(TimeValue.Interval.day(LocalDate.of(2024, 2, 14))));
    assertFalse(TimeValue.Interval.year(2024).contains(FEB));
    assertTrue(FEB.overlaps(TimeValue.Interval.year(2024)));
    assertTrue(TimeValue.Interval.year(2024).overlaps(FEB));
    assertFalse(FEB.overlaps(TimeValue.Interval.month(YearMonth.of(2024, 3))));
  }

  @Test
  void partialResolution() {
    assertEquals(TimeValue.Interval.month(YearMonth.of(2024, 2)), FEB.resolve(LocalDate.of(2024, 2, 3)));
    assertEquals(TimeValue.Interval.month(YearMonth.of(2023, 2)), FEB.resolve(LocalDate.of(2024, 1, 3)));
    TimeValue.Partial leap =
        new TimeValue.Partial(Month.FEBRUARY, 29, TimeValue.Partial.Direction.LATEST, TimeModifier.EXACT);
    assertEquals(TimeModifier.APPROX, leap.resolve(LocalDate.of(2023, 6, 1)).modifier());
  }

  @Test
  void invalidValuesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new TimeValue.Interval(
        LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1), Granularity.DAY, TimeModifier.EXACT));
    assertThrows(IllegalArgumentException.class, () ->
        new QuantityValue(3, 2, QuantityKind.CARDINAL, "", false));
    assertThrows(IllegalArgumentException.class, () ->
        new QuantityValue(Double.NaN, 2, QuantityKind.CARDINAL, "", false));
  }
}
