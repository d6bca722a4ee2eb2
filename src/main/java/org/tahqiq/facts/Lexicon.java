package org.tahqiq.facts;

/**
 * The vocabularies {@link FactExtractor} reads, each a UTF-8 resource file in this package that
 * callers extend through {@link FactExtractor.Builder#addLexicon}. File format: one entry per line,
 * fields separated by TAB, blank lines and lines starting with {@code #} ignored. Phrases are
 * written in natural spelling (with hamza, ة, diacritics if you like); they are normalized when
 * loaded, exactly like the article text. A phrase may have several words.
 */
public enum Lexicon {
  /** {@code months.tsv}: {@code name<TAB>month 1-12[<TAB>strict]}; a strict name (آب, مارس, may)
   *  is a month only next to a day, a year, a gloss, "شهر" or a preposition. */
  MONTHS("months.tsv"),
  /** {@code seasons.tsv}: {@code name<TAB>first month<TAB>length in months}. */
  SEASONS("seasons.tsv"),
  /** {@code weekdays.tsv}: {@code name<TAB>ISO day 1 (Monday)-7[<TAB>strict]}; a strict name
   *  (الأحد, also "one") needs a day word ("يوم"), a relative day or a direction word. */
  WEEKDAYS("weekdays.tsv"),
  /** {@code time-words.tsv}: {@code word<TAB>role}, role one of YEAR_CUE (عام), MONTH_CUE (شهر),
   *  IN (في), SINCE (منذ), BEFORE (قبل), AFTER (بعد), UNTIL (حتى), DAY_PART (يوم, مساء), NEXT
   *  (المقبل), PREVIOUS (الماضي), CORRESPONDING (الموافق: joins a weekday or a Hijri date to the
   *  same day in another form), HIJRI_MARK (هـ, هجري after a year), GREGORIAN_MARK (م, ميلادي),
   *  EARLY / MIDDLE / LATE (مطلع, منتصف, أواخر: the first, middle or last third of a month or
   *  year), FIRST_HALF / SECOND_HALF / FIRST_QUARTER … FOURTH_QUARTER (phrases such as "النصف
   *  الأول من"), OF (من between a part and its period). */
  TIME_WORDS("time-words.tsv"),
  /** {@code relative-times.tsv}: {@code phrase<TAB>DAYS|WEEKS|MONTHS|YEARS<TAB>signed offset}
   *  from publication ("أمس" DAYS -1, "الشهر المقبل" MONTHS 1). */
  RELATIVE_TIMES("relative-times.tsv"),
  /** {@code numbers.tsv}: {@code word<TAB>value<TAB>role}, role one of UNIT (1-10), TEEN_ONE
   *  (أحد in أحد عشر), TEEN (عشر after a unit), TEN (20-90), HUNDRED, SCALE (ألف, مليون), SCALE_PLURAL
   *  (آلاف: only after a count), FRACTION (نصف), FEW (بضع; value {@code low-high}),
   *  FRACTION_PLURAL (أرباع: only after a count, "ثلاثة أرباع" = 0.75), ZERO (صفر). */
  NUMBERS("numbers.tsv"),
  /** {@code ordinals.tsv}: {@code word<TAB>rank<TAB>PRE|POST}: whether the counted noun precedes
   *  (POST: "السيارة الثانية") or follows (PRE: "أول رحلة"). */
  ORDINALS("ordinals.tsv"),
  /** {@code units.tsv}: {@code phrase<TAB>kind<TAB>unit<TAB>multiplier<TAB>count}; kind a
   *  {@link QuantityKind}; the value is number × multiplier in {@code unit}; count 2 marks a dual
   *  form that stands for two on its own ("ساعتين"). */
  UNITS("units.tsv"),
  /** {@code approximations.tsv}: {@code phrase<TAB>ABOUT|MORE_THAN|LESS_THAN|ABOUT_AFTER}; the last
   *  follows its quantity ("تقريبا"). */
  APPROXIMATIONS("approximations.tsv"),
  /** {@code age-cues.txt}: words that make a following number of years an age ("العمر"). */
  AGE_CUES("age-cues.txt"),
  /** {@code titles.txt}: titles after which unknown names are people ("المتحدث باسم"). */
  TITLES("titles.txt"),
  /** {@code name-stopwords.txt}: words never part of a name or a counted noun (verbs of saying,
   *  prepositions, conjunctions, adverbs). */
  NAME_STOPWORDS("name-stopwords.txt"),
  /** {@code hijri-months.tsv}: {@code name<TAB>month 1-12[<TAB>strict]}, Umm al-Qura months
   *  (محرم … ذو الحجة); strict as for {@link #MONTHS}. */
  HIJRI_MONTHS("hijri-months.tsv");

  private final String resource;

  Lexicon(String resource) {
    this.resource = resource;
  }

  /** The resource file name in package {@code org.tahqiq.facts}. */
  public String resource() {
    return resource;
  }
}
