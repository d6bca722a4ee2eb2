package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;

/**
 * Seeded random text made of the extractor's own vocabulary: 100,000 sequences of lexicon words,
 * digits in ASCII, Arabic-Indic and extended scripts, separators and punctuation, against random
 * publication times (including the ends of the supported range). No exception; every mention's
 * span inside the text and its surface equal to it; every value in its documented range.
 */
class ExtractorPropertyTest {

  private static final String[] WORDS = (
      "منذ قبل بعد خلال لمدة حتى في عام العام سنة شهر يوم مساء أمس غدا اليوم المقبل الماضي القادم "
      + "الموافق هـ ه م هجرية ميلادي مطلع أوائل منتصف أواخر نهاية النصف الأول من الثاني الربع "
      + "يناير فبراير مارس شباط آذار حزيران جوان أوت رمضان شوال محرم صفر ذو الحجة ربيع الآخر "
      + "الخميس الأربعاء الأحد الجمعة أربعاء ثاني آخر أول الحادي الحادية عشر عشرة والعشرين التسعين "
      + "واحد اثنا اثنتا اثني إثنى ثلاثة خمسة و وعشرون عشرون مائة خمسمائة ألف آلاف مليون ملايين "
      + "مليار مليارات نصف ربع ثلث أرباع فاصلة صفر بضعة نحو أكثر أقل حوالي تقريبا في المئة بالمائة "
      + "ساعة ساعتين ثانية دقيقة يومين أسبوع أسبوعين أشهر سنوات عاما قرن قرون عقد دولار جنيه "
      + "صيف شتاء العمر السيارة الثالثة الدورة كيم الرئيس").split(" ");
  private static final String[] SEPARATORS = {" ", " ", " ", "", "/", "-", ".", ",", "٫", "٬", "،",
      "(", ")", "%", "٪", "\n", "؟", "!", "\u0640", "\u064E"};
  private static final char[][] DIGITS = {"0123456789".toCharArray(), "٠١٢٣٤٥٦٧٨٩".toCharArray(),
      "۰۱۲۳۴۵۶۷۸۹".toCharArray()};

  @Test
  void randomLexiconSequencesNeverBreakTheExtractor() {
    SplittableRandom rnd = new SplittableRandom(20130212L);
    FactExtractor x = FactExtractor.defaults();
    ArabicNormalizer norm = ArabicNormalizer.defaults();
    List<LocalDateTime> anchors = List.of(LocalDateTime.of(2013, 2, 12, 4, 30),
        LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59),
        LocalDateTime.of(999_999_999, 12, 31, 0, 0), LocalDateTime.of(-999_999_999, 1, 1, 0, 0));
    for (int n = 0; n < 100_000; n++) {
      String text = sequence(rnd);
      Optional<LocalDateTime> pub = switch (rnd.nextInt(4)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(anchors.get(rnd.nextInt(anchors.size())));
        default -> Optional.of(LocalDate.of(1900 + rnd.nextInt(200), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
            .atStartOfDay());
      };
      ExtractedFacts f;
      try {
        f = x.extract(norm.normalize(MappedText.identity(text)), pub);
      } catch (RuntimeException e) {
        throw new AssertionError("#" + n + " published " + pub + ": " + text, e);
      }
      check(n, text, f);
    }
  }

  private static String sequence(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder();
    int len = 1 + rnd.nextInt(12);
    for (int k = 0; k < len; k++) {
      switch (rnd.nextInt(3)) {
        case 0, 1 -> b.append(WORDS[rnd.nextInt(WORDS.length)]);
        default -> {
          char[] d = DIGITS[rnd.nextInt(DIGITS.length)];
          int digits = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 25 : 4);
          for (int i = 0; i < digits; i++) {
            b.append(d[rnd.nextInt(10)]);
          }
        }
      }
      b.append(SEPARATORS[rnd.nextInt(SEPARATORS.length)]);
    }
    return b.toString();
  }

  private static void check(int n, String text, ExtractedFacts f) {
    List<ValueMention> all = new ArrayList<>(f.times());
    all.addAll(f.quantities());
    all.addAll(f.entities());
    for (ValueMention m : all) {
      if (m.raw().start() < 0 || m.raw().end() > text.length() || m.raw().start() >= m.raw().end()
          || !text.substring(m.raw().start(), m.raw().end()).equals(m.surface())) {
        fail("#" + n + " span " + m + " outside or unlike: " + text);
      }
    }
    for (TimeMention m : f.times()) {
      String normalized = m.normalized();
      if (m.value() instanceof TimeValue.Interval i) {
        assertTrue(TimeValue.inRange(i.start(), i.endExclusive()), () -> "#" + n + " " + m + ": " + text);
        assertTrue(normalized.matches("\\d{4}-\\d\\d-\\d\\d/\\d{4,5}-\\d\\d-\\d\\d;.*"),
            () -> "#" + n + " " + normalized);
      }
    }
    for (QuantityMention m : f.quantities()) {
      QuantityValue v = m.value();
      assertTrue(v.low() >= 0 && v.low() <= QuantityValue.MAX_MAGNITUDE
              && (v.high() <= QuantityValue.MAX_MAGNITUDE || v.high() == Double.POSITIVE_INFINITY),
          () -> "#" + n + " " + m + ": " + text);
      assertTrue(!m.normalized().contains("E"), () -> "#" + n + " " + m.normalized());
    }
  }
}
