package org.tahqiq.dedup;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tahqiq.article.Article;
import org.tahqiq.index.LshParameters;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.shingle.Shingler;
import org.tahqiq.signature.Signature;

/**
 * Finds near-duplicate articles — wire copies republished with small edits, other boilerplate,
 * spelling variants — with MinHash signatures and an LSH index (Broder 1997; Indyk and Motwani
 * 1998): candidates from the index, verified by estimated (or exact) Jaccard similarity of the
 * shingle sets, grouped by union-find.
 *
 * <p>Results are deterministic whatever the input order: the "is a near-duplicate" relation is
 * symmetric, so the connected components are too, and representatives are picked by {@link
 * ArticleOrder}. Articles with fewer than {@link Builder#minShingles(int)} shingles are reported as
 * too short and never grouped: empty documents never match by emptiness.
 *
 * <p>Immutable and thread-safe; {@link #detect(Collection)} may be called concurrently. For a live
 * feed, {@link #newStream()} gives a {@link DuplicateStream} that tells which group each new
 * article joined.
 */
public final class NearDuplicateDetector {

  /** Default similarity threshold: 0.7 Jaccard over word 3-gram shingles. */
  public static final double DEFAULT_THRESHOLD = 0.7;
  /** Default number of MinHash components. */
  public static final int DEFAULT_NUM_COMPONENTS = 128;
  /** Default minimum number of shingles for an article to take part. */
  public static final int DEFAULT_MIN_SHINGLES = 5;

  private final TextPipeline pipeline;
  private final MinHashPolicy policy;
  private final double threshold;
  private final LshParameters lshParameters;
  private final Verification verification;
  private final SimilarityMeasure measure;
  private final int minShingles;
  /** The ordered rule's order threshold of {@link SimilarityMeasure#REWRITES}; NaN when off. */
  private final double orderThreshold;

  private NearDuplicateDetector(Builder b) {
    this.measure = b.measure;
    if (!Double.isNaN(b.orderThreshold) && measure != SimilarityMeasure.REWRITES) {
      throw new IllegalArgumentException("orderedRewrites applies to the REWRITES measure only, not " + measure);
    }
    this.orderThreshold = b.orderThreshold;
    this.pipeline = measure == SimilarityMeasure.REWRITES ? rewritePipeline(b.pipeline) : b.pipeline;
    this.policy = b.policy != null ? b.policy : MinHashPolicy.defaults(DEFAULT_NUM_COMPONENTS);
    this.threshold = !Double.isNaN(b.threshold) ? b.threshold
        : measure == SimilarityMeasure.REWRITES ? SimilarityMeasure.DEFAULT_REWRITE_THRESHOLD
        : DEFAULT_THRESHOLD;
    this.lshParameters =
        b.lshParameters != null
            ? b.lshParameters
            : LshParameters.optimal(candidateFloor(), policy.k());
    if (lshParameters.bands() * lshParameters.rows() > policy.k()) {
      throw new IllegalArgumentException(
          "LSH parameters " + lshParameters + " need more than the policy's k=" + policy.k() + " components");
    }
    this.verification = b.verification;
    this.minShingles = b.minShingles > 0 ? b.minShingles
        : measure == SimilarityMeasure.REWRITES ? SimilarityMeasure.REWRITE_MIN_SHINGLES
        : DEFAULT_MIN_SHINGLES;
  }

  /**
   * The pipeline of {@link SimilarityMeasure#REWRITES}: the caller's cleaner and normalizer, and
   * shingles that are the distinct stemmed content words (word 1-grams, stopwords dropped) with the
   * caller's shingler's seed and stemmer settings.
   */
  private static TextPipeline rewritePipeline(TextPipeline base) {
    Shingler words = Shingler.builder()
        .wordNgrams(1)
        .dropStopwords(true)
        .stem(base.shingler().stems())
        .seed(base.shingler().seed())
        .memoCapacity(base.shingler().memoCapacity())
        .build();
    return TextPipeline.builder().cleaner(base.cleaner()).normalizer(base.normalizer()).shingler(words).build();
  }

  /** A detector with every default. */
  public static NearDuplicateDetector defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Groups the near-duplicates among {@code articles}; ids must be distinct. */
  public DuplicateReport detect(Collection<Article> articles) {
    Objects.requireNonNull(articles, "articles must not be null");
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      Objects.requireNonNull(a, "articles must not contain null");
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate article id '" + a.id() + "'");
      }
    }
    // The costly part (cleaning, shingling, signing) runs in parallel; the index is then filled in
    // input order, which cannot change the components (see class doc).
    // Only the signature (and, for exact verification, the shingle set) of each article is kept,
    // not its processed text, so memory stays proportional to the signatures.
    List<Signed> signed = articles.parallelStream().map(this::sign).toList();
    return report(signed);
  }

  /**
   * Groups the near-duplicates among articles already run through this detector's {@link
   * #pipeline()} (ids must be distinct): the same report as {@link #detect} on their articles,
   * without processing them again.
   *
   * @throws IllegalArgumentException naming a repeated id
   */
  public DuplicateReport detectProcessed(List<ProcessedArticle> processed) {
    ProcessedArticle.requireDistinctIds(processed);
    return report(processed.parallelStream().map(this::sign).toList());
  }

  private DuplicateReport report(List<Signed> signed) {
    DuplicateStream stream = newStream();
    for (Signed s : signed) {
      stream.add(s);
    }
    return stream.report();
  }

  /** A new, empty stream for incremental use. */
  public DuplicateStream newStream() {
    return new DuplicateStream(this);
  }

  Signed sign(Article article) {
    return sign(pipeline.process(article));
  }

  Signed sign(ProcessedArticle processed) {
    Article article = processed.article();
    ShingleSet shingles = processed.shingles();
    Signature signature =
        shingles.size() < minShingles ? null : policy.newHasher().sign(shingles.toArray());
    boolean rewrites = measure == SimilarityMeasure.REWRITES && signature != null;
    ShingleSet numbers = rewrites ? NumberSet.of(processed.normalized()) : null;
    int[] words = rewrites ? WordOrder.words(pipeline.shingler().sequence(processed.normalized())) : null;
    return new Signed(article, shingles.size(),
        verification == Verification.EXACT ? shingles : null, signature, numbers, words);
  }

  /** The text pipeline that cleans and shingles each article. */
  public TextPipeline pipeline() {
    return pipeline;
  }

  /**
   * Whether two articles with these signatures and shingle counts are near-duplicates, decided
   * exactly as {@link #detect} decides an LSH candidate pair under {@link Verification#ESTIMATED}:
   * the estimated Jaccard similarity must reach the index's floor for the measure and the
   * measure's similarity the threshold. For front ends that find candidates themselves (the Spark
   * job of {@code tahqiq-spark}); the pair must be a candidate (share an LSH band) for the result
   * to match {@code detect}. In {@link SimilarityMeasure#REWRITES} mode only the unordered rule
   * applies (Jaccard at least the threshold): the substitution rule, the order check and the number
   * agreement need the texts, so such front ends find a subset of the pairs {@code detect} finds.
   *
   * @return the similarity in this detector's measure, clamped to [0, 1], when the pair verifies;
   *     empty otherwise, and always for an empty signature
   * @throws org.tahqiq.signature.IncompatibleSignatureException if the signatures are not of this
   *     detector's policy
   */
  public java.util.OptionalDouble verifiedSimilarity(Signature a, int shinglesA, Signature b, int shinglesB) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    double j = a.estimateJaccard(b);
    if (a.isEmpty() || b.isEmpty() || j < measure.jaccardFloor(threshold)) {
      return java.util.OptionalDouble.empty();
    }
    double similarity = measure.fromJaccard(j, shinglesA, shinglesB);
    return similarity >= threshold
        ? java.util.OptionalDouble.of(Math.max(0, Math.min(1, similarity)))
        : java.util.OptionalDouble.empty();
  }

  public double threshold() {
    return threshold;
  }

  public MinHashPolicy policy() {
    return policy;
  }

  public LshParameters lshParameters() {
    return lshParameters;
  }

  public Verification verification() {
    return verification;
  }

  public SimilarityMeasure measure() {
    return measure;
  }

  /**
   * The order threshold of the ordered rule of {@link SimilarityMeasure#REWRITES} when it is on
   * ({@link Builder#orderedRewrites(double)}), else empty (the default).
   */
  public java.util.OptionalDouble orderedRewrites() {
    return Double.isNaN(orderThreshold) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(orderThreshold);
  }

  /** The Jaccard similarity the LSH index is banded for and its candidates must reach. */
  double candidateFloor() {
    return measure.jaccardFloor(threshold);
  }

  public int minShingles() {
    return minShingles;
  }

  /**
   * What grouping needs of one article: the article, its number of shingles, its shingle set under
   * exact verification (else null), its signature (null when it is too short), and in {@link
   * SimilarityMeasure#REWRITES} mode the set of its numbers and its sequence of stemmed content
   * words as 32-bit hashes, in text order (else null).
   */
  record Signed(Article article, int size, ShingleSet shingles, Signature signature, ShingleSet numbers,
      int[] words) {}

  /** Builder for {@link NearDuplicateDetector}; not thread-safe. */
  public static final class Builder {
    private TextPipeline pipeline = TextPipeline.defaults();
    private MinHashPolicy policy;
    private double threshold = Double.NaN; // the measure's default
    private LshParameters lshParameters;
    private Verification verification = Verification.ESTIMATED;
    private SimilarityMeasure measure = SimilarityMeasure.JACCARD;
    private int minShingles; // 0: the measure's default
    private double orderThreshold = Double.NaN; // off

    private Builder() {}

    /** The text pipeline that cleans and shingles each article. */
    public Builder pipeline(TextPipeline pipeline) {
      this.pipeline = Objects.requireNonNull(pipeline, "pipeline must not be null");
      return this;
    }

    /** The MinHash scheme, number of components and seed; default {@code MinHashPolicy.defaults(128)}. */
    public Builder minHashPolicy(MinHashPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * Similarity (in the chosen {@link #measure measure}) at or above which two articles are
     * near-duplicates, in (0, 1]; default {@value NearDuplicateDetector#DEFAULT_THRESHOLD}, and
     * {@value SimilarityMeasure#DEFAULT_REWRITE_THRESHOLD} for {@link SimilarityMeasure#REWRITES}.
     */
    public Builder threshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /** Explicit LSH bands × rows; by default chosen from the threshold. */
    public Builder lshParameters(LshParameters parameters) {
      this.lshParameters = Objects.requireNonNull(parameters, "parameters must not be null");
      return this;
    }

    /** How candidates are verified; default {@link Verification#ESTIMATED}. */
    public Builder verification(Verification verification) {
      this.verification = Objects.requireNonNull(verification, "verification must not be null");
      return this;
    }

    /**
     * What the threshold applies to; default {@link SimilarityMeasure#JACCARD}. {@link
     * SimilarityMeasure#REWRITES} also changes what is shingled (stemmed content words instead of
     * word 3-grams; see there) and the defaults of the threshold and of {@link #minShingles}.
     */
    public Builder measure(SimilarityMeasure measure) {
      this.measure = Objects.requireNonNull(measure, "measure must not be null");
      return this;
    }

    /**
     * Articles with fewer shingles than this are never grouped; at least 1 (default {@value
     * NearDuplicateDetector#DEFAULT_MIN_SHINGLES}, and {@value SimilarityMeasure#REWRITE_MIN_SHINGLES}
     * distinct content words for {@link SimilarityMeasure#REWRITES}).
     */
    public Builder minShingles(int minShingles) {
      if (minShingles < 1) {
        throw new IllegalArgumentException("minShingles must be >= 1: " + minShingles);
      }
      this.minShingles = minShingles;
      return this;
    }

    /**
     * Turns on the ordered rule of {@link SimilarityMeasure#REWRITES} (off by default): a pair whose
     * content-word sets have Jaccard similarity at least {@value
     * SimilarityMeasure#REWRITE_ORDER_MIN_JACCARD} (below the unordered threshold) also verifies when
     * the aligned order similarity of the two word sequences is at least {@code orderThreshold}, in
     * (0, 1], and every number of the text with fewer numbers is in the other. This finds copies
     * whose words were replaced by synonyms ({@value SimilarityMeasure#REWRITE_ORDER_THRESHOLD}
     * found 42 % of ExAra's alone) at a price in precision: on news, the next report on the same
     * case often reuses the earlier text in order (about a quarter of the pairs it added on the
     * 40k corpus were such reports, not copies). Since the substitution rule, which is always on,
     * finds 35 of ExAra's 57 synonym copies, the ordered rule adds two more of them and about
     * 1,700 unlabelled pairs. A saved stream ({@link DuplicateStream#writeTo}) keeps no word sequences: its restored articles
     * meet later ones by the unordered rule only.
     *
     * @throws IllegalArgumentException at {@link #build()} if the measure is not {@link
     *     SimilarityMeasure#REWRITES}
     */
    public Builder orderedRewrites(double orderThreshold) {
      if (!(orderThreshold > 0 && orderThreshold <= 1)) {
        throw new IllegalArgumentException("orderThreshold must be in (0, 1]: " + orderThreshold);
      }
      this.orderThreshold = orderThreshold;
      return this;
    }

    public NearDuplicateDetector build() {
      return new NearDuplicateDetector(this);
    }
  }
}
