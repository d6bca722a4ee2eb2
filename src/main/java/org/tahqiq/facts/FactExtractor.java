package org.tahqiq.facts;

import java.io.Reader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tahqiq.token.AnalyzedText;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.text.MappedText;

/**
 * Finds typed value mentions in a normalized Arabic news article: time expressions, quantities and
 * named entities, each with raw offsets, its sentence and a comparable value.
 *
 * <p>Times: absolute dates in three Arabic month-name systems and English, numeric dates
 * (ISO {@code 2024-06-19}, day-first {@code 14/9/2023}), years after a cue ("عام 2000", "في 2000"),
 * seasons with a year ("صيف عام 2000" = June–August, northern meteorological), glossed months
 * ("فبراير (شباط)" is one mention), weekdays and relative expressions ("أمس الأربعاء", "الشهر
 * المقبل", "منذ 4 سنوات"). With a publication date these are resolved to intervals (a weekday is the
 * latest such day on or before publication unless followed by المقبل/القادم; a month without year
 * the latest such month not after publication); without one they stay {@link TimeValue.Relative}
 * or {@link TimeValue.Partial}, never guessed. An impossible date ("31 فبراير 2023") yields no
 * mention.
 *
 * <p>Quantities: digits (any script) and number words, dual forms ("ساعتين" = 2 hours), fractions
 * ("ربع قرن" = 25 years, "الشهر والنصف" = 1.5 months), money, percentages, ordinals. The time unit
 * ثانية after a number or hedge is "second"; elsewhere, after a noun, it is the ordinal "second".
 * Hedges widen the range: ABOUT by ±{@link Builder#approximationTolerance tolerance} (10% by
 * default), MORE_THAN to {@code [v, +∞]}, LESS_THAN to {@code [0, v]}. Numbers above 10^15 are
 * dropped as not plausible.
 *
 * <p>Entities: the longest {@link Gazetteer} alias under name-key folding; short names resolved
 * from the article (see {@link EntityMention}); one to three unknown words after a title
 * ("المتحدث باسم الوزارة أحمد حافظ") become a person with a synthetic id.
 *
 * <p>Cost is linear in the text length. Immutable and thread-safe: one instance may serve
 * concurrent calls.
 */
public final class FactExtractor {

  private static final class DefaultHolder {
    static final FactExtractor DEFAULTS = new Builder().build();
  }

  private final Lexicons lexicons;
  private final Gazetteer gazetteer;
  private final FirstKeys firstKeys;
  private final double tolerance;
  /** The stemmer whose protected words keep their clitic letters; null when none (the defaults). */
  private final ArabicLightStemmer protection;

  private FactExtractor(Lexicons lexicons, Gazetteer gazetteer, double tolerance) {
    this(lexicons, gazetteer, new FirstKeys(lexicons, gazetteer), tolerance, null);
  }

  private FactExtractor(Lexicons lexicons, Gazetteer gazetteer, FirstKeys firstKeys, double tolerance,
      ArabicLightStemmer protection) {
    this.lexicons = lexicons;
    this.gazetteer = gazetteer;
    this.firstKeys = firstKeys;
    this.tolerance = tolerance;
    this.protection = protection;
  }

  /**
   * This extractor, reading words as {@code stemmer} does: a word that the stemmer protects (or
   * whose remainder after a clitic it protects) keeps its clitic letters in every lexicon and
   * gazetteer lookup, so a user's protected word ("وست" of "وست هام", West Ham) changes what
   * extraction sees as it changes what dedup, clustering and the diff see. The stages that take a
   * {@link org.tahqiq.pipeline.TextPipeline} call this with its shingler's stemmer. Lexicons,
   * gazetteer and their indexes are shared with this extractor, so the call is cheap.
   *
   * @param stemmer the pipeline's stemmer
   * @return an extractor that differs from this one only in its protected words
   */
  public FactExtractor protecting(ArabicLightStemmer stemmer) {
    Objects.requireNonNull(stemmer, "stemmer must not be null");
    return stemmer == protection ? this : new FactExtractor(lexicons, gazetteer, firstKeys, tolerance, stemmer);
  }

  /** The extractor with the bundled lexicons and {@link Gazetteer#defaults()}. */
  public static FactExtractor defaults() {
    return DefaultHolder.DEFAULTS;
  }

  /** A builder starting from the bundled lexicons and gazetteer. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the mentions of {@code normalized}, the output of the project normalizer over the raw
   * article (offsets are reported in its {@link MappedText#raw() raw} text).
   *
   * @param normalized the normalized article
   * @param published  publisher-local publication time, anchoring relative expressions
   */
  public ExtractedFacts extract(MappedText normalized, Optional<LocalDateTime> published) {
    Objects.requireNonNull(normalized, "normalized must not be null");
    return extract(AnalyzedText.of(normalized, protection == null ? ArabicLightStemmer.defaults() : protection),
        published);
  }

  /**
   * Extracts the mentions of an analysed text, reading its tokens and sentences (those of {@link
   * org.tahqiq.pipeline.ProcessedArticle#analysis()}, which clustering and the fact diff read too)
   * instead of tokenizing again; the same result as {@link #extract(MappedText, Optional)} of its
   * text.
   *
   * @param analysed  the analysis of the normalized article
   * @param published publisher-local publication time, anchoring relative expressions
   */
  public ExtractedFacts extract(AnalyzedText analysed, Optional<LocalDateTime> published) {
    Objects.requireNonNull(analysed, "analysed must not be null");
    Objects.requireNonNull(published, "published must not be null (use Optional.empty())");
    return new Extraction(lexicons, gazetteer, firstKeys, tolerance, analysed,
        published.map(LocalDateTime::toLocalDate), protection).run();
  }

  /** Builder for a {@link FactExtractor}; not thread-safe; may build several extractors. */
  public static final class Builder {
    private Gazetteer gazetteer = Gazetteer.defaults();
    private final Map<Lexicon, List<String>> extra = new EnumMap<>(Lexicon.class);
    private double tolerance = 0.10;

    private Builder() {}

    /** The entities to recognize; default {@link Gazetteer#defaults()}. */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer must not be null");
      return this;
    }

    /**
     * Adds entries to {@code lexicon} from {@code reader} (read fully now, not closed), in the
     * format documented on the {@link Lexicon} constant; later entries override earlier ones for the
     * same phrase. A malformed line fails {@link #build()} with a message naming it.
     */
    public Builder addLexicon(Lexicon lexicon, Reader reader) {
      Objects.requireNonNull(lexicon, "lexicon must not be null");
      Objects.requireNonNull(reader, "reader must not be null");
      extra.computeIfAbsent(lexicon, k -> new ArrayList<>())
          .add(Lexicons.readAll(new java.io.FilterReader(reader) {
            @Override
            public void close() {
              // the caller owns the reader
            }
          }, lexicon.resource()));
      return this;
    }

    /** Relative half-width by which an "about" hedge widens a value; in [0, 1), default 0.10. */
    public Builder approximationTolerance(double tolerance) {
      if (!(tolerance >= 0 && tolerance < 1)) {
        throw new IllegalArgumentException("approximationTolerance must be in [0, 1): " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    public FactExtractor build() {
      Map<Lexicon, List<String>> copy = new EnumMap<>(Lexicon.class);
      extra.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new FactExtractor(new Lexicons(copy), gazetteer, tolerance);
    }
  }
}
