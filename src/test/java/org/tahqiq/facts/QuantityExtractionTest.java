package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;

class QuantityExtractionTest {

  private static QuantityValue only(String sentence) {
    return Fx.onlyQuantity(Fx.extract(sentence)).value();
  }

  @Test
  void digitsWithUnit() {
    assertEquals(QuantityValue.exact(12, QuantityKind.DURATION, "hour"),
        only("واستمر الاجتماع 12 ساعة في الرياض."));
    assertEquals(QuantityValue.exact(9, QuantityKind.MONEY, "USD"),
        only("استمتع بسنة كاملة مقابل 9 دولارات فقط."));
  }

  @Test
  void currenciesTheJdkNamesAreMoney() {
    // Not in units.tsv: named from the JDK's locale data, by ISO 4217 code.
    assertEquals(QuantityValue.exact(500, QuantityKind.MONEY, "KWD"),
        only("ودفعت الشركة غرامة قدرها 500 دينار كويتي للبلدية."));
    assertEquals(QuantityValue.exact(3_000_000, QuantityKind.MONEY, "SAR"),
        only("وبلغت قيمة العقد 3 ملايين ريال سعودي بحسب البيان."));
    assertEquals(QuantityValue.exact(40, QuantityKind.MONEY, "EGP"),
        only("ارتفع سعر الكيلو إلى 40 جنيه مصري في الأسواق."));
  }

  @Test
  void aUsersUnitOverridesTheJdksCurrencyName() throws Exception {
    FactExtractor extractor = FactExtractor.builder()
        .addLexicon(Lexicon.UNITS, new StringReader("دينار كويتي\tMONEY\tKD\t1\t1\n"))
        .build();
    String raw = "ودفعت الشركة غرامة قدرها 500 دينار كويتي للبلدية.";
    ExtractedFacts f = extractor.extract(
        ArabicNormalizer.defaults().normalize(MappedText.identity(raw)), Optional.empty());
    assertEquals(QuantityValue.exact(500, QuantityKind.MONEY, "KD"), Fx.onlyQuantity(f).value());
  }

  @Test
  void numberWords() {
    assertEquals(QuantityValue.exact(7, QuantityKind.DURATION, "month"),
        only("جاءت الزيارة بعد سبعة أشهر من توليه منصبه."));
    assertEquals(QuantityValue.exact(23, QuantityKind.CARDINAL, ""),
        only("أصيب ثلاثة وعشرون شخصا في الحادث."));
    assertEquals(QuantityValue.exact(13, QuantityKind.CARDINAL, ""),
        only("أصيب ثلاثة عشر شخصا في الحادث."));
    assertEquals(QuantityValue.exact(3000, QuantityKind.CARDINAL, ""),
        only("شارك ثلاثة آلاف متظاهر في المسيرة."));
    assertEquals(QuantityValue.exact(2_500_000, QuantityKind.MONEY, "USD"),
        only("بلغت قيمة الصفقة 2.5 مليون دولار."));
  }

  @Test
  void unitFollowedByOne() {
    assertEquals(QuantityValue.exact(1, QuantityKind.DURATION, "year"),
        only("استمتع بسنة واحدة من الاشتراك."));
    assertEquals(QuantityValue.exact(1, QuantityKind.DURATION, "month"),
        only("جرب الخدمة مجانا لمدة شهر واحد."));
  }

  @Test
  void dualForms() {
    QuantityMention hours = Fx.onlyQuantity(Fx.extract("تحدث الرئيسان ساعتين كاملتين."));
    assertEquals(QuantityValue.exact(2, QuantityKind.DURATION, "hour"), hours.value());
    assertEquals(QuantityValue.exact(2, QuantityKind.DURATION, "day"),
        only("في زيارة استمرت يومين بدعوة من الرئيس."));
    assertEquals(QuantityValue.exact(2, QuantityKind.DURATION, "year"),
        only("غاب عن المشهد عامين بعد الانتخابات."));
  }

  @Test
  void approximationWidensByTolerance() {
    QuantityValue v = only("أمضى نحو ساعتين في التحدث مع ضيفه.");
    assertEquals(1.8, v.low(), 1e-9);
    assertEquals(2.2, v.high(), 1e-9);
    assertTrue(v.approximate());
    assertTrue(v.contains(QuantityValue.exact(2, QuantityKind.DURATION, "hour")));
    QuantityValue more = only("واستمر الاجتماع لأكثر من 12 ساعة.");
    assertEquals(12, more.low());
    assertEquals(Double.POSITIVE_INFINITY, more.high());
    QuantityValue less = only("قتل أقل من 5 أشخاص في الهجوم.");
    assertEquals(0, less.low());
    assertEquals(5, less.high());
  }

  @Test
  void toleranceIsConfigurable() {
    FactExtractor x = FactExtractor.builder().approximationTolerance(0.25).build();
    QuantityValue v = x.extract(org.tahqiq.normalize.ArabicNormalizer.defaults().normalize(
        org.tahqiq.text.MappedText.identity("استمر الاجتماع حوالي 4 ساعات.")),
        java.util.Optional.empty()).quantities().get(0).value();
    assertEquals(3, v.low(), 1e-9);
    assertEquals(5, v.high(), 1e-9);
  }

  @Test
  void fractions() {
    assertEquals(QuantityValue.exact(25, QuantityKind.DURATION, "year"),
        only("مرت على الحادثة ربع قرن كامل."));
    assertEquals(QuantityValue.exact(1.5, QuantityKind.DURATION, "month"),
        only("تزود البلاد روسيا بالقذائف للشهر والنصف الماضيين."));
    assertEquals(QuantityValue.exact(2.5, QuantityKind.DURATION, "hour"),
        only("استمر اللقاء ساعتين ونصف في القصر."));
  }

  @Test
  void ordinalSecondVersusUnitSecond() {
    QuantityMention seconds = Fx.onlyQuantity(Fx.extract("انفجرت القنبلة بعد 30 ثانية من التحذير."));
    assertEquals(QuantityValue.exact(30, QuantityKind.DURATION, "second"), seconds.value());
    QuantityMention car = Fx.onlyQuantity(Fx.extract("قدم الرئيس لضيفه سيارة \"أوروس\" ثانية."));
    assertEquals(QuantityValue.exact(2, QuantityKind.ORDINAL, ""), car.value());
    assertEquals("سياره", car.noun().orElseThrow());
    QuantityMention definite = Fx.onlyQuantity(Fx.extract("هذه هي السيارة الثانية التي يهديها له."));
    assertEquals(QuantityValue.exact(2, QuantityKind.ORDINAL, ""), definite.value());
    assertEquals("سياره", definite.noun().orElseThrow());
  }

  @Test
  void preposedOrdinalTakesFollowingNoun() {
    QuantityMention m = Fx.onlyQuantity(Fx.extract("وكانت هذه أول رحلة له إلى الخارج."));
    assertEquals(1, m.value().low());
    assertEquals("رحله", m.noun().orElseThrow());
  }

  @Test
  void percentages() {
    assertEquals(QuantityValue.exact(15, QuantityKind.PERCENT, "%"),
        only("ارتفعت الأسعار 15% خلال العام."));
    assertEquals(QuantityValue.exact(15, QuantityKind.PERCENT, "%"),
        only("ارتفعت الأسعار 15 في المئة خلال العام."));
    assertEquals(QuantityValue.exact(15, QuantityKind.PERCENT, "%"),
        only("ارتفعت الأسعار ١٥٪ خلال العام."));
  }

  @Test
  void age() {
    QuantityValue v = only("توفي الكاتب عن عمر 85 عاما في منزله.");
    assertEquals(QuantityKind.AGE, v.kind());
    assertEquals(85, v.low());
  }

  @Test
  void vagueCountIsARange() {
    QuantityValue v = only("ستستمر الزيارة بضع أيام أخرى.");
    assertEquals(3, v.low());
    assertEquals(9, v.high());
    assertTrue(v.approximate());
  }

  @Test
  void absurdNumbersAreFlaggedNotDropped() {
    ExtractedFacts f = Fx.extract("طالبت الشركة بتعويض قدره 999999999999999999999 دولار.");
    QuantityMention m = Fx.onlyQuantity(f);
    assertTrue(m.has(ValueFlag.OUT_OF_RANGE), m.toString());
    assertEquals(QuantityValue.MAX_MAGNITUDE, m.value().low());
    assertEquals(Double.POSITIVE_INFINITY, m.value().high());
    assertEquals("USD", m.value().unit());
    assertEquals("1000000000000000..inf;kind=money;unit=USD;approx", m.normalized());
  }

  @Test
  void vaguePluralScaleAloneIsNotACount() {
    assertTrue(Fx.extract("تجند البلاد آلاف المطورين في الشركات.").quantities().isEmpty());
  }
}
