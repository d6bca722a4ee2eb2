package org.tahqiq.pipeline;

import java.util.Objects;
import java.util.function.Consumer;
import org.tahqiq.article.Article;
import org.tahqiq.clean.ArticleCleaner;
import org.tahqiq.clean.CleanedArticle;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.shingle.Shingler;
import org.tahqiq.text.MappedText;
import org.tahqiq.token.AnalyzedText;

/**
 * The text half of Tahqiq in one call: raw article → clean story → normalized text → shingles,
 * and the analysis (tokens, stems, sentences) that the later stages read, made with the shingler's
 * stemmer on first use.
 * Every stage is configurable through the builder; the defaults are what deduplication and
 * clustering are tuned for.
 *
 * <p>Immutable and thread-safe: one instance can serve all threads.
 */
public final class TextPipeline {

  private static final TextPipeline DEFAULTS = builder().build();

  private final ArticleCleaner cleaner;
  private final ArabicNormalizer normalizer;
  private final Shingler shingler;
  private final Consumer<? super Article> check;

  private TextPipeline(Builder b) {
    this.cleaner = b.cleaner;
    this.normalizer = b.normalizer;
    this.shingler = b.shingler;
    this.check = b.check;
  }

  /** The pipeline with every stage at its defaults. */
  public static TextPipeline defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the default stages. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Cleans, normalizes and shingles one article, after the {@linkplain Builder#check caller's
   * check}.
   */
  public ProcessedArticle process(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    check.accept(article);
    CleanedArticle cleaned = cleaner.clean(article);
    MappedText normalized = normalizer.normalize(cleaned.text());
    ShingleSet shingles = shingler.shingle(normalized);
    return new ProcessedArticle(cleaned, normalized, shingles, AnalyzedText.of(normalized, shingler.stemmer()));
  }

  public ArticleCleaner cleaner() {
    return cleaner;
  }

  public ArabicNormalizer normalizer() {
    return normalizer;
  }

  public Shingler shingler() {
    return shingler;
  }

  /** Builder for {@link TextPipeline}; not thread-safe. */
  public static final class Builder {
    private ArticleCleaner cleaner = ArticleCleaner.defaults();
    private ArabicNormalizer normalizer = ArabicNormalizer.defaults();
    private Shingler shingler = Shingler.defaults();
    private Consumer<? super Article> check = a -> { };

    private Builder() {}

    /**
     * A check run on every article before it is cleaned; an exception it throws fails that article
     * exactly as a failure of any stage would: {@code NewsAnalysis}, {@code DuplicateStream},
     * {@code EventStream} and the command line skip and report the article and go on with the
     * others. Use it for a caller's own admission rules (a blocked source, a size limit) or to
     * inject a fault in a test. Must be thread-safe; the default accepts everything.
     */
    public Builder check(Consumer<? super Article> check) {
      this.check = Objects.requireNonNull(check, "check must not be null");
      return this;
    }

    public Builder cleaner(ArticleCleaner cleaner) {
      this.cleaner = Objects.requireNonNull(cleaner, "cleaner must not be null");
      return this;
    }

    public Builder normalizer(ArabicNormalizer normalizer) {
      this.normalizer = Objects.requireNonNull(normalizer, "normalizer must not be null");
      return this;
    }

    public Builder shingler(Shingler shingler) {
      this.shingler = Objects.requireNonNull(shingler, "shingler must not be null");
      return this;
    }

    public TextPipeline build() {
      return new TextPipeline(this);
    }
  }
}
