package org.tahqiq.cluster;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tahqiq.article.Article;
import org.tahqiq.facts.EntityMention;
import org.tahqiq.facts.EntityRef;
import org.tahqiq.facts.EntityType;
import org.tahqiq.facts.ExtractedFacts;
import org.tahqiq.facts.FactExtractor;
import org.tahqiq.facts.Gazetteer;
import org.tahqiq.facts.Granularity;
import org.tahqiq.facts.TimeMention;
import org.tahqiq.facts.TimeValue;
import org.tahqiq.index.LshParameters;
import org.tahqiq.index.LshTables;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.Signature;
import org.tahqiq.text.MappedText;

/**
 * Groups articles from different outlets that report the same event in their own words.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li><b>Terms.</b> Each article's cleaned, normalized story and title become stemmed content
 *       terms with counts (see {@link IdfTable} for the exact rules).
 *   <li><b>Candidates, recall first, whatever the seed.</b> A collection (or a stream's held
 *       set) of at most {@link Builder#exactComparisonLimit(int)} articles (default {@value
 *       #DEFAULT_EXACT_COMPARISON_LIMIT}) compares every pair: nothing depends on a MinHash seed.
 *       Above that, MinHash signatures of each article's <em>specific</em> terms — those in at
 *       most {@link Builder#signatureMaxDocumentFraction(double)} of the background documents,
 *       so that the shared vocabulary of a beat does not make every pair a candidate — go into
 *       {@code L} independent LSH tables of {@code b} bands × {@code r} rows (one signature per
 *       table, each with its own seed derived from the policy's); pairs sharing a band in any
 *       table are candidates. A pair of specific-term Jaccard similarity {@code s} is missed with
 *       probability {@code (1 − s^r)^(L·b)}, and {@link LshTables#forRecall} chooses the tables so
 *       that this is at most {@link Builder#candidateMissProbability(double)} (0.001) at the
 *       {@link Builder#candidateThreshold(double) candidate threshold} (0.12): with k = 128, 8
 *       tables of 64 × 2, miss(0.12) = 6.0e-4, miss(0.15) = 1.0e-5. The threshold is measured,
 *       not guessed: in a 3,000-article window of the 40k corpus (three days) compared exactly,
 *       90 % of the pairs that verification accepts (score ≥ the merge threshold) have
 *       specific-term Jaccard ≥ 0.118, and the expected candidate recall over all of them is
 *       0.995 (one table of 64 × 2, the previous default, gave 0.897). The price is eight
 *       signatures and eight index lookups per article (benchmarks/README.md). A batch run inserts
 *       the articles in time order and keeps in the index only those within the edge
 *       horizon of the newest (the largest time difference at which the time factor still
 *       reaches the edge threshold, 5.3 days by default), so that a query walks only pairs the
 *       time factor allows; the candidates are the same as with every article indexed.
 *   <li><b>Verification.</b> A candidate pair's score is the cosine of the articles' term vectors
 *       weighted {@code (1 + ln tf) · idf²} (sublinear term frequency; smoothed IDF {@code ln((1 +
 *       N) / (1 + df))}, squared as in Lucene's classic similarity, where both the query and the
 *       document side carry one IDF factor), times a time factor when both articles have a publication time: 1 up to {@link
 *       Builder#timeTolerance(Duration)} apart, then halving every {@link
 *       Builder#timeHalfLife(Duration)}. IDF gives names, places, dates and rare words — what is
 *       specific to one event — far more weight than the words every story of the beat shares.
 *       Squaring matters on one beat: on the labelled test collection (two gift-exchange summits
 *       of Putin and Kim, rewrites, other summits of the same actors) plain TF-IDF leaves the
 *       least similar same-event pair (0.37) level with the most similar different-event pair
 *       (0.37); with idf² they are 0.34 against 0.31. Document frequencies come from the
 *       background table plus, by default, the input itself ({@link
 *       Builder#learnIdfFromInput(boolean)}).
 *   <li><b>Evidence of the day.</b> The score is further multiplied by {@link
 *       Builder#disjointDaysFactor(double)} (0.5) when both articles report days — day-exact time
 *       claims of their own text (via {@link FactExtractor}), resolved against their publication
 *       date, from {@value #REPORTED_DAYS_BACK} days before publication to the publication day —
 *       and share none: disjoint event days are evidence of two events, and a developing story
 *       is split by the day its articles report. On the 40k corpus this raised the share of
 *       multi-source clusters read as one event from 38/50 to 46/50 (benchmarks/README.md).
 *       The same factor applies to two <em>reports of the day</em> of different days: each
 *       article's latest reported day is its own publication day ("اليوم", "مساء اليوم
 *       الأحد"), so each tells what happened on the day it appeared, and the two days differ (a
 *       foiled escape on one day and the release in the same case the next, though the second
 *       recaps the first with "أمس"). An article stamped in the first {@value #NIGHT_HOURS}
 *       hours of its day makes no such claim: outlets republish the evening's wire copy after
 *       midnight, and its "اليوم" then names the day before. On the 40k corpus this changed 126
 *       of 4,925 multi-source clusters, about 19 of 30 read a correct split and 3 a wrong one,
 *       with same-title recall 0.947 (0.949 before) and rewrite recall 0.761 (0.773).
 *       Agreeing days are evidence for one event: only two articles that report a common day
 *       keep the full {@link Builder#timeTolerance(Duration) time tolerance} (2 days); for the
 *       others the time factor starts to halve after {@link
 *       Builder#unsharedDayTolerance(Duration)} (1 day). On the 40k corpus this split 93 more
 *       multi-source clusters (developments of one beat two days apart: a remand and its
 *       renewal, a report and the release it led to) while same-title recall rose from 0.947 to
 *       0.949 and rewrite recall from 0.761 to 0.773.
 *   <li><b>Evidence of the place.</b> The score is also multiplied by {@link
 *       Builder#disjointPlacesFactor(double)} ({@value #DEFAULT_DISJOINT_PLACES_FACTOR}) when both
 *       titles name a gazetteer place and the two articles share no gazetteer place anywhere in
 *       title or story: one template incident in two towns ("ضبط 400 لتر سولار بالإسماعيلية",
 *       "ضبط 900 لتر سولار بالمنيا"), a protest in one governorate and one in another, are two
 *       events however alike their words. Shared rare names, places and figures count for one
 *       event through the IDF² weights of their terms; no factor adds to that.
 *   <li><b>Evidence of the headline.</b> The score is also multiplied by {@link
 *       Builder#disjointHeadlinesFactor(double)} ({@value #DEFAULT_DISJOINT_HEADLINES_FACTOR})
 *       when neither headline names anything specific that the other article's headline or lead
 *       names: a title is the publisher's claim of what the event is, and two reports of one event
 *       share at least one of its rare words (a name, a place, a figure, the specific noun of what
 *       happened) between the one's title and the other's title or first {@value #LEAD_TERMS}
 *       story terms. Specific means what the candidate signatures hold: a term in at most {@link
 *       Builder#signatureMaxDocumentFraction(double)} of the background documents, so that "مصر",
 *       "الرئيس" or "الشورى" connect nothing. The rule applies only when both titles have at least
 *       {@value #MIN_HEADLINE_TERMS} terms and one of them specific (a kicker such as "القاهرة - أ
 *       ش أ" or a bare byline makes no claim). The lead, and not only the title, is what the other
 *       title is compared with because a kicker title ("بتكلفة 150 مليون جنيه..") and a
 *       rewritten one ("تحرير فتاة من خاطفيها" / "اختطفوها داخل توك توك") name the event in the
 *       other's first sentence. On the 40k corpus it changed 328 of 5,061 multi-source clusters,
 *       about two splits in three correct by reading (two beats' stories of one day: a denial and a
 *       road crash in one governorate, a cabinet roundup and one of its items), with same-title and
 *       rewrite recall unchanged (benchmarks/README.md).
 *   <li><b>Clustering.</b> Pairs scoring at least {@link Builder#edgeThreshold(double)} form a
 *       graph; average-link agglomerative clustering merges the two clusters of highest average
 *       pairwise score (absent pairs count 0) while that average is at least {@link
 *       Builder#mergeThreshold(double)}. Unlike single-link, one article that resembles two
 *       stories does not chain them together.
 * </ol>
 *
 * <p><b>Determinism.</b> The candidate relation (every pair, or a shared band), the scores (functions of the two
 * articles and of document frequencies over the whole input) and the clustering (ties broken by
 * {@link org.tahqiq.dedup.ArticleOrder}) depend only on the set of articles, never on their order.
 * Near-duplicates score near 1 and always land in the same event cluster: a pair whose cosine is
 * at least {@value #COPY_COSINE} is one text copied, whatever days, places or headline its copies
 * carry (a wire story republished the next day resolves its "اليوم" to another date), so no
 * factor of evidence applies to it, only the time factor with the full {@link
 * Builder#timeTolerance(Duration) time tolerance}.
 *
 * <p><b>Bad input.</b> Duplicate ids are rejected. Articles with fewer than {@link
 * Builder#minTerms(int)} distinct terms (empty, boilerplate only, a few words) are singletons and
 * never joined by emptiness. Articles without a time get no time factor.
 *
 * <p>Immutable and thread-safe; {@link #cluster(Collection)} may be called concurrently. For a
 * live feed, {@link #newStream()} or {@link #newStream(Duration)} give an {@link EventStream}.
 */
public final class EventClusterer {

  /** Default number of MinHash components. */
  public static final int DEFAULT_NUM_COMPONENTS = 128;
  /**
   * Default Jaccard similarity of specific-term sets that the candidate index must find with
   * probability at least {@code 1 −} {@value #DEFAULT_CANDIDATE_MISS_PROBABILITY}; see the class
   * documentation for how it was measured.
   */
  public static final double DEFAULT_CANDIDATE_THRESHOLD = 0.12;
  /** Default largest probability that the candidate index misses a pair at the candidate threshold. */
  public static final double DEFAULT_CANDIDATE_MISS_PROBABILITY = 0.001;
  /** Default largest number of independent LSH tables. */
  public static final int DEFAULT_MAX_TABLES = 8;
  /**
   * Default number of held articles up to which every pair is compared exactly, without the
   * candidate index.
   */
  public static final int DEFAULT_EXACT_COMPARISON_LIMIT = 2000;
  /** Default largest background document fraction of a term that enters the signature. */
  public static final double DEFAULT_SIGNATURE_MAX_DOCUMENT_FRACTION = 0.02;
  /** Default smallest score of a graph edge. */
  public static final double DEFAULT_EDGE_THRESHOLD = 0.1;
  /** Default smallest average score at which two clusters merge. */
  public static final double DEFAULT_MERGE_THRESHOLD = 0.3;
  /** Default time difference up to which the time factor is 1. */
  public static final Duration DEFAULT_TIME_TOLERANCE = Duration.ofDays(2);
  /**
   * Default time difference up to which the time factor is 1 for two articles that do not report
   * a common day (see {@link Builder#unsharedDayTolerance(Duration)}).
   */
  public static final Duration DEFAULT_UNSHARED_DAY_TOLERANCE = Duration.ofDays(1);
  /** Default time over which the time factor halves beyond the tolerance. */
  public static final Duration DEFAULT_TIME_HALF_LIFE = Duration.ofDays(1);
  /** Default smallest number of distinct terms of a clustered article. */
  public static final int DEFAULT_MIN_TERMS = 8;

  /**
   * Default factor applied to the score of two articles whose reported days are disjoint (see
   * {@link Builder#disjointDaysFactor(double)}).
   */
  public static final double DEFAULT_DISJOINT_DAYS_FACTOR = 0.5;
  /**
   * Default factor applied to the score of two articles that name places and share none (see
   * {@link Builder#disjointPlacesFactor(double)}).
   */
  public static final double DEFAULT_DISJOINT_PLACES_FACTOR = 0.5;
  /**
   * Default factor applied to the score of two articles whose headlines name nothing specific in
   * common with the other's headline and lead (see {@link Builder#disjointHeadlinesFactor(double)}).
   */
  public static final double DEFAULT_DISJOINT_HEADLINES_FACTOR = 0.5;
  /** How many of the story's first kept terms form its lead, for the headlines rule. */
  static final int LEAD_TERMS = 30;
  /** Fewest terms a title has to have to make a claim, for the headlines rule. */
  static final int MIN_HEADLINE_TERMS = 2;
  /**
   * Cosine from which a pair is one text copied and exempt from the factors of evidence (see the
   * class documentation): the score of a wire story and an outlet's lightly edited copy.
   */
  static final double COPY_COSINE = 0.8;
  /**
   * Hours after midnight, on an article's own clock, in which its publication does not make its
   * latest reported day a report of the day (see {@link #daysFactor}).
   */
  static final int NIGHT_HOURS = 6;
  /** How many days before its publication an article's day-exact time claims count as reported days. */
  static final int REPORTED_DAYS_BACK = 3;

  /** Marks an article without publication time. */
  static final long NO_TIME = Long.MIN_VALUE;

  private final TextPipeline pipeline;
  /** The time claims of the reported-days rule, read as the pipeline's stemmer reads words. */
  private final FactExtractor extractor;
  private final IdfTable background;
  private final boolean learnIdfFromInput;
  private final MinHashPolicy policy;
  private final LshTables lshTables;
  /** One policy per table: the configured one first, then independent seeds derived from it. */
  private final MinHashPolicy[] tablePolicies;
  private final double candidateThreshold;
  private final double candidateMissProbability;
  private final int exactComparisonLimit;
  private final double signatureMaxDocumentFraction;
  private final double edgeThreshold;
  private final double mergeThreshold;
  private final Duration timeTolerance;
  private final Duration unsharedDayTolerance;
  private final Duration timeHalfLife;
  private final int minTerms;
  private final long maxSignatureDf;
  private final double disjointDaysFactor;
  private final double disjointPlacesFactor;
  private final double disjointHeadlinesFactor;

  private EventClusterer(Builder b) {
    this.pipeline = b.pipeline;
    this.extractor = FactExtractor.defaults().protecting(b.pipeline.shingler().stemmer());
    this.background = b.background != null ? b.background : IdfTable.defaults();
    this.learnIdfFromInput = b.learnIdfFromInput;
    this.policy = b.policy != null ? b.policy : MinHashPolicy.defaults(DEFAULT_NUM_COMPONENTS);
    this.candidateThreshold = b.candidateThreshold;
    this.candidateMissProbability = b.candidateMissProbability;
    this.exactComparisonLimit = b.exactComparisonLimit;
    this.lshTables = b.lshTables != null
        ? b.lshTables
        : LshTables.forRecall(candidateThreshold, candidateMissProbability, policy.k(), b.maxTables);
    if (lshTables.perTable().componentsUsed() > policy.k()) {
      throw new IllegalArgumentException(
          "LSH parameters " + lshTables + " need more than the policy's k=" + policy.k() + " components");
    }
    this.tablePolicies = new MinHashPolicy[lshTables.tables()];
    for (int t = 0; t < tablePolicies.length; t++) {
      tablePolicies[t] = t == 0 ? policy : MinHashPolicy.create(policy.scheme(), policy.k(), tableSeed(policy.seed(), t));
    }
    this.signatureMaxDocumentFraction = b.signatureMaxDocumentFraction;
    this.edgeThreshold = b.edgeThreshold;
    this.mergeThreshold = b.mergeThreshold;
    if (mergeThreshold < edgeThreshold) {
      throw new IllegalArgumentException(
          "mergeThreshold " + mergeThreshold + " must not be below edgeThreshold " + edgeThreshold);
    }
    this.timeTolerance = b.timeTolerance;
    // Never above the time tolerance: a caller who shortens that shortens both.
    this.unsharedDayTolerance = b.unsharedDayTolerance.compareTo(timeTolerance) > 0 ? timeTolerance : b.unsharedDayTolerance;
    this.timeHalfLife = b.timeHalfLife;
    this.minTerms = b.minTerms;
    this.disjointDaysFactor = b.disjointDaysFactor;
    this.disjointPlacesFactor = b.disjointPlacesFactor;
    this.disjointHeadlinesFactor = b.disjointHeadlinesFactor;
    this.maxSignatureDf = (long) Math.floor(signatureMaxDocumentFraction * background.documentCount());
  }

  /** A clusterer with every default. */
  public static EventClusterer defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Clusters {@code articles}; ids must be distinct.
   *
   * @throws IllegalArgumentException naming a repeated id
   */
  public ClusteringResult cluster(Collection<Article> articles) {
    Objects.requireNonNull(articles, "articles must not be null");
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      Objects.requireNonNull(a, "articles must not contain null");
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate article id '" + a.id() + "'");
      }
    }
    // Text processing runs in parallel; the stream's state is then built sequentially. Neither the
    // insertion order nor the thread schedule can change the result (see class documentation).
    return cluster(articles.parallelStream().map(this::features).toList());
  }

  /**
   * Clusters articles already run through this clusterer's {@link #pipeline()} (ids must be
   * distinct): the same result as {@link #cluster} on their articles, without processing them
   * again.
   *
   * @throws IllegalArgumentException naming a repeated id
   */
  public ClusteringResult clusterProcessed(List<ProcessedArticle> processed) {
    ProcessedArticle.requireDistinctIds(processed);
    return cluster(processed.parallelStream().map(this::features).toList());
  }

  private ClusteringResult cluster(List<Features> features) {
    EventStream stream = new EventStream(this, null);
    stream.insertBatch(features);
    return stream.result();
  }

  /** A new, empty stream that keeps every article added. */
  public EventStream newStream() {
    return new EventStream(this, null);
  }

  /**
   * A new, empty stream that retires articles published more than {@code window} before the
   * newest article it has seen; every article added must have a publication time.
   */
  public EventStream newStream(Duration window) {
    Objects.requireNonNull(window, "window must not be null");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    return new EventStream(this, window);
  }

  /** The per-article work that needs no shared state: cleaning, terms, signature. */
  Features features(Article article) {
    return features(pipeline.process(article));
  }

  Features features(ProcessedArticle p) {
    Article article = p.article();
    TermVector terms = TermExtractor.of(pipeline).extract(p, pipeline.normalizer());
    long time = article.published().map(t -> t.toEpochSecond(ZoneOffset.UTC)).orElse(NO_TIME);
    Signature[] signatures = signatures(terms);
    if (signatures == null) {
      return new Features(article, terms, null, time, NO_DAYS, NO_PLACES, NO_TERMS, NO_TERMS);
    }
    ExtractedFacts facts = extractedFacts(p);
    Headline headline = headline(p);
    return new Features(article, terms, signatures, time, reportedDays(p, facts), places(p, facts),
        headline.specific(), headline.lead());
  }

  private static final long[] NO_TERMS = new long[0];

  /**
   * What an article's headline claims, for the headlines rule: the specific terms of its title
   * and the terms of its title and lead, each sorted and distinct (term hashes as in its {@link
   * TermVector}).
   */
  private record Headline(long[] specific, long[] lead) {}

  private static final Headline NO_HEADLINE = new Headline(NO_TERMS, NO_TERMS);

  /**
   * The article's {@link Headline}: none when the rule is off, the article has no title, its title
   * has fewer than {@value #MIN_HEADLINE_TERMS} terms or none of them specific (see {@link
   * Builder#disjointHeadlinesFactor}).
   */
  private Headline headline(ProcessedArticle p) {
    if (disjointHeadlinesFactor >= 1.0 || p.article().title().isEmpty()) {
      return NO_HEADLINE;
    }
    TermExtractor extractor = TermExtractor.of(pipeline);
    String title = pipeline.normalizer().normalize(p.article().title().get());
    long[] terms = extractor.titleTerms(title);
    if (terms.length < MIN_HEADLINE_TERMS) {
      return NO_HEADLINE;
    }
    long[] specific = Arrays.stream(terms).filter(this::isSpecific).toArray();
    if (specific.length == 0) {
      return NO_HEADLINE;
    }
    return new Headline(specific, extractor.leadTerms(title, p.analysis(), LEAD_TERMS));
  }

  /**
   * The fact extractor's mentions of the article, when a rule of evidence needs them (one
   * extraction serves both); null when both rules are off or extraction fails (one odd article
   * never stops a run: it then carries no days and no places, and neither rule applies to it).
   */
  private ExtractedFacts extractedFacts(ProcessedArticle p) {
    boolean days = usesReportedDays() && p.article().published().isPresent();
    if (!days && disjointPlacesFactor >= 1.0) {
      return null;
    }
    try {
      return extractor.extract(p.analysis(), p.article().published());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final long[] NO_PLACES = new long[0];
  /** Seed of the 64-bit place keys (Komihash 5.0 over the entity id's UTF-16 chars). */
  static final long PLACE_SEED = 0x7461_6871_6971_0050L;

  /**
   * The places an article claims for its event, sorted, distinct: none unless its title names a
   * place of the gazetteer ({@link Gazetteer#defaults()}, through {@link FactExtractor#defaults()}:
   * countries, capitals and large cities, Egypt's governorates and large towns); then the keys of
   * every gazetteer place named in the title or the story. The title is the claim (a headline that
   * says where, "ضبط 400 لتر سولار بالإسماعيلية", reports a local event; one that does not,
   * "وزير التموين يبحث سعر الدقيق", makes no claim of place); the story's places let two reports of
   * one event meet although the gazetteer knows no hierarchy: "الدوحة" in one title and "قطر" in
   * the other rarely stand without the other in the text. Measured on the 40k corpus, places of
   * the title and first sentence alone split five times as many pairs, a third of them reports of
   * one event (a city against its country or governorate). A resolved mention counts when its
   * entity is a place, an unresolved one when every entity with its name key is a place (all of
   * them count). Spelling variants and clitics ("بالجيزة", "والجيزه") are one name key, so one
   * place. Empty when the rule is off, the article has no title, or extraction failed.
   */
  long[] places(ProcessedArticle p, ExtractedFacts facts) {
    if (disjointPlacesFactor >= 1.0 || facts == null || p.article().title().isEmpty()) {
      return NO_PLACES;
    }
    PlaceKeys keys = new PlaceKeys();
    try {
      keys.addPlacesOf(extractor.extract(
          pipeline.normalizer().normalize(MappedText.identity(p.article().title().get())),
          p.article().published()).entities());
    } catch (RuntimeException e) {
      return NO_PLACES;
    }
    if (keys.size == 0) {
      return NO_PLACES; // the title does not say where: no claim of place
    }
    keys.addPlacesOf(facts.entities());
    return keys.sortedDistinct();
  }

  /** A growing set of place keys. */
  private static final class PlaceKeys {
    long[] keys = new long[8];
    int size;

    /** Adds the places of the mentions (see {@link #places}). */
    void addPlacesOf(List<EntityMention> mentions) {
      for (EntityMention m : mentions) {
        List<EntityRef> refs = m.entity().map(List::of).orElseGet(() -> Gazetteer.defaults().entitiesNamed(m.nameKey()));
        if (refs.isEmpty() || !refs.stream().allMatch(r -> r.type() == EntityType.PLACE)) {
          continue;
        }
        for (EntityRef r : refs) {
          if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
          }
          keys[size++] = placeKey(r.id());
        }
      }
    }

    long[] sortedDistinct() {
      return Arrays.stream(keys, 0, size).sorted().distinct().toArray();
    }
  }

  /** The 64-bit key of a place entity id. */
  static long placeKey(String entityId) {
    return PLACE_HASHER.hashCharsToLong(entityId);
  }

  private static final Hasher64 PLACE_HASHER = Hashing.komihash5_0(PLACE_SEED);

  /**
   * The candidate tables' signatures of an article with these terms, one per table, or null when it
   * has too few terms to be clustered: a function of the terms and this clusterer alone (so a saved
   * stream need not store them).
   */
  Signature[] signatures(TermVector terms) {
    if (terms.size() < minTerms) {
      return null;
    }
    long[] specific = specificTerms(terms);
    // An article made only of common words still gets a signature of all its terms, so it can
    // meet its near-duplicates.
    long[] signed = specific.length > 0 ? specific : terms.termsCopy();
    Signature[] signatures = new Signature[tablePolicies.length];
    for (int t = 0; t < signatures.length; t++) {
      signatures[t] = tablePolicies[t].newHasher().sign(signed);
    }
    return signatures;
  }

  private static final long[] NO_DAYS = new long[0];

  /** Whether a rule needs the reported days: the disjoint-days factor or the shorter unshared-day tolerance. */
  private boolean usesReportedDays() {
    return disjointDaysFactor < 1.0 || unsharedDayTolerance.compareTo(timeTolerance) < 0;
  }

  /**
   * The days an article reports: the epoch days of its day-exact time claims ("اليوم الثلاثاء",
   * "أمس", "19 يونيو") resolved against its publication date, from {@value #REPORTED_DAYS_BACK}
   * days before publication to the publication day; sorted, distinct. Announcements of later days
   * and references to the past are left out. Empty without a publication time, when the rule is
   * off, or when extraction failed (one odd article never stops a run).
   */
  private long[] reportedDays(ProcessedArticle p, ExtractedFacts facts) {
    if (!usesReportedDays() || p.article().published().isEmpty() || facts == null) {
      return NO_DAYS;
    }
    try {
      java.time.LocalDate published = p.article().published().get().toLocalDate();
      long last = published.toEpochDay();
      long first = last - REPORTED_DAYS_BACK;
      long[] days = new long[8];
      int n = 0;
      for (TimeMention m : facts.times()) {
        TimeValue.Interval iv = m.value().resolve(published);
        if (iv.granularity() != Granularity.DAY || iv.endExclusive().toEpochDay() - iv.start().toEpochDay() != 1) {
          continue;
        }
        long day = iv.start().toEpochDay();
        if (day >= first && day <= last) {
          if (n == days.length) {
            days = Arrays.copyOf(days, n * 2);
          }
          days[n++] = day;
        }
      }
      long[] out = Arrays.stream(days, 0, n).sorted().distinct().toArray();
      return out.length == 0 ? NO_DAYS : out;
    } catch (RuntimeException e) {
      return NO_DAYS;
    }
  }

  /**
   * The evidence factor of two articles' reported days (sorted, see {@link #reportedDays}) and
   * publication times (epoch seconds of their own clock, or {@link #NO_TIME}): {@link
   * Builder#disjointDaysFactor} when both report days and none is shared, or when both are
   * reports of the day — the latest day each reports is the day it was published, outside the
   * first {@value #NIGHT_HOURS} hours — of different days (two developments of one story, or two
   * same-beat stories, of different days); else 1.
   */
  double daysFactor(long timeA, long[] daysA, long timeB, long[] daysB) {
    if (disjoint(daysA, daysB)) {
      return disjointDaysFactor;
    }
    long dayA = reportOfTheDay(timeA, daysA);
    long dayB = reportOfTheDay(timeB, daysB);
    return dayA != NO_DAY && dayB != NO_DAY && dayA != dayB ? disjointDaysFactor : 1.0;
  }

  /** Marks an article that is no report of the day. */
  private static final long NO_DAY = Long.MIN_VALUE;

  /**
   * The epoch day of which an article is a report of the day: its publication day, when that is
   * the latest day it reports and it was not published in the first {@value #NIGHT_HOURS} hours;
   * else {@link #NO_DAY}.
   */
  private static long reportOfTheDay(long time, long[] days) {
    if (time == NO_TIME || days.length == 0) {
      return NO_DAY;
    }
    long day = Math.floorDiv(time, SECONDS_PER_DAY);
    boolean night = Math.floorMod(time, SECONDS_PER_DAY) < NIGHT_HOURS * SECONDS_PER_HOUR;
    return !night && days[days.length - 1] == day ? day : NO_DAY;
  }

  private static final long SECONDS_PER_HOUR = 3_600L;
  private static final long SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;

  /**
   * The evidence factor of two articles' {@linkplain #places places}: {@link
   * Builder#disjointPlacesFactor} when both claim places and share none (one template incident in
   * two towns, one beat's stories of two governorates), else 1.
   */
  double placesFactor(long[] a, long[] b) {
    return disjoint(a, b) ? disjointPlacesFactor : 1.0;
  }

  /**
   * The evidence factor of two articles' {@linkplain #headline headlines}: {@link
   * Builder#disjointHeadlinesFactor} when both titles make a claim and neither names a specific
   * term of the other's title or lead, else 1.
   */
  double headlinesFactor(Features a, Features b) {
    return disjoint(a.headlineTerms(), b.leadTerms()) && disjoint(b.headlineTerms(), a.leadTerms())
        ? disjointHeadlinesFactor : 1.0;
  }

  /** Both sorted sets non-empty and without a common element. */
  private static boolean disjoint(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return false;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return true;
  }

  /** The article's terms that are rare in the background: what its candidate signatures hold. */
  long[] specificTerms(TermVector terms) {
    long[] specific = new long[terms.size()];
    int n = 0;
    for (int i = 0; i < terms.size(); i++) {
      if (isSpecific(terms.term(i))) {
        specific[n++] = terms.term(i);
      }
    }
    return Arrays.copyOf(specific, n);
  }

  /** Whether a term is rare in the background (every term is, without a background). */
  private boolean isSpecific(long term) {
    return background.documentCount() == 0 || background.documentFrequency(term) <= maxSignatureDf;
  }

  /**
   * The hash seed of table {@code t ≥ 1}: the policy's seed plus {@code t} times the 64-bit golden
   * ratio, passed through MurmurHash3's {@code fmix64}, so that tables are independent and a
   * policy always gives the same tables.
   */
  static long tableSeed(long seed, int t) {
    long z = seed + t * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  /**
   * The time factor for two publication times in epoch seconds ({@link #NO_TIME} for none): 1
   * when either is unknown or they are at most the tolerance apart, then {@code 2^(-(Δ −
   * tolerance) / halfLife)}.
   */
  double timeFactor(long a, long b) {
    return timeFactor(a, b, timeTolerance.getSeconds());
  }

  /**
   * The time factor of a scored pair: with {@link Builder#timeTolerance} when the two articles
   * report a common day (their own claims confirm one event day), else with the shorter {@link
   * Builder#unsharedDayTolerance}. Never above {@link #timeFactor(long, long)}, which therefore
   * bounds it for pruning and the edge horizon.
   */
  double timeFactor(long a, long b, long[] daysA, long[] daysB) {
    boolean shared = daysA.length > 0 && daysB.length > 0 && !disjoint(daysA, daysB);
    return timeFactor(a, b, shared ? timeTolerance.getSeconds() : unsharedDayTolerance.getSeconds());
  }

  private double timeFactor(long a, long b, long toleranceSeconds) {
    if (a == NO_TIME || b == NO_TIME) {
      return 1.0;
    }
    long delta = Math.abs(a - b);
    long excess = delta - toleranceSeconds;
    if (excess <= 0) {
      return 1.0;
    }
    return Math.pow(2.0, -(double) excess / timeHalfLife.getSeconds());
  }

  /**
   * The largest time difference, in seconds, at which the time factor still reaches the edge
   * threshold: {@code tolerance + halfLife · log2(1 / edgeThreshold)}, rounded up, at least one
   * second. Pairs further apart are never edges.
   */
  long edgeHorizonSeconds() {
    double halfLives = Math.log(1.0 / edgeThreshold) / Math.log(2.0);
    double horizon = timeTolerance.getSeconds() + Math.ceil(halfLives * timeHalfLife.getSeconds());
    return (long) Math.max(1, Math.min(horizon, (double) (Long.MAX_VALUE / 4)));
  }

  /**
   * What clustering keeps of one article: its terms, one candidate signature per LSH table (null
   * when the article is too short to be clustered), its publication time, its reported days and
   * the places it names (both sorted; see {@link #reportedDays} and {@link #places}).
   */
  record Features(Article article, TermVector terms, Signature[] signatures, long time, long[] reportedDays,
      long[] places, long[] headlineTerms, long[] leadTerms) {
    /** No signatures left, in a clusterable article's features once it is in the index. */
    private static final Signature[] INDEXED = new Signature[0];

    boolean tooShort() {
      return signatures == null;
    }

    /**
     * These features without their candidate signatures (still not {@link #tooShort()} if these
     * were not): what a held article keeps once the index has copied its band values, which is
     * 4 bytes per component and table that the stream need not hold twice.
     */
    Features withoutSignatures() {
      return signatures == null || signatures.length == 0 ? this
          : new Features(article, terms, INDEXED, time, reportedDays, places, headlineTerms, leadTerms);
    }
  }

  public TextPipeline pipeline() {
    return pipeline;
  }

  /** The background document frequencies. */
  public IdfTable background() {
    return background;
  }

  public boolean learnsIdfFromInput() {
    return learnIdfFromInput;
  }

  public MinHashPolicy policy() {
    return policy;
  }

  /** The banding of each candidate table. */
  public LshParameters lshParameters() {
    return lshTables.perTable();
  }

  /** The candidate tables: how many, and the banding of each. */
  public LshTables lshTables() {
    return lshTables;
  }

  /** The MinHash policy of candidate table {@code t} (0 is {@link #policy()}). */
  MinHashPolicy tablePolicy(int t) {
    return tablePolicies[t];
  }

  public double candidateThreshold() {
    return candidateThreshold;
  }

  public double candidateMissProbability() {
    return candidateMissProbability;
  }

  /** Number of held articles up to which every pair is compared without the candidate index. */
  public int exactComparisonLimit() {
    return exactComparisonLimit;
  }

  public double signatureMaxDocumentFraction() {
    return signatureMaxDocumentFraction;
  }

  public double edgeThreshold() {
    return edgeThreshold;
  }

  public double mergeThreshold() {
    return mergeThreshold;
  }

  public Duration timeTolerance() {
    return timeTolerance;
  }

  public Duration unsharedDayTolerance() {
    return unsharedDayTolerance;
  }

  public Duration timeHalfLife() {
    return timeHalfLife;
  }

  public int minTerms() {
    return minTerms;
  }

  public double disjointDaysFactor() {
    return disjointDaysFactor;
  }

  public double disjointPlacesFactor() {
    return disjointPlacesFactor;
  }

  public double disjointHeadlinesFactor() {
    return disjointHeadlinesFactor;
  }

  @Override
  public String toString() {
    return "EventClusterer[all pairs up to " + exactComparisonLimit + " articles, else candidates "
        + lshTables.tables() + " × " + lshTables.perTable() + " (miss(J=" + candidateThreshold + ")="
        + String.format(Locale.ROOT, "%.1e", lshTables.missProbability(candidateThreshold)) + "), edge>="
        + edgeThreshold + ", merge>=" + mergeThreshold + ", time " + timeTolerance + "+" + timeHalfLife
        + " half-life, background " + background + (learnIdfFromInput ? " + input" : "") + "]";
  }

  /** Builder for {@link EventClusterer}; not thread-safe. Invalid values fail at once, naming them. */
  public static final class Builder {
    private TextPipeline pipeline = TextPipeline.defaults();
    private IdfTable background;
    private boolean learnIdfFromInput = true;
    private MinHashPolicy policy;
    private LshTables lshTables;
    private double candidateThreshold = DEFAULT_CANDIDATE_THRESHOLD;
    private double candidateMissProbability = DEFAULT_CANDIDATE_MISS_PROBABILITY;
    private int maxTables = DEFAULT_MAX_TABLES;
    private int exactComparisonLimit = DEFAULT_EXACT_COMPARISON_LIMIT;
    private double signatureMaxDocumentFraction = DEFAULT_SIGNATURE_MAX_DOCUMENT_FRACTION;
    private double edgeThreshold = DEFAULT_EDGE_THRESHOLD;
    private double mergeThreshold = DEFAULT_MERGE_THRESHOLD;
    private Duration timeTolerance = DEFAULT_TIME_TOLERANCE;
    private Duration unsharedDayTolerance = DEFAULT_UNSHARED_DAY_TOLERANCE;
    private Duration timeHalfLife = DEFAULT_TIME_HALF_LIFE;
    private int minTerms = DEFAULT_MIN_TERMS;
    private double disjointDaysFactor = DEFAULT_DISJOINT_DAYS_FACTOR;
    private double disjointPlacesFactor = DEFAULT_DISJOINT_PLACES_FACTOR;
    private double disjointHeadlinesFactor = DEFAULT_DISJOINT_HEADLINES_FACTOR;

    private Builder() {}

    /** The text pipeline that cleans and normalizes each article. */
    public Builder pipeline(TextPipeline pipeline) {
      this.pipeline = Objects.requireNonNull(pipeline, "pipeline must not be null");
      return this;
    }

    /**
     * Background document frequencies (default {@link IdfTable#defaults()}); {@link
     * IdfTable#empty()} to learn from the input alone.
     */
    public Builder background(IdfTable background) {
      this.background = Objects.requireNonNull(background, "background must not be null");
      return this;
    }

    /**
     * Whether the input's own document frequencies are added to the background (default {@code
     * true}); for a stream, those of the articles currently held.
     */
    public Builder learnIdfFromInput(boolean learn) {
      this.learnIdfFromInput = learn;
      return this;
    }

    /** The MinHash scheme, k and seed of the candidate signatures; default {@code defaults(128)}. */
    public Builder minHashPolicy(MinHashPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * Jaccard similarity of specific-term sets, in (0, 1), at which a pair must become a candidate
     * with probability at least {@code 1 − }{@link #candidateMissProbability(double) the miss
     * probability} (default {@value EventClusterer#DEFAULT_CANDIDATE_THRESHOLD}, measured as
     * explained in the class documentation). Lower finds more, costs more tables.
     */
    public Builder candidateThreshold(double threshold) {
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("candidateThreshold must be in (0, 1): " + threshold);
      }
      this.candidateThreshold = threshold;
      return this;
    }

    /**
     * Largest probability, in (0, 1), that the candidate index misses a pair whose specific-term
     * Jaccard similarity is the {@linkplain #candidateThreshold candidate threshold} (default
     * {@value EventClusterer#DEFAULT_CANDIDATE_MISS_PROBABILITY}); the tables are chosen by {@link
     * LshTables#forRecall}.
     */
    public Builder candidateMissProbability(double probability) {
      if (!(probability > 0 && probability < 1)) {
        throw new IllegalArgumentException("candidateMissProbability must be in (0, 1): " + probability);
      }
      this.candidateMissProbability = probability;
      return this;
    }

    /**
     * Largest number of independent candidate tables, each with its own signature of the policy's
     * k components, at least 1 (default {@value EventClusterer#DEFAULT_MAX_TABLES}).
     */
    public Builder maxTables(int maxTables) {
      if (maxTables < 1) {
        throw new IllegalArgumentException("maxTables must be at least 1: " + maxTables);
      }
      this.maxTables = maxTables;
      return this;
    }

    /**
     * Collections (or streams) of at most this many articles compare every pair exactly, with no
     * candidate index, so nothing depends on MinHash seeds; at least 0, where 0 always uses the
     * index (default {@value EventClusterer#DEFAULT_EXACT_COMPARISON_LIMIT}: 2,000 articles are
     * about two million pair scores, a second or two on one core).
     */
    public Builder exactComparisonLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("exactComparisonLimit must not be negative: " + limit);
      }
      this.exactComparisonLimit = limit;
      return this;
    }

    /** Explicit LSH bands × rows of one table; by default the tables follow {@link LshTables#forRecall}. */
    public Builder lshParameters(LshParameters parameters) {
      this.lshTables = LshTables.single(Objects.requireNonNull(parameters, "parameters must not be null"));
      return this;
    }

    /** Explicit candidate tables; by default chosen by {@link LshTables#forRecall}. */
    public Builder lshTables(LshTables tables) {
      this.lshTables = Objects.requireNonNull(tables, "tables must not be null");
      return this;
    }

    /**
     * Terms in more than this fraction of background documents are left out of the candidate
     * signature, in (0, 1] (default {@value #DEFAULT_SIGNATURE_MAX_DOCUMENT_FRACTION}; 1 keeps
     * all). Scores always use all terms.
     */
    public Builder signatureMaxDocumentFraction(double fraction) {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new IllegalArgumentException("signatureMaxDocumentFraction must be in (0, 1]: " + fraction);
      }
      this.signatureMaxDocumentFraction = fraction;
      return this;
    }

    /** Smallest score of a graph edge, in (0, 1] (default {@value #DEFAULT_EDGE_THRESHOLD}). */
    public Builder edgeThreshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("edgeThreshold must be in (0, 1]: " + threshold);
      }
      this.edgeThreshold = threshold;
      return this;
    }

    /**
     * Smallest average pairwise score at which two clusters merge, in (0, 1], not below the edge
     * threshold (default {@value #DEFAULT_MERGE_THRESHOLD}).
     */
    public Builder mergeThreshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("mergeThreshold must be in (0, 1]: " + threshold);
      }
      this.mergeThreshold = threshold;
      return this;
    }

    /**
     * Time difference up to which the time factor is 1 for two articles that report a common day
     * (see {@link #unsharedDayTolerance}); not negative (default 2 days). It also sets the edge
     * horizon, the largest gap at which two articles are compared.
     */
    public Builder timeTolerance(Duration tolerance) {
      this.timeTolerance = nonNegative("timeTolerance", tolerance);
      return this;
    }

    /**
     * Time difference up to which the time factor is 1 for two articles that do not both report
     * a common day (their own time claims, as for {@link #disjointDaysFactor}); not negative; the
     * {@link #timeTolerance} when that is shorter (default {@link #DEFAULT_UNSHARED_DAY_TOLERANCE}, 1
     * day). Agreeing day claims are evidence of one event reported over several days ("أمس الأربعاء" on Thursday,
     * "الأربعاء" on Friday); without it, two same-beat stories published two days apart are more
     * often two events (a remand and its renewal, two statements of one front, forecasts of two
     * days). Equal to {@link #timeTolerance} turns the distinction off.
     */
    public Builder unsharedDayTolerance(Duration tolerance) {
      this.unsharedDayTolerance = nonNegative("unsharedDayTolerance", tolerance);
      return this;
    }

    private static Duration nonNegative(String name, Duration d) {
      Objects.requireNonNull(d, name + " must not be null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + d);
      }
      return d;
    }

    /** Time over which the factor halves beyond the tolerance; at least one second (default 1 day). */
    public Builder timeHalfLife(Duration halfLife) {
      Objects.requireNonNull(halfLife, "timeHalfLife must not be null");
      if (halfLife.getSeconds() < 1) {
        throw new IllegalArgumentException("timeHalfLife must be at least one second: " + halfLife);
      }
      this.timeHalfLife = halfLife;
      return this;
    }

    /** Articles with fewer distinct terms are singletons; at least 1 (default {@value #DEFAULT_MIN_TERMS}). */
    public Builder minTerms(int minTerms) {
      if (minTerms < 1) {
        throw new IllegalArgumentException("minTerms must be at least 1: " + minTerms);
      }
      this.minTerms = minTerms;
      return this;
    }

    /**
     * Factor, in (0, 1], applied to the score of two articles that both report day-exact dates
     * (their own time claims, resolved against publication, up to three days before it) and share
     * none of them, or that are both reports of the day of different days (default {@value
     * EventClusterer#DEFAULT_DISJOINT_DAYS_FACTOR}; see {@link EventClusterer}): disjoint event
     * days are evidence of two events, and a developing story is split by the day its articles
     * report. 1 turns the rule off (and skips the time-claim extraction).
     */
    public Builder disjointDaysFactor(double factor) {
      this.disjointDaysFactor = evidenceFactor("disjointDaysFactor", factor);
      return this;
    }

    /**
     * Factor, in (0, 1], applied to the score of two articles whose titles both name a place of
     * the gazetteer ({@link Gazetteer#defaults()}: countries, capitals and large cities, Egypt's
     * governorates and large towns) and which share no gazetteer place in title or story (default
     * {@value EventClusterer#DEFAULT_DISJOINT_PLACES_FACTOR}): one template incident reported from
     * two towns ("ضبط 400 لتر سولار بالإسماعيلية", "ضبط 900 لتر سولار بالمنيا") is two events,
     * however alike the words. Two reports of one event name its place in their own spellings and
     * clitics, which are one name key. 1 turns the rule off (and, with the days rule off too,
     * skips the fact extraction).
     */
    public Builder disjointPlacesFactor(double factor) {
      this.disjointPlacesFactor = evidenceFactor("disjointPlacesFactor", factor);
      return this;
    }

    /**
     * Factor, in (0, 1], applied to the score of two articles whose titles both make a claim (at
     * least {@value EventClusterer#MIN_HEADLINE_TERMS} terms, one of them specific: in at most
     * {@link #signatureMaxDocumentFraction(double)} of the background documents) and neither of
     * which names a specific term of the other's title or first {@value EventClusterer#LEAD_TERMS}
     * story terms (default {@value EventClusterer#DEFAULT_DISJOINT_HEADLINES_FACTOR}): two reports
     * of one event share one of its rare words between headline and lead, two stories of one beat
     * and day often share only the beat's words. 1 turns the rule off.
     */
    public Builder disjointHeadlinesFactor(double factor) {
      this.disjointHeadlinesFactor = evidenceFactor("disjointHeadlinesFactor", factor);
      return this;
    }

    /** A factor of evidence against one event: in (0, 1], 1 meaning the rule is off. */
    private static double evidenceFactor(String name, double factor) {
      if (!(factor > 0 && factor <= 1)) {
        throw new IllegalArgumentException(name + " must be in (0, 1]: " + factor);
      }
      return factor;
    }

    public EventClusterer build() {
      return new EventClusterer(this);
    }
  }
}
