package org.tahqiq.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.ClusteringResult;
import org.tahqiq.cluster.DistributedClustering;
import org.tahqiq.cluster.EventCluster;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.index.LshParameters;
import org.tahqiq.report.ClusterReport;
import org.tahqiq.signature.Signature;

/**
 * Event clusters of a corpus of any size on Spark, with the fact diff of each event: the same
 * clusters as {@link EventClusterer#cluster} (defaults) over the same articles and the same JSON
 * as {@code tahqiq analyze}'s {@code "clusters"}, one event per line, events of several articles
 * first (by their first article in {@link org.tahqiq.dedup.ArticleOrder}), then single articles.
 *
 * <h2>Stages</h2>
 * <ol>
 *   <li><b>Features</b>, in {@code mapPartitions}: each article's candidate signature, distinct
 *       terms and time, by the clusterer's own code ({@link DistributedClustering#features}).
 *   <li><b>IDF over the whole input</b>: the document frequency of every term, counted by Spark
 *       (an aggregation over the exploded terms), on top of the clusterer's built-in background
 *       table, exactly as the clusterer learns them from its input.
 *   <li><b>Candidates, by time window.</b> Two articles are candidates when they share an LSH band
 *       and, if both are dated, were published at most {@link DistributedClustering#maxEdgeGap()}
 *       {@code = D} apart (about 5.3 days by default: beyond it the time factor alone keeps the
 *       score below the edge threshold). Band keys are partitioned by windows of {@code 2D}: an
 *       article is keyed in its own window and, when it lies within {@code D} of the next window's
 *       start, in that one too (the <em>overlap</em>, {@code D}), so every pair less than {@code D}
 *       apart meets in exactly one or two windows and no bucket spans more than {@code 3D} of
 *       news. Undated articles have no time factor and meet every article sharing a band.
 *   <li><b>Edges</b>: each candidate pair joined with both articles' terms, counts and document
 *       frequencies, scored by the clusterer's own code ({@link DistributedClustering#isEdge}:
 *       TF-IDF² cosine times the time factor) and kept when it reaches the edge threshold.
 *   <li><b>Parts</b>: connected components of the edge graph ({@link ConnectedComponents}),
 *       event-sized. Average-link never merges clusters without an edge, so each part is
 *       clustered on its own, in {@code flatMapGroups} with its terms' frequencies, by {@link
 *       DistributedClustering#clusterPart} — the core's candidates, scores and average-link.
 *   <li><b>Fact diff</b> of each event of several articles, in {@code mapGroups}, by {@link
 *       FactDiff#defaults()}, written with the command line's JSON writer.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventClusterJob {
  private static final StructType FEATURES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("dated", DataTypes.BooleanType, false)
      .add("sec", DataTypes.LongType, false)
      .add("nano", DataTypes.IntegerType, false)
      .add("components", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
      .add("terms", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("days", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("places", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("headline", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("lead", DataTypes.createArrayType(DataTypes.LongType, false), false);

  private static final StructType EDGES = new StructType()
      .add("u", DataTypes.LongType, false)
      .add("v", DataTypes.LongType, false);

  private static final StructType KEYS = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("contents", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("window", DataTypes.LongType, false)
      .add("home", DataTypes.BooleanType, false)
      .add("sec", DataTypes.LongType, false)
      .add("n", DataTypes.LongType, false);

  private static final StructType EVENTS = new StructType()
      .add("first", DataTypes.LongType, false)
      .add("members", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StructType LINES = new StructType()
      .add("single", DataTypes.BooleanType, false)
      .add("first", DataTypes.LongType, false)
      .add("json", DataTypes.StringType, false);

  /** Window key of undated articles' band keys. */
  private static final long UNDATED = Long.MIN_VALUE;

  private EventClusterJob() {}

  /** The job for {@link EventClusterer#defaults()} and {@link FactDiff#defaults()}. */
  public static EventClusterJob defaults() {
    return new EventClusterJob();
  }

  /**
   * What the job found.
   *
   * @param events         JSON lines, one event each, in output order (a {@code json} column)
   * @param articles       articles read
   * @param candidatePairs distinct candidate pairs
   * @param edges          candidate pairs whose score reaches the edge threshold
   * @param largestPart    articles of the largest part clustered in one task
   * @param largestBucket  members of the largest band bucket of one window
   */
  public record Result(Dataset<Row> events, long articles, long candidatePairs, long edges, long largestPart,
      long largestBucket) {}

  /** Runs the job over {@code input}; ids must be distinct (as {@link ArticleInput} ensures). */
  public Result run(Dataset<ArticleRecord> input) {
    Objects.requireNonNull(input, "input must not be null");
    DistributedClustering parts = Defaults.PARTS;
    LshParameters lsh = parts.clusterer().lshParameters();
    // All tables' bands, numbered table by table: a pair is a candidate when it shares one.
    final int tableK = lsh.componentsUsed();
    final int bands = lsh.bands();
    final int rows = lsh.rows();
    final long gap = parts.maxEdgeGap().getSeconds();
    final long window = 2 * gap;

    Dataset<Row> features = input.mapPartitions(
        (MapPartitionsFunction<ArticleRecord, Row>) EventClusterJob::featuresOf, Encoders.row(FEATURES));
    Dataset<Row> numbered = ArticleNumbering.number(features).persist(StorageLevel.MEMORY_AND_DISK());
    long articles = numbered.count();

    // Document frequencies over the whole input, and each article's, aligned with its terms.
    Dataset<Row> df = numbered.select(explode(col("terms")).as("term"))
        .groupBy("term").agg(count(lit(1)).as("df"));
    Dataset<Row> articleDf = numbered.select(col("n"), posexplode(col("terms")).as(new String[] {"pos", "term"}))
        .join(df, "term")
        .groupBy("n").agg(array_sort(collect_list(struct(col("pos"), col("df")))).as("pd"))
        .select(col("n"), expr("transform(pd, x -> x.df)").as("dfs"));
    Dataset<Row> vectors = numbered.select("n", "id", "dated", "sec", "terms", "counts", "days", "places",
            "headline", "lead")
        .join(articleDf, new String[] {"n"}, "left")
        .withColumn("dfs", coalesce(col("dfs"), expr("CAST(array() AS array<bigint>)")))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // Candidates: band keys by time window, home × (home or guest), undated × all.
    Dataset<Row> keys = numbered.where(col("components").isNotNull())
        .select("n", "dated", "sec", "components")
        .flatMap((FlatMapFunction<Row, Row>) r -> bandKeys(r, tableK, bands, rows, window, gap), Encoders.row(KEYS))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row bucket = keys.groupBy("band", "contents", "window").count().agg(max("count")).first();
    long largestBucket = bucket.isNullAt(0) ? 0 : bucket.getLong(0);
    Dataset<Row> home = keys.where(col("home")).select(col("band"), col("contents"), col("window"), col("sec").as("sa"), col("n").as("a"));
    Dataset<Row> any = keys.select(col("band"), col("contents"), col("window"), col("sec").as("sb"), col("n").as("b"));
    Dataset<Row> dated = home.where(col("window").notEqual(UNDATED))
        .join(any, new String[] {"band", "contents", "window"})
        .where(col("a").notEqual(col("b")).and(col("sa").minus(col("sb")).between(-gap, gap)))
        .select("a", "b");
    Dataset<Row> undatedKeys = keys.where(col("window").equalTo(UNDATED)).select(col("band"), col("contents"), col("n").as("a"));
    Dataset<Row> allKeys = keys.where(col("home").or(col("window").equalTo(UNDATED)))
        .select(col("band"), col("contents"), col("n").as("b"));
    Dataset<Row> undated = undatedKeys.join(allKeys, new String[] {"band", "contents"})
        .where(col("a").notEqual(col("b")))
        .select("a", "b");
    Dataset<Row> candidates = dated.union(undated)
        .select(least(col("a"), col("b")).as("u"), greatest(col("a"), col("b")).as("v"))
        .distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    long candidatePairs = candidates.count();

    // Edges: candidates whose score reaches the edge threshold, by the core's own scoring.
    Dataset<Row> va = vectors.select(col("n").as("u"), col("id").as("ia"), col("dated").as("da"), col("sec").as("sa"),
        col("terms").as("ta"), col("counts").as("ca"), col("dfs").as("fa"), col("days").as("ya"),
        col("places").as("qa"), col("headline").as("ha"), col("lead").as("la"));
    Dataset<Row> vb = vectors.select(col("n").as("v"), col("id").as("ib"), col("dated").as("db"), col("sec").as("sb"),
        col("terms").as("tb"), col("counts").as("cb"), col("dfs").as("fb"), col("days").as("yb"),
        col("places").as("qb"), col("headline").as("hb"), col("lead").as("lb"));
    final long documents = articles;
    Dataset<Row> edges = candidates.join(va, "u").join(vb, "v")
        .mapPartitions((MapPartitionsFunction<Row, Row>) pairs -> edgesOf(pairs, documents), Encoders.row(EDGES))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long edgeCount = edges.count();

    // Parts: connected components of the edge graph, each clustered by the core.
    Dataset<Row> labels = ConnectedComponents.labels(edges).persist(StorageLevel.MEMORY_AND_DISK());
    Row largest = labels.groupBy("label").count().agg(max("count")).first();
    long largestPart = largest.isNullAt(0) ? 1 : largest.getLong(0);
    Dataset<Row> records = input.toDF().join(numbered.select("id", "n"), "id");
    Dataset<Row> partArticles = records.join(labels, col("n").equalTo(col("node")))
        .join(vectors.select(col("n").as("vn"), col("terms"), col("dfs")), col("n").equalTo(col("vn")));
    Dataset<Row> partEvents = partArticles
        .groupByKey((MapFunction<Row, Long>) r -> r.getLong(r.fieldIndex("label")), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (label, members) -> clusterPart(members, documents),
            Encoders.row(EVENTS));
    Dataset<Row> loose = records.join(labels, col("n").equalTo(col("node")), "left_anti")
        .select(col("n").as("first"), org.apache.spark.sql.functions.array(col("id")).as("members"));
    Dataset<Row> events = partEvents.union(loose);

    // Fact diff of each multi-article event, one group per event.
    Dataset<Row> multi = events.where(org.apache.spark.sql.functions.size(col("members")).gt(1));
    Dataset<Row> memberRecords = multi.select(col("first"), col("members"), explode(col("members")).as("id"))
        .join(input.toDF(), "id");
    Dataset<Row> diffed = memberRecords
        .groupByKey((MapFunction<Row, Long>) r -> r.getLong(r.fieldIndex("first")), Encoders.LONG())
        .mapGroups((MapGroupsFunction<Long, Row, Row>) EventClusterJob::diffEvent, Encoders.row(LINES));
    Dataset<Row> singles = events.where(org.apache.spark.sql.functions.size(col("members")).equalTo(1))
        .map((MapFunction<Row, Row>) r -> {
          String id = r.<String>getList(1).get(0);
          return RowFactory.create(true, r.getLong(0), JsonText.cluster(new ClusterReport(id, List.of(id), List.of())));
        }, Encoders.row(LINES));
    Dataset<Row> lines = diffed.union(singles).orderBy(col("single"), col("first")).select("json");
    return new Result(lines, articles, candidatePairs, edgeCount, largestPart, largestBucket);
  }

  /** The clusterer's features of one partition's articles, one clusterer for all. */
  private static Iterator<Row> featuresOf(Iterator<ArticleRecord> records) {
    DistributedClustering parts = Defaults.PARTS;
    return Rows.mapped(records, record -> {
      Article article = record.toArticle();
      DistributedClustering.Features f = parts.features(article);
      boolean dated = article.published().isPresent();
      int[] components = concatenated(f.signatures());
      return RowFactory.create(f.id(), dated,
          dated ? ArticleRecord.publishedSeconds(record.getPublished()) : 0L,
          dated ? ArticleRecord.publishedNanos(record.getPublished()) : 0,
          components == null ? null : Rows.seq(components),
          Rows.seq(f.terms()), Rows.seq(f.counts()), Rows.seq(f.reportedDays()),
          Rows.seq(f.places()), Rows.seq(f.headlineTerms()), Rows.seq(f.leadTerms()));
    });
  }

  /**
   * The components of an article's signatures, table after table, each cut to the {@code
   * componentsUsed} of its table's banding; null when it has none or an empty one (too short).
   */
  private static int[] concatenated(List<Signature> signatures) {
    if (signatures.isEmpty() || signatures.stream().anyMatch(Signature::isEmpty)) {
      return null;
    }
    int used = Defaults.PARTS.clusterer().lshParameters().componentsUsed();
    int[] all = new int[signatures.size() * used];
    for (int t = 0; t < signatures.size(); t++) {
      System.arraycopy(signatures.get(t).components(), 0, all, t * used, used);
    }
    return all;
  }

  /**
   * Band keys of one article, for every band of every table (band ids numbered table by table):
   * in its home window, in the next when within the gap of it.
   */
  private static Iterator<Row> bandKeys(Row r, int tableK, int bandsPerTable, int rows, long window, long gap) {
    long n = r.getLong(0);
    boolean dated = r.getBoolean(1);
    long sec = r.getLong(2);
    int[] components = Rows.ints(r.getList(3));
    long w = dated ? Math.floorDiv(sec, window) : UNDATED;
    boolean guest = dated && sec - w * window >= window - gap;
    int tables = components.length / tableK;
    int bands = tables * bandsPerTable;
    List<Row> out = new ArrayList<>(guest ? 2 * bands : bands);
    for (int band = 0; band < bands; band++) {
      int start = (band / bandsPerTable) * tableK + (band % bandsPerTable) * rows;
      Object contents = Rows.seq(java.util.Arrays.copyOfRange(components, start, start + rows));
      out.add(RowFactory.create(band, contents, w, true, sec, n));
      if (guest) {
        out.add(RowFactory.create(band, contents, w + 1, false, sec, n));
      }
    }
    return out.iterator();
  }

  /** The candidate pairs of one partition that are edges, by the core's scoring. */
  private static Iterator<Row> edgesOf(Iterator<Row> pairs, long documents) {
    DistributedClustering parts = Defaults.PARTS;
    List<Row> out = new ArrayList<>();
    while (pairs.hasNext()) {
      Row p = pairs.next();
      DistributedClustering.Features a = vector(p, "ia", "da", "sa", "ta", "ca", "ya", "qa", "ha", "la");
      DistributedClustering.Features b = vector(p, "ib", "db", "sb", "tb", "cb", "yb", "qb", "hb", "lb");
      PairFrequencies frequencies = new PairFrequencies(documents, a.terms(), Rows.longs(p.getList(p.fieldIndex("fa"))),
          b.terms(), Rows.longs(p.getList(p.fieldIndex("fb"))));
      if (parts.isEdge(a, b, frequencies)) {
        out.add(RowFactory.create(p.getLong(p.fieldIndex("u")), p.getLong(p.fieldIndex("v"))));
      }
    }
    return out.iterator();
  }

  private static DistributedClustering.Features vector(Row p, String id, String dated, String sec, String terms,
      String counts, String days, String places, String headline, String lead) {
    return new DistributedClustering.Features(p.getString(p.fieldIndex(id)), List.of(),
        Rows.longs(p.getList(p.fieldIndex(terms))), Rows.ints(p.getList(p.fieldIndex(counts))),
        p.getBoolean(p.fieldIndex(dated)) ? OptionalLong.of(p.getLong(p.fieldIndex(sec))) : OptionalLong.empty(),
        Rows.longs(p.getList(p.fieldIndex(days))), Rows.longs(p.getList(p.fieldIndex(places))),
        Rows.longs(p.getList(p.fieldIndex(headline))), Rows.longs(p.getList(p.fieldIndex(lead))));
  }

  /** The whole input's document frequencies of two articles' terms (sorted, aligned arrays). */
  private record PairFrequencies(long documents, long[] ta, long[] fa, long[] tb, long[] fb)
      implements DistributedClustering.InputFrequencies {
    @Override
    public int documentFrequency(long term) {
      int i = java.util.Arrays.binarySearch(ta, term);
      if (i >= 0) {
        return (int) fa[i];
      }
      int j = java.util.Arrays.binarySearch(tb, term);
      return j >= 0 ? (int) fb[j] : 0;
    }
  }

  /** The core's clusters of one part, as (first article's number, member ids) rows. */
  private static Iterator<Row> clusterPart(Iterator<Row> members, long documents) {
    Map<Long, Integer> frequencies = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    Map<String, Long> numbers = new HashMap<>();
    while (members.hasNext()) {
      Row m = members.next();
      Article a = record(m).toArticle();
      articles.add(a);
      numbers.put(a.id(), m.getLong(m.fieldIndex("n")));
      long[] terms = Rows.longs(m.getList(m.fieldIndex("terms")));
      long[] dfs = Rows.longs(m.getList(m.fieldIndex("dfs")));
      for (int i = 0; i < terms.length; i++) {
        frequencies.put(terms[i], (int) dfs[i]);
      }
    }
    ClusteringResult result = Defaults.PARTS.clusterPart(articles, new DistributedClustering.InputFrequencies() {
      @Override
      public long documents() {
        return documents;
      }

      @Override
      public int documentFrequency(long term) {
        return frequencies.getOrDefault(term, 0);
      }
    });
    List<Row> out = new ArrayList<>();
    for (EventCluster c : result.clusters()) {
      out.add(RowFactory.create(numbers.get(c.id()), Rows.seqOf(c.articles())));
    }
    return out.iterator();
  }

  /** The fact diff of one event, as one JSON line of {@code analyze}'s clusters. */
  private static Row diffEvent(Long first, Iterator<Row> rows) {
    List<String> order = null;
    Map<String, Article> byId = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      if (order == null) {
        order = r.getList(r.fieldIndex("members"));
      }
      Article a = record(r).toArticle();
      byId.put(a.id(), a);
    }
    List<Article> articles = order.stream().map(byId::get).toList();
    List<String> ids = List.copyOf(order);
    ClusterReport report = new ClusterReport(ids.get(0), ids, Defaults.DIFF.diff(articles).facts());
    return RowFactory.create(false, first, JsonText.cluster(report));
  }

  private static ArticleRecord record(Row r) {
    ArticleRecord record = new ArticleRecord();
    record.setId(r.getString(r.fieldIndex("id")));
    record.setSource(r.getString(r.fieldIndex("source")));
    record.setPublished(r.getString(r.fieldIndex("published")));
    record.setTitle(r.getString(r.fieldIndex("title")));
    record.setText(r.getString(r.fieldIndex("text")));
    return record;
  }

  /**
   * The core's default clusterer and diff, built once per JVM: immutable and
   * thread-safe (the clusterer's background table is read from the jar once, not per partition).
   */
  private static final class Defaults {
    static final DistributedClustering PARTS = DistributedClustering.of(EventClusterer.defaults());
    static final FactDiff DIFF = FactDiff.defaults();
  }

}
