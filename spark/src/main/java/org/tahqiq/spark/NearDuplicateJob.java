package org.tahqiq.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tahqiq.article.Article;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.index.LshParameters;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.MinHasher;
import org.tahqiq.signature.Signature;

/**
 * Near-duplicate groups of a corpus of any size on Spark, equal — group for group, representative
 * for representative — to {@link NearDuplicateDetector#detect} with the same threshold on the same
 * articles (default pipeline and MinHash policy, estimated verification).
 *
 * <h2>Stages</h2>
 * <ol>
 *   <li><b>Read</b> ({@link ArticleInput}): JSONL as the command line reads it, or Parquet, into a
 *       {@code Dataset<ArticleRecord>}.
 *   <li><b>Sign</b>, in {@code mapPartitions} with one {@link TextPipeline} and one {@link
 *       MinHasher} per partition: the detector's pipeline and policy, so the shingles and
 *       signatures are the core's own. Articles with fewer than {@link
 *       NearDuplicateDetector#minShingles()} shingles are too short and never grouped. The small
 *       signed rows (no text) are then numbered in {@link org.tahqiq.dedup.ArticleOrder} by a
 *       distributed sort.
 *   <li><b>Candidates</b>: each signature emits one key per LSH band, {@code (band, the band's
 *       components)}: two articles are candidates exactly when they share a key, as in {@link
 *       org.tahqiq.index.LshIndex}. Keys are self-joined into pairs. <em>Skew rule:</em> a bucket
 *       (articles sharing one key) of more than {@link Builder#saltAbove(int) saltAbove} members is
 *       salted: its left side is spread over {@code ceil(size / saltAbove)} sub-buckets by a hash
 *       of the article, its right side copied into each, so that one bucket's pairs are generated
 *       by many tasks of bounded size instead of one — every pair still exactly once per shared
 *       key, results unchanged. A bucket of more than {@link Builder#maxBucket(int) maxBucket}
 *       members (boilerplate that survived cleaning: thousands of unrelated articles with one equal
 *       band) would still cost its size squared; it is dropped as a source of candidates and
 *       counted in {@link Result#cappedBuckets()}. Only then can the result differ from the core's
 *       (a pair sharing no other band is missed); the benchmark reports the largest bucket.
 *   <li><b>Verify</b> each distinct pair by estimated Jaccard with {@link
 *       NearDuplicateDetector#verifiedSimilarity}, the core's own rule.
 *   <li><b>Group</b> by connected components ({@link ConnectedComponents}, large-star /
 *       small-star): each group is labelled by its smallest number, i.e. its earliest published,
 *       then smallest id, article, the library's representative.
 * </ol>
 *
 * <p>Immutable and thread-safe; {@link #run} may be called concurrently on one session.
 */
public final class NearDuplicateJob {
  /** Default largest bucket whose pairs one task generates; larger ones are salted. */
  public static final int DEFAULT_SALT_ABOVE = 1_000;
  /** Default largest bucket that yields candidates at all. */
  public static final int DEFAULT_MAX_BUCKET = 50_000;

  static final StructType SIGNED = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("dated", DataTypes.BooleanType, false)
      .add("sec", DataTypes.LongType, false)
      .add("nano", DataTypes.IntegerType, false)
      .add("shingles", DataTypes.IntegerType, false)
      .add("components", DataTypes.createArrayType(DataTypes.IntegerType, false), true);

  private static final StructType KEYS = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("contents", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("n", DataTypes.LongType, false);

  private static final StructType EDGES = new StructType()
      .add("u", DataTypes.LongType, false)
      .add("v", DataTypes.LongType, false);

  private final double threshold;
  private final int saltAbove;
  private final int maxBucket;

  private NearDuplicateJob(Builder b) {
    this.threshold = b.threshold;
    this.saltAbove = b.saltAbove;
    this.maxBucket = b.maxBucket;
    detector(threshold); // fails now, on the driver, for a threshold the core rejects
  }

  /** A job with the core's defaults. */
  public static NearDuplicateJob defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The core detector this job reproduces: the one the command line's {@code dedup} uses. */
  public NearDuplicateDetector detector() {
    return detector(threshold);
  }

  private static NearDuplicateDetector detector(double threshold) {
    return NearDuplicateDetector.builder().threshold(threshold).build();
  }

  /**
   * What the job found. The datasets are lazily evaluated views of cached intermediate results;
   * counts were computed when the job ran.
   *
   * @param groups         {@code (representative string, members array<string>)}, members in
   *                       article order starting with the representative, rows in the order of
   *                       {@link org.tahqiq.dedup.DuplicateReport#groups()}
   * @param articles       articles read
   * @param tooShort       articles too short to compare
   * @param largestBucket  members of the largest band bucket
   * @param saltedBuckets  buckets that were salted
   * @param cappedBuckets  buckets above {@code maxBucket}, dropped as candidate sources
   * @param candidatePairs distinct candidate pairs
   * @param verifiedPairs  pairs verified as near-duplicates
   */
  public record Result(Dataset<Row> groups, long articles, long tooShort, long largestBucket,
      long saltedBuckets, long cappedBuckets, long candidatePairs, long verifiedPairs) {}

  /** Runs the job over {@code input}; ids must be distinct (as {@link ArticleInput} ensures). */
  public Result run(Dataset<ArticleRecord> input) {
    Objects.requireNonNull(input, "input must not be null");
    final double t = threshold;

    // Stage 2: sign, one pipeline and one hasher per partition.
    Dataset<Row> signed = input.mapPartitions(
        (MapPartitionsFunction<ArticleRecord, Row>) records -> signPartition(t, records),
        Encoders.row(SIGNED));
    Dataset<Row> numbered = ArticleNumbering.number(signed)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long articles = numbered.count();
    long tooShort = numbered.where(col("components").isNull()).count();

    // Stage 3: band keys, bucket sizes, salted self-join.
    LshParameters lsh = detector().lshParameters();
    final int bands = lsh.bands();
    final int rows = lsh.rows();
    Dataset<Row> keys = numbered.where(col("components").isNotNull())
        .select("n", "components")
        .flatMap((FlatMapFunction<Row, Row>) r -> bandKeys(r.getLong(0), Rows.ints(r.getList(1)), bands, rows),
            Encoders.row(KEYS));
    Dataset<Row> sizes = keys.groupBy("band", "contents").agg(count(lit(1)).as("size"))
        .where(col("size").gt(1))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row bucketStats = sizes.agg(
            max("size"),
            count(expr("CASE WHEN size > " + saltAbove + " AND size <= " + maxBucket + " THEN 1 END")),
            count(expr("CASE WHEN size > " + maxBucket + " THEN 1 END")))
        .first();
    long largestBucket = bucketStats.isNullAt(0) ? (keys.isEmpty() ? 0 : 1) : bucketStats.getLong(0);
    Dataset<Row> sized = keys.join(sizes.where(col("size").leq(maxBucket)), new String[] {"band", "contents"})
        .withColumn("salts", expr("CAST(CEIL(size / " + (double) saltAbove + ") AS INT)"));
    Dataset<Row> left = sized.withColumn("salt", expr("pmod(hash(n), salts)"))
        .select(col("band"), col("contents"), col("salt"), col("n").as("a"));
    Dataset<Row> right = sized.withColumn("salt", explode(expr("sequence(0, salts - 1)")))
        .select(col("band"), col("contents"), col("salt"), col("n").as("b"));
    Dataset<Row> candidates = left.join(right, new String[] {"band", "contents", "salt"})
        .where(col("a").lt(col("b")))
        .select("a", "b")
        .distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    long candidatePairs = candidates.count();

    // Stage 4: verification by the core's rule.
    Dataset<Row> sigA = numbered.select(col("n").as("a"), col("shingles").as("sa"), col("components").as("ca"));
    Dataset<Row> sigB = numbered.select(col("n").as("b"), col("shingles").as("sb"), col("components").as("cb"));
    Dataset<Row> withSignatures = candidates.join(sigA, "a").join(sigB, "b").select("a", "sa", "ca", "b", "sb", "cb");
    Dataset<Row> edges = withSignatures.mapPartitions(
            (MapPartitionsFunction<Row, Row>) pairs -> verifyPartition(t, pairs), Encoders.row(EDGES))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long verifiedPairs = edges.count();

    // Stage 5: connected components, labelled by their first article.
    Dataset<Row> labels = ConnectedComponents.labels(edges);
    Dataset<Row> ids = numbered.select(col("n").as("node"), col("id"));
    Dataset<Row> groups = labels.join(ids, "node")
        .groupBy("label")
        .agg(array_sort(collect_list(struct(col("node"), col("id")))).as("m"))
        .orderBy("label")
        .select(expr("m[0].id").as("representative"), expr("transform(m, x -> x.id)").as("members"));
    candidates.unpersist();
    sizes.unpersist();
    return new Result(groups, articles, tooShort, largestBucket, bucketStats.getLong(1),
        bucketStats.getLong(2), candidatePairs, verifiedPairs);
  }

  /** Signs one partition's articles with one pipeline and one hasher. */
  static Iterator<Row> signPartition(double threshold, Iterator<ArticleRecord> records) {
    NearDuplicateDetector detector = detector(threshold);
    TextPipeline pipeline = detector.pipeline();
    MinHashPolicy policy = detector.policy();
    MinHasher hasher = policy.newHasher();
    int minShingles = detector.minShingles();
    return Rows.mapped(records, record -> {
      Article article = record.toArticle();
      ShingleSet shingles = pipeline.process(article).shingles();
      int[] components = null;
      if (shingles.size() >= minShingles) {
        Signature s = hasher.sign(shingles.toArray());
        components = s.isEmpty() ? null : s.components();
      }
      boolean dated = article.published().isPresent();
      return RowFactory.create(article.id(), dated,
          dated ? ArticleRecord.publishedSeconds(record.getPublished()) : 0L,
          dated ? ArticleRecord.publishedNanos(record.getPublished()) : 0,
          shingles.size(), components == null ? null : Rows.seq(components));
    });
  }

  /** One key per band: the band's number and its components, compared exactly. */
  private static Iterator<Row> bandKeys(long n, int[] components, int bands, int rows) {
    List<Row> out = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      out.add(RowFactory.create(band, Rows.band(components, band, rows), n));
    }
    return out.iterator();
  }

  /** Verifies one partition's candidate pairs by the core's rule, one detector per partition. */
  private static Iterator<Row> verifyPartition(double threshold, Iterator<Row> pairs) {
    NearDuplicateDetector detector = detector(threshold);
    MinHashPolicy policy = detector.policy();
    List<Row> out = new ArrayList<>();
    while (pairs.hasNext()) {
      Row p = pairs.next();
      Signature a = signature(policy, p.getList(2));
      Signature b = signature(policy, p.getList(5));
      OptionalDouble s = detector.verifiedSimilarity(a, p.getInt(1), b, p.getInt(4));
      if (s.isPresent()) {
        out.add(RowFactory.create(p.getLong(0), p.getLong(3)));
      }
    }
    return out.iterator();
  }

  private static Signature signature(MinHashPolicy policy, List<Integer> components) {
    return Signature.of(policy.scheme(), policy.seed(), Rows.ints(components));
  }

  /** Builder for {@link NearDuplicateJob}; not thread-safe. */
  public static final class Builder {
    private double threshold = NearDuplicateDetector.DEFAULT_THRESHOLD;
    private int saltAbove = DEFAULT_SALT_ABOVE;
    private int maxBucket = DEFAULT_MAX_BUCKET;

    private Builder() {}

    /** Estimated Jaccard threshold, in (0, 1], as the core's and the CLI's {@code --threshold}. */
    public Builder threshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /** Buckets above this many members are salted (results unchanged); at least 2. */
    public Builder saltAbove(int members) {
      if (members < 2) {
        throw new IllegalArgumentException("saltAbove must be at least 2: " + members);
      }
      this.saltAbove = members;
      return this;
    }

    /** Buckets above this many members yield no candidates (reported); at least 2. */
    public Builder maxBucket(int members) {
      if (members < 2) {
        throw new IllegalArgumentException("maxBucket must be at least 2: " + members);
      }
      this.maxBucket = members;
      return this;
    }

    public NearDuplicateJob build() {
      return new NearDuplicateJob(this);
    }
  }
}
