package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;

/** Test helpers: extraction through the real normalizer, offset checks. */
final class Fx {
  private Fx() {}

  static ExtractedFacts extract(String raw) {
    return extract(raw, (LocalDate) null);
  }

  static ExtractedFacts extract(String raw, LocalDate published) {
    MappedText norm = ArabicNormalizer.defaults().normalize(MappedText.identity(raw));
    ExtractedFacts f = FactExtractor.defaults().extract(
        norm, Optional.ofNullable(published).map(LocalDate::atStartOfDay));
    assertOffsets(raw, f);
    return f;
  }

  static ExtractedFacts extract(String raw, LocalDateTime published) {
    MappedText norm = ArabicNormalizer.defaults().normalize(MappedText.identity(raw));
    return FactExtractor.defaults().extract(norm, Optional.of(published));
  }

  /** Every mention's surface is exactly its raw span, and lies in its sentence. */
  static void assertOffsets(String raw, ExtractedFacts f) {
    List<ValueMention> all = new java.util.ArrayList<>();
    all.addAll(f.times());
    all.addAll(f.quantities());
    all.addAll(f.entities());
    for (ValueMention m : all) {
      assertEquals(m.surface(), raw.substring(m.raw().start(), m.raw().end()), m::toString);
      Sentence s = f.sentences().get(m.sentence());
      org.junit.jupiter.api.Assertions.assertTrue(
          s.raw().start() <= m.raw().start() && m.raw().end() <= s.raw().end(),
          () -> m + " outside sentence " + s.index());
    }
    for (Sentence s : f.sentences()) {
      assertEquals(s.text(), raw.substring(s.raw().start(), s.raw().end()));
    }
  }

  static TimeMention onlyTime(ExtractedFacts f) {
    assertEquals(1, f.times().size(), () -> "times: " + f.times());
    return f.times().get(0);
  }

  static QuantityMention onlyQuantity(ExtractedFacts f) {
    assertEquals(1, f.quantities().size(), () -> "quantities: " + f.quantities());
    return f.quantities().get(0);
  }

  static TimeValue.Interval interval(TimeMention m) {
    return (TimeValue.Interval) m.value();
  }
}
