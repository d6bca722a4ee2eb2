package org.tahqiq.diff;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tahqiq.dedup.UnionFind;
import org.tahqiq.article.Article;
import org.tahqiq.clean.Removal;
import org.tahqiq.cluster.IdfTable;
import org.tahqiq.clean.RemovalReason;
import org.tahqiq.facts.ExtractedFacts;
import org.tahqiq.facts.FactExtractor;
import org.tahqiq.facts.Granularity;
import org.tahqiq.facts.QuantityKind;
import org.tahqiq.facts.QuantityMention;
import org.tahqiq.facts.QuantityValue;
import org.tahqiq.facts.TimeMention;
import org.tahqiq.facts.TimeValue;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.token.LexiconLines;
import org.tahqiq.token.Stopwords;

/**
 * Lines up what several articles claim and says where they agree, refine each other, or conflict —
 * for one event cluster or any set of articles the caller chooses.
 *
 * <p>How claims are compared: the value mentions of each article (times, quantities, people; see
 * {@link FactExtractor}) are compared only when they are about the same thing. Two mentions of
 * the same kind are <em>aligned</em> when the content words around them (stems, stopwords and the
 * values themselves left out; one-letter transliteration variants of long words count as equal)
 * overlap enough: the alignment score is the mean of the Dice overlap of the two sentences and of
 * the words next to the mentions. Each mention aligns with at most one mention per other article
 * (best score first), and aligned mentions form facts whose outcome is decided by their values:
 * equal → {@link Outcome#AGREE}, nested intervals or ranges → {@link Outcome#REFINES}, overlap of
 * an approximate value → {@link Outcome#APPROX_AGREE}, disjoint → {@link Outcome#CONFLICT}. A
 * conflict needs a stronger alignment ({@link Builder#conflictAlignment(double)}) than an
 * agreement, because a false conflict costs a fact-checker more than a missed one. Ranks (ordinals)
 * align only when they count the same noun.
 *
 * <p>People are compared by role: when two well-aligned sentences each name one person that the
 * other article never names, and the two share a name (كيم جونغ إيل / كيم إيل سونغ) or the words
 * that introduce them ("آنذاك"), that is an {@link ConflictKind#ENTITY} conflict. Spelling
 * variants of one person across sources are reported as an agreement. With lexical conflicts on
 * (the default), a rare word both sentences share but qualify with different nouns that the other
 * source never uses ("درع أميرال" / "خنجراً للأدميرال") is reported as a {@link
 * ConflictKind#LEXICAL} conflict of lower confidence: a candidate for a human to check.
 *
 * <p>Relative times are resolved against each article's publication time; an article without one
 * falls back to a publication-date line the cleaner removed ("تاريخ النشر: …"), else its relative
 * times stay relative and are compared only with other relative times.
 *
 * <p>Immutable and thread-safe; {@link #diff} may be called concurrently.
 */
public final class FactDiff {

  /** Default minimum alignment score for two claims to be about the same thing. */
  public static final double DEFAULT_ALIGNMENT = 0.22;
  /** Default minimum alignment score for disagreeing claims to be reported as a conflict. */
  public static final double DEFAULT_CONFLICT_ALIGNMENT = 0.4;
  /**
   * Default for {@link Builder#maxSentences(int)}: 40 sentences per article. Of a sample of 4,000
   * articles of the 2013 Egyptian news corpus (every tenth), 27 (0.7 %) have more; the median has
   * 4 and the 99th percentile 35. A news article states its facts in its first paragraphs; a
   * longer one is mostly background, quotes or a transcript.
   */
  public static final int DEFAULT_MAX_SENTENCES = 40;
  /** Minimum sentence overlap for the person and wording rules. */
  static final double ROLE_SENTENCE_OVERLAP = 0.3;
  /** Content words before a value that describe it ("آخر مرة زار فيها بوتين كوريا الشمالية"). */
  static final int WINDOW_BEFORE = 4;
  /** Content words after a value: in Arabic the clause it dates often follows ("في فبراير، أهدى…"). */
  static final int WINDOW_AFTER = 6;
  /** Roles after which a number of years is an age: a death ("توفي عن 80 عاما") or an age word. */
  private static final Set<String> AGE_WORDS = Set.of("KILLED", "AGE");
  /** How many content words on each side of a number are searched for its role. */
  static final int ROLE_DISTANCE = 3;
  /**
   * Two numbers of the same role align with score {@code ROLE_BASE_SCORE + ROLE_OVERLAP_GAIN ·
   * overlap} (or their word score, if higher) when their sentences overlap at least {@code
   * ROLE_MIN_OVERLAP}: "رحيل ميني مي عن عمر 49 عاما" / "وفاة ميني مي عن عمر يناهز 80 عاما".
   */
  static final double ROLE_MIN_OVERLAP = 0.12;
  static final double ROLE_BASE_SCORE = 0.34;
  static final double ROLE_OVERLAP_GAIN = 0.5;

  private final TextPipeline pipeline;
  private final FactExtractor extractor;
  private final double alignment;
  private final double conflictAlignment;
  private final boolean lexicalConflicts;
  private final int maxSentences;
  /** The pipeline's shingler's stemmer and stopwords: the diff stems as dedup and clustering do. */
  private final ArabicLightStemmer stemmer;
  private final Stopwords stopwords;
  private final SynonymClasses synonyms;
  private final Vocabulary vocabulary;
  private final IdfTable background;

  private FactDiff(Builder b) {
    this.background = b.background;
    this.pipeline = b.pipeline;
    this.stemmer = b.pipeline.shingler().stemmer();
    this.stopwords = b.pipeline.shingler().stopwords();
    ArabicNormalizer normalizer = b.pipeline.normalizer();
    if (normalizer == ArabicNormalizer.defaults() && stemmer == ArabicLightStemmer.defaults()) {
      this.synonyms = b.synonyms.build();
      this.vocabulary = b.vocabulary.build(synonyms);
    } else {
      // The lexicons' words are normalized and stemmed as the pipeline does it (a user's
      // protected word stays whole in them too): replay the built-in and added lines.
      SynonymClasses.Loader synonymLoader = new SynonymClasses.Loader(normalizer, stemmer).addDefaults();
      Vocabulary.Loader vocabularyLoader = new Vocabulary.Loader(normalizer, stemmer).addDefaults();
      for (Builder.Addition addition : b.additions) {
        addition.applyTo(synonymLoader, vocabularyLoader);
      }
      this.synonyms = synonymLoader.build();
      this.vocabulary = vocabularyLoader.build(synonyms);
    }
    // The extractor reads words as the pipeline's stemmer does (its protected words stay whole).
    this.extractor = b.extractor.protecting(stemmer);
    this.alignment = b.alignment;
    this.conflictAlignment = Math.max(b.alignment, b.conflictAlignment);
    this.lexicalConflicts = b.lexicalConflicts;
    this.maxSentences = b.maxSentences;
  }

  /** A diff with every default (built once, on first use). */
  public static FactDiff defaults() {
    return Defaults.INSTANCE;
  }

  /** Holder of the default instance, so that its lexicons load only when first asked for. */
  private static final class Defaults {
    static final FactDiff INSTANCE = builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The text pipeline that {@link #diff} runs each article through. */
  public TextPipeline pipeline() {
    return pipeline;
  }

  /** The fact diff of {@code articles} (ids must be distinct), taken as one group. */
  public FactDiffReport diff(Collection<Article> articles) {
    return diff(articles, List.of());
  }

  /**
   * The fact diff of {@code articles} (ids must be distinct), some of which the caller knows to be
   * copies of one story: see {@link #diffProcessed(List, Collection)}.
   */
  public FactDiffReport diff(Collection<Article> articles, Collection<? extends Collection<String>> copyGroups) {
    Objects.requireNonNull(articles, "articles must not be null");
    List<ProcessedArticle> processed = new ArrayList<>(articles.size());
    for (Article a : articles) {
      processed.add(pipeline.process(Objects.requireNonNull(a, "articles must not contain null")));
    }
    return diffProcessed(processed, copyGroups);
  }

  /** The fact diff of articles already run through a {@link TextPipeline}. */
  public FactDiffReport diffProcessed(List<ProcessedArticle> articles) {
    return diffProcessed(articles, List.of());
  }

  /**
   * The fact diff of articles already run through a {@link TextPipeline}, of which the caller knows
   * some to be copies of one story ({@code copyGroups}: groups of article ids, such as the
   * near-duplicate groups of {@code NearDuplicateDetector}; unknown ids are ignored). Copies, given
   * or found by the diff itself (word-shingle Jaccard at least 0.5), resolve relative times
   * against the earliest publication of their group; a time the republisher rewrote for its own
   * date ("اليوم" → "أمس") agrees with the original.
   */
  public FactDiffReport diffProcessed(List<ProcessedArticle> articles, Collection<? extends Collection<String>> copyGroups) {
    Objects.requireNonNull(articles, "articles must not be null");
    Objects.requireNonNull(copyGroups, "copyGroups must not be null");
    Set<String> ids = new HashSet<>();
    for (ProcessedArticle p : articles) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("duplicate article id '" + p.id() + "'");
      }
    }
    List<Optional<LocalDate>> published = new ArrayList<>();
    for (ProcessedArticle p : articles) {
      published.add(publicationDate(p));
    }
    CopyGroups copies = new CopyGroups(articles.stream().map(ProcessedArticle::id).toList(),
        articles.stream().map(ProcessedArticle::shingles).toList(), copyGroups);
    Map<Integer, LocalDate> earliest = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      int g = copies.groupOf(i);
      published.get(i).ifPresent(d -> earliest.merge(g, d, (x, y) -> x.isBefore(y) ? x : y));
    }
    List<ArticleEvidence> evidence = new ArrayList<>();
    StemSets stems = new StemSets();
    Map<String, Integer> notCompared = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      ProcessedArticle p = articles.get(i);
      // A copy's relative times resolve against the earliest publication of its group.
      LocalDate groupEarliest = earliest.get(copies.groupOf(i));
      Optional<LocalDate> anchor = published.get(i).map(d -> groupEarliest);
      ExtractedFacts all = extractor.extract(p.analysis(), anchor.map(LocalDate::atStartOfDay));
      if (all.sentences().size() > maxSentences) {
        notCompared.put(p.id(), all.sentences().size() - maxSentences);
      }
      ExtractedFacts facts = firstSentences(all, maxSentences);
      evidence.add(new ArticleEvidence(evidence.size(), p, facts, stopwords, synonyms, vocabulary,
          stems, copies.groupOf(i), published.get(i), anchor));
    }
    int[] sentenceFrequency = new int[stems.size()];
    int sentences = 0;
    for (ArticleEvidence e : evidence) {
      for (int[] sentence : e.sentenceIds) {
        sentences++;
        for (int id : sentence) {
          sentenceFrequency[id]++;
        }
      }
    }
    stems.freeze(sentenceFrequency, sentences);
    SentencePairs pairs = new SentencePairs(evidence, stems);
    List<Fact> facts = new ArrayList<>(alignValues(valueClaims(evidence), pairs, stems));
    facts.addAll(new PersonRoles(evidence, pairs, stems, vocabulary).facts());
    facts.addAll(new Stances(pairs, vocabulary, stems).facts());
    if (lexicalConflicts) {
      facts.addAll(new Wordings(pairs, background, stems).facts());
    }
    facts.sort(FACT_ORDER);
    return new FactDiffReport(articles.stream().map(ProcessedArticle::id).toList(), facts, notCompared);
  }

  /**
   * The content stems the diff compares, sentence by sentence, for one article (undated): what this
   * diff's stopwords and synonym classes make of the article's analysis (the text core's tokens and
   * stems). For tests that check that every stage sees the text through the same pipeline.
   */
  List<List<String>> contentStems(ProcessedArticle p) {
    ExtractedFacts facts = factsOf(p);
    ArticleEvidence e = new ArticleEvidence(0, p, facts, stopwords, synonyms, vocabulary,
        new StemSets(), 0, Optional.empty(), Optional.empty());
    List<List<String>> stems = new ArrayList<>();
    for (int s = 0; s < e.sentenceCount(); s++) {
      stems.add(e.tokensOf(s).stream().map(ContentToken::stem).toList());
    }
    return stems;
  }

  /**
   * What this diff's extractor finds in an article's compared sentences (undated): for tests that
   * check that extraction reads the text as the rest of the pipeline does.
   */
  ExtractedFacts factsOf(ProcessedArticle p) {
    return firstSentences(extractor.extract(p.analysis(), Optional.empty()), maxSentences);
  }

  /** What the extractor found in the first {@code n} sentences. */
  static ExtractedFacts firstSentences(ExtractedFacts facts, int n) {
    if (facts.sentences().size() <= n) {
      return facts;
    }
    return new ExtractedFacts(facts.sentences().subList(0, n),
        facts.times().stream().filter(m -> m.sentence() < n).toList(),
        facts.quantities().stream().filter(m -> m.sentence() < n).toList(),
        facts.entities().stream().filter(m -> m.sentence() < n).toList());
  }

  /**
   * The article's publication date, or the first full date in a publication-date line the cleaner
   * removed.
   */
  private Optional<LocalDate> publicationDate(ProcessedArticle p) {
    Optional<LocalDateTime> published = p.article().published();
    if (published.isPresent()) {
      return published.map(LocalDateTime::toLocalDate);
    }
    String raw = p.article().text();
    for (Removal r : p.cleaned().removals(RemovalReason.PUBLICATION_DATE)) {
      MappedText line = pipeline.normalizer().normalize(MappedText.identity(raw.substring(r.raw().start(), r.raw().end())));
      for (TimeMention m : extractor.extract(line, Optional.empty()).times()) {
        if (m.value() instanceof TimeValue.Interval i && i.granularity() == Granularity.DAY) {
          return Optional.of(i.start());
        }
      }
    }
    return Optional.empty();
  }

  private List<ValueClaim> valueClaims(List<ArticleEvidence> evidence) {
    List<ValueClaim> claims = new ArrayList<>();
    for (ArticleEvidence e : evidence) {
      for (TimeMention m : e.times()) {
        TimeValue value = m.value();
        String event = nearest(e, m.sentence(), m.span(), synonyms::eventClass);
        claims.add(new ValueClaim(e, m, FactKind.TIME, value, null,
            e.window(m.sentence(), m.span().start(), m.span().end(), WINDOW_BEFORE, WINDOW_AFTER), null, null, event));
      }
      for (QuantityMention m : e.quantities()) {
        String noun = m.noun().map(stemmer::stem).orElse(null);
        String role = role(e, m);
        QuantityValue value = m.value();
        if (value.kind() == QuantityKind.DURATION && "year".equals(value.unit()) && role != null && AGE_WORDS.contains(role)) {
          // "وفاة فلان عن 65 عاما": years after a death word are an age.
          role = "AGE";
          value = new QuantityValue(value.low(), value.high(), QuantityKind.AGE, value.unit(), value.approximate());
        }
        claims.add(new ValueClaim(e, m, FactKind.QUANTITY, null, value,
            e.window(m.sentence(), m.span().start(), m.span().end(), WINDOW_BEFORE, WINDOW_AFTER), noun, role, null));
      }
    }
    return claims;
  }

  /** A possible alignment of claims {@code a} and {@code b} (indexes into the claim list). */
  private record Edge(int a, int b, Outcome outcome, double score) {}

  /**
   * The role of a quantity: the quantity kind for ages, money and percentages, else the role
   * ({@code roles.tsv}) of the nearest content word around it ("مقتل 5" → KILLED), else null.
   */
  private String role(ArticleEvidence e, QuantityMention m) {
    if (m.value().kind() == QuantityKind.AGE) {
      return "AGE";
    }
    return nearest(e, m.sentence(), m.span(), vocabulary::role);
  }

  /**
   * What {@code lookup} says of the nearest content word of the sentence around {@code span}
   * (within {@value #ROLE_DISTANCE} words on either side, the word before first at each distance)
   * for which it says anything, else null.
   */
  private static String nearest(ArticleEvidence e, int sentence, TextSpan span, Function<String, String> lookup) {
    List<ContentToken> tokens = e.tokensOf(sentence);
    int first = 0;
    while (first < tokens.size() && tokens.get(first).end() <= span.start()) {
      first++;
    }
    for (int d = 0; d < ROLE_DISTANCE; d++) {
      int after = first + d;
      while (after < tokens.size() && tokens.get(after).start() < span.end()) {
        after++;
      }
      for (int i : new int[] {first - 1 - d, after}) {
        if (i >= 0 && i < tokens.size()) {
          String r = lookup.apply(tokens.get(i).stem());
          if (r != null) {
            return r;
          }
        }
      }
    }
    return null;
  }

  private List<Fact> alignValues(List<ValueClaim> claims, SentencePairs pairs, StemSets stems) {
    Map<Long, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      ValueClaim c = claims.get(i);
      bySentence.computeIfAbsent(((long) c.article().index << 32) | c.sentence(), k -> new ArrayList<>()).add(i);
    }
    List<Edge> candidates = new ArrayList<>();
    double[] bestRejected = new double[claims.size()];
    String[] values = new String[claims.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = canonicalValue(claims.get(i));
    }
    for (SentencePairs.Pair p : pairs.all()) {
      List<Integer> xs = bySentence.get(((long) p.a().index << 32) | p.sa());
      List<Integer> ys = bySentence.get(((long) p.b().index << 32) | p.sb());
      if (xs == null || ys == null) {
        continue;
      }
      // A value both sentences state is one claim: the sentence's other values are not compared
      // with it ("مقتل 71 مسلحا و7 عسكريين" twice: 71 and 7 never cross).
      // Equal values pair at the nearest places first ("ضبط 3 ... مع 3" / "ضبط 5 ... مع 3").
      List<int[]> equal = new ArrayList<>();
      for (int x = 0; x < xs.size(); x++) {
        for (int y = 0; y < ys.size(); y++) {
          if (values[xs.get(x)].equals(values[ys.get(y)])) {
            equal.add(new int[] {Math.abs(x - y), xs.get(x), ys.get(y)});
          }
        }
      }
      equal.sort(Comparator.comparingInt((int[] e) -> e[0]).thenComparingInt(e -> e[1]).thenComparingInt(e -> e[2]));
      Map<Integer, Integer> repeated = new HashMap<>();
      for (int[] e : equal) {
        if (!repeated.containsKey(e[1]) && !repeated.containsValue(e[2])) {
          repeated.put(e[1], e[2]);
        }
      }
      for (int i : xs) {
        for (int j : ys) {
          Integer partner = repeated.get(i);
          if ((partner != null && partner != j) || (partner == null && repeated.containsValue(j))) {
            continue;
          }
          edge(claims, i, j, p, stems, candidates, bestRejected);
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Edge::score).reversed()
        .thenComparingInt(Edge::a).thenComparingInt(Edge::b));
    // Each claim aligns with at most one claim of each other article: best score first.
    Set<Long> taken = new HashSet<>();
    UnionFind aligned = new UnionFind(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      aligned.add();
    }
    List<Edge> accepted = new ArrayList<>();
    for (Edge e : candidates) {
      long ka = key(e.a, claims.get(e.b).article().index);
      long kb = key(e.b, claims.get(e.a).article().index);
      if (taken.contains(ka) || taken.contains(kb)) {
        bestRejected[e.a] = Math.max(bestRejected[e.a], e.score);
        bestRejected[e.b] = Math.max(bestRejected[e.b], e.score);
        continue;
      }
      taken.add(ka);
      taken.add(kb);
      accepted.add(e);
      aligned.union(e.a, e.b);
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      members.computeIfAbsent(aligned.find(i), r -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<Edge>> edgesByRoot = new HashMap<>();
    for (Edge e : accepted) {
      edgesByRoot.computeIfAbsent(aligned.find(e.a), r -> new ArrayList<>()).add(e);
    }
    List<Fact> facts = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> m : members.entrySet()) {
      List<ValueClaim> group = m.getValue().stream().map(claims::get)
          .sorted(Comparator.comparingInt((ValueClaim c) -> c.article().index).thenComparingInt(c -> c.mention().span().start()))
          .toList();
      List<Edge> edges = edgesByRoot.getOrDefault(m.getKey(), List.of());
      FactKind kind = group.get(0).kind();
      if (edges.isEmpty()) {
        ValueClaim only = group.get(0);
        facts.add(new Fact(kind, windowSubject(only), Outcome.UNIQUE, Optional.empty(),
            clamp(1 - bestRejected[m.getValue().get(0)]), List.of(only.toClaim())));
        continue;
      }
      Outcome outcome = combined(edges);
      double confidence = edges.stream().mapToDouble(Edge::score).average().orElse(0);
      Optional<ConflictKind> conflictKind = outcome == Outcome.CONFLICT
          ? Optional.of(kind == FactKind.TIME ? ConflictKind.DATE : ConflictKind.NUMBER)
          : Optional.empty();
      facts.add(new Fact(kind, sharedSubject(group, stems), outcome, conflictKind, clamp(confidence),
          group.stream().map(ValueClaim::toClaim).toList()));
    }
    return facts;
  }

  /** Adds the edge between claims {@code i} and {@code j} of candidate sentence pair {@code p}, if any. */
  private void edge(List<ValueClaim> claims, int i, int j, SentencePairs.Pair p, StemSets stems,
      List<Edge> candidates, double[] bestRejected) {
    ValueClaim x = claims.get(i);
    ValueClaim y = claims.get(j);
    if (x.kind() != y.kind()) {
      return;
    }
    if (p.sameText()) {
      // One sentence copied: the value at the same place is one claim, whatever each copy's
      // publication date made of a relative "اليوم".
      if (rankInSentence(claims, i) == rankInSentence(claims, j)) {
        candidates.add(new Edge(i, j, Outcome.AGREE, 1.0));
      }
      return;
    }
    if (x.event() != null && y.event() != null && !x.event().equals(y.event())) {
      return; // dates of different kinds of event: a death and a visit are not one date
    }
    if (x.kind() == FactKind.TIME
        && (x.time() instanceof TimeValue.Relative || y.time() instanceof TimeValue.Relative)) {
      return; // a time of an article without publication date has no day to compare across articles
    }
    Optional<Outcome> outcome = x.kind() == FactKind.TIME
        ? ValueComparison.compare(x.time(), y.time())
        : ValueComparison.compare(x.quantity(), y.quantity());
    boolean sameRole = x.role() != null && x.role().equals(y.role());
    if (outcome.isEmpty() || (!sameRole && !sameCountedNoun(x, y))) {
      return; // a shared role says what is counted, whatever noun follows ("3 قتلى" / "مقتل 10")
    }
    if (outcome.get() == Outcome.CONFLICT && x.kind() == FactKind.TIME
        && (rewrittenForOwnDate(x, y) || rewordedInCopy(x, y))) {
      outcome = Optional.of(Outcome.AGREE);
    }
    if (outcome.get() == Outcome.CONFLICT && x.kind() == FactKind.QUANTITY && digitsReordered(x, y)) {
      return; // "5.88" copied as "88.5": a right-to-left copy reversed the number, no evidence either way
    }
    if (x.role() != null && y.role() != null && !x.role().equals(y.role())) {
      return; // the killed and the injured are different counts
    }
    if (outcome.get() == Outcome.CONFLICT && x.kind() == FactKind.QUANTITY && (x.role() == null) != (y.role() == null)) {
      return; // a count of known role never contradicts a count whose role the text does not say
    }
    double score = (stems.dice(x.window(), y.window()) + p.overlap()) / 2;
    if (x.role() != null && x.role().equals(y.role()) && p.overlap() >= ROLE_MIN_OVERLAP) {
      score = Math.max(score, ROLE_BASE_SCORE + ROLE_OVERLAP_GAIN * p.overlap());
    }
    double needed = outcome.get() == Outcome.CONFLICT ? conflictAlignment : alignment;
    if (score >= needed) {
      candidates.add(new Edge(i, j, outcome.get(), score));
    } else {
      bestRejected[i] = Math.max(bestRejected[i], score);
      bestRejected[j] = Math.max(bestRejected[j], score);
    }
  }

  /**
   * Whether two times of copies of one story agree once one is read against its own publication
   * date rather than the group's earliest: the republisher rewrote "اليوم" as "أمس" for its own
   * day. Only for times written without a year, whose value depends on the anchor.
   */
  private static boolean rewrittenForOwnDate(ValueClaim x, ValueClaim y) {
    ArticleEvidence ax = x.article();
    ArticleEvidence ay = y.article();
    if (ax.copyGroup != ay.copyGroup || !anchorDependent(x) || !anchorDependent(y)) {
      return false;
    }
    long dx = ax.shiftToOwnDate();
    long dy = ay.shiftToOwnDate();
    if ((dx == 0 && dy == 0) || !(x.time() instanceof TimeValue.Interval ix) || !(y.time() instanceof TimeValue.Interval iy)) {
      return false;
    }
    for (long[] shift : new long[][] {{dx, 0}, {0, dy}, {dx, dy}}) {
      Optional<Outcome> o = ValueComparison.compare(shifted(ix, shift[0]), shifted(iy, shift[1]));
      if (o.isPresent() && o.get() != Outcome.CONFLICT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two times of copies of one story are one claim that the republisher reworded: both
   * written in words alone ("اليوم" / "أمس", no digit), in sentences that are the same once the
   * two time expressions are left out. Which word is right the copies cannot tell; a copy is no
   * second source. A changed date in digits ("6 أبريل" / "8 أبريل") stays a conflict.
   */
  private static boolean rewordedInCopy(ValueClaim x, ValueClaim y) {
    return x.article().copyGroup == y.article().copyGroup && !hasDigit(rawText(x)) && !hasDigit(rawText(y))
        && sentenceWithout(x).equals(sentenceWithout(y));
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  /** The sentence key ({@link ArticleEvidence#sentenceKey}) of a claim's sentence without the claim. */
  private static String sentenceWithout(ValueClaim c) {
    String text = c.article().processed.normalized().text();
    var sentence = c.article().facts.sentences().get(c.sentence()).span();
    var span = c.mention().span();
    return ArticleEvidence.sentenceKey(text.substring(sentence.start(), span.start()) + " "
        + text.substring(span.end(), sentence.end()));
  }

  /**
   * Whether the two quantities are written with the same digit groups in reverse order around a
   * decimal point ("5.88" / "88.5"): what copying mixed-direction text in a right-to-left editor
   * does to a number, not a second figure.
   */
  static boolean digitsReordered(ValueClaim x, ValueClaim y) {
    String[] a = decimalParts(rawText(x));
    String[] b = decimalParts(rawText(y));
    return a != null && b != null && !a[0].equals(a[1]) && a[0].equals(b[1]) && a[1].equals(b[0]);
  }

  private static String rawText(ValueClaim c) {
    return c.article().processed.normalized().raw().substring(c.mention().raw().start(), c.mention().raw().end());
  }

  /** The two digit groups of the only decimal number "d+.d+" in {@code s}, or null. */
  private static String[] decimalParts(String s) {
    java.util.regex.Matcher m = DECIMAL.matcher(s);
    if (!m.find()) {
      return null;
    }
    String[] parts = {m.group(1), m.group(2)};
    return m.find() ? null : parts;
  }

  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("(\\p{Nd}+)[.,\u066B](\\p{Nd}+)");

  private static TimeValue.Interval shifted(TimeValue.Interval i, long days) {
    return days == 0 ? i
        : new TimeValue.Interval(i.start().plusDays(days), i.endExclusive().plusDays(days), i.granularity(), i.modifier());
  }

  /** Whether a time was written without a year of four digits ("اليوم", "6 مارس", "فبراير"). */
  private static boolean anchorDependent(ValueClaim c) {
    String raw = c.article().processed.normalized().raw().substring(c.mention().raw().start(), c.mention().raw().end());
    int digits = 0;
    for (int k = 0; k < raw.length(); k++) {
      if (Character.isDigit(raw.charAt(k))) {
        if (++digits == 4) {
          return false;
        }
      } else {
        digits = 0;
      }
    }
    return true;
  }

  /** How many claims of the same kind precede claim {@code i} in its sentence. */
  private static int rankInSentence(List<ValueClaim> claims, int i) {
    ValueClaim c = claims.get(i);
    int rank = 0;
    for (int k = i - 1; k >= 0 && claims.get(k).article() == c.article(); k--) {
      ValueClaim o = claims.get(k);
      if (o.sentence() == c.sentence() && o.kind() == c.kind()
          && o.mention().span().start() < c.mention().span().start()) {
        rank++;
      }
    }
    for (int k = i + 1; k < claims.size() && claims.get(k).article() == c.article(); k++) {
      ValueClaim o = claims.get(k);
      if (o.sentence() == c.sentence() && o.kind() == c.kind()
          && o.mention().span().start() < c.mention().span().start()) {
        rank++;
      }
    }
    return rank;
  }

  /** The kind and canonical form of a claim's value: equal keys are the same value. */
  private static String canonicalValue(ValueClaim c) {
    return c.kind() + ":" + (c.kind() == FactKind.TIME
        ? ValueComparison.canonical(c.time())
        : ValueComparison.canonical(c.quantity()));
  }

  /** Ranks and counts of things must count the same noun ("السيارة الثانية" vs "سيارة ثانية"). */
  private static boolean sameCountedNoun(ValueClaim x, ValueClaim y) {
    if (x.kind() != FactKind.QUANTITY) {
      return true;
    }
    QuantityKind k = x.quantity().kind();
    if (k != QuantityKind.ORDINAL && k != QuantityKind.CARDINAL) {
      return true;
    }
    if (x.noun() == null || y.noun() == null) {
      return x.noun() == y.noun(); // two bare numbers may align on their context alone
    }
    return StemSets.same(x.noun(), y.noun());
  }

  private static Outcome combined(List<Edge> edges) {
    Outcome best = Outcome.AGREE;
    for (Edge e : edges) {
      if (rank(e.outcome) > rank(best)) {
        best = e.outcome;
      }
    }
    return best;
  }

  /** Severity order used to combine pairwise outcomes into a fact's outcome. */
  private static int rank(Outcome o) {
    return switch (o) {
      case AGREE -> 0;
      case APPROX_AGREE -> 1;
      case REFINES -> 2;
      case CONFLICT -> 3;
      case UNIQUE -> -1;
    };
  }

  /** Words of the first claim's sentence whose stems every other claim's sentence shares. */
  private static String sharedSubject(List<ValueClaim> group, StemSets table) {
    ValueClaim first = group.get(0);
    List<String> words = new ArrayList<>();
    Set<String> stems = new HashSet<>();
    for (ContentToken t : first.article().tokensOf(first.sentence())) {
      boolean shared = true;
      for (ValueClaim other : group.subList(1, group.size())) {
        if (!table.containsSame(other.article().sortedSentenceIds[other.sentence()], t.id())) {
          shared = false;
          break;
        }
      }
      if (shared && stems.add(t.stem())) {
        words.add(t.surface()); // one surface per stem: "الرئيس ... رئيس" says it once
      }
    }
    return words.size() >= 2 ? String.join(" ", words.subList(0, Math.min(8, words.size()))) : windowSubject(first);
  }

  /** The words right before (and after) a claim's value. */
  static String windowSubject(ValueClaim claim) {
    ArticleEvidence a = claim.article();
    int start = claim.mention().span().start();
    int end = claim.mention().span().end();
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (ContentToken t : a.tokensOf(claim.sentence())) {
      if (t.end() <= start) {
        before.add(t.surface());
      } else if (t.start() >= end && after.size() < 2) {
        after.add(t.surface());
      }
    }
    List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - 4), before.size()));
    words.addAll(after);
    return String.join(" ", words);
  }

  private static long key(int claim, int article) {
    return ((long) claim << 32) | article;
  }

  static double clamp(double d) {
    return Math.max(0, Math.min(1, d));
  }

  private static final Comparator<Fact> FACT_ORDER =
      Comparator.comparingInt((Fact f) -> switch (f.outcome()) {
            case CONFLICT -> 0;
            case REFINES -> 1;
            case APPROX_AGREE -> 2;
            case AGREE -> 3;
            case UNIQUE -> 4;
          })
          .thenComparing(Comparator.comparingDouble(Fact::confidence).reversed())
          .thenComparing(f -> f.claims().get(0).article())
          .thenComparingInt(f -> f.claims().get(0).start());

  /** Builder for {@link FactDiff}; not thread-safe. */
  public static final class Builder {
    private TextPipeline pipeline = TextPipeline.defaults();
    private FactExtractor extractor = FactExtractor.defaults();
    private double alignment = DEFAULT_ALIGNMENT;
    private double conflictAlignment = DEFAULT_CONFLICT_ALIGNMENT;
    private boolean lexicalConflicts = true;
    private int maxSentences = DEFAULT_MAX_SENTENCES;
    private IdfTable background = IdfTable.defaults();
    private final SynonymClasses.Loader synonyms =
        new SynonymClasses.Loader(ArabicNormalizer.defaults(), ArabicLightStemmer.defaults()).addDefaults();
    private final Vocabulary.Loader vocabulary =
        new Vocabulary.Loader(ArabicNormalizer.defaults(), ArabicLightStemmer.defaults()).addDefaults();
    /**
     * The lines added to the lexicons, in order: applied at once to the default-normalized loaders
     * above (which reports a malformed line when it is added) and replayed when the pipeline
     * normalizes or stems otherwise.
     */
    private final List<Addition> additions = new ArrayList<>();

    /** One reader's lines, added to the loader of its lexicon. */
    private interface Addition {
      void applyTo(SynonymClasses.Loader synonyms, Vocabulary.Loader vocabulary);
    }

    private Builder add(Addition addition) {
      addition.applyTo(synonyms, vocabulary);
      additions.add(addition);
      return this;
    }

    private Builder() {}

    /**
     * Adds classes of interchangeable words (one class per line, words separated by {@code |}; see
     * the built-in {@code org/tahqiq/diff/synonyms.txt}) to the built-in ones.
     *
     * @throws IllegalArgumentException for a malformed line, naming its number
     */
    public Builder addSynonyms(Reader reader) throws IOException {
      List<LexiconLines.Line> lines = LexiconLines.read(reader, "synonyms");
      return add((s, v) -> s.add(lines));
    }

    /**
     * Adds roles of numbers (lines {@code word<TAB>ROLE}; see the built-in {@code
     * org/tahqiq/diff/roles.tsv}); a word's last role wins. The reader is not closed.
     *
     * @throws IllegalArgumentException for a malformed line, naming its number
     */
    public Builder addRoles(Reader reader) throws IOException {
      List<LexiconLines.Line> lines = LexiconLines.read(reader, "roles");
      return add((s, v) -> v.addRoles(lines));
    }

    /**
     * Adds antonym classes (lines {@code words<TAB>opposite words}, words separated by {@code |};
     * see the built-in {@code org/tahqiq/diff/antonyms.tsv}). The reader is not closed.
     *
     * @throws IllegalArgumentException for a malformed line, naming its number
     */
    public Builder addAntonyms(Reader reader) throws IOException {
      List<LexiconLines.Line> lines = LexiconLines.read(reader, "antonyms");
      return add((s, v) -> v.addAntonyms(lines));
    }

    /**
     * Adds polarity cues (lines {@code word or two-word phrase<TAB>NEGATION|DENIAL|FAILURE|NONE};
     * see the built-in {@code org/tahqiq/diff/polarity.tsv}). The reader is not closed.
     *
     * @throws IllegalArgumentException for a malformed line, naming its number
     */
    public Builder addPolarityCues(Reader reader) throws IOException {
      List<LexiconLines.Line> lines = LexiconLines.read(reader, "polarity");
      return add((s, v) -> v.addCues(lines));
    }

    /**
     * Adds places that stand for others (lines {@code entity id<TAB>ids separated by '|'}, such as
     * a capital and its country; see the built-in {@code org/tahqiq/diff/seats.tsv}): naming one
     * where another source names the other is no {@link ConflictKind#ENTITY} conflict. The reader is
     * not closed.
     *
     * @throws IllegalArgumentException for a malformed line, naming its number
     */
    public Builder addSeats(Reader reader) throws IOException {
      List<LexiconLines.Line> lines = LexiconLines.read(reader, "seats");
      return add((s, v) -> v.addSeats(lines));
    }

    /** The pipeline that cleans and normalizes the articles. */
    public Builder pipeline(TextPipeline pipeline) {
      this.pipeline = Objects.requireNonNull(pipeline, "pipeline must not be null");
      return this;
    }

    /**
     * The extractor of times, quantities and entities (with the caller's gazetteer, lexicons); the
     * diff uses it {@link FactExtractor#protecting protecting} the pipeline's stemmer's words.
     */
    public Builder extractor(FactExtractor extractor) {
      this.extractor = Objects.requireNonNull(extractor, "extractor must not be null");
      return this;
    }

    /** Minimum alignment score, in (0, 1], for two claims to be about the same thing. */
    public Builder alignment(double alignment) {
      this.alignment = unitInterval("alignment", alignment);
      return this;
    }

    /** Minimum alignment score, in (0, 1], for disagreeing claims to count as a conflict. */
    public Builder conflictAlignment(double conflictAlignment) {
      this.conflictAlignment = unitInterval("conflictAlignment", conflictAlignment);
      return this;
    }

    /**
     * Document frequencies of general news, which tell rare words from common ones for the wording
     * rule; default {@link IdfTable#defaults()} (Arabic news).
     */
    public Builder background(IdfTable background) {
      this.background = Objects.requireNonNull(background, "background must not be null");
      return this;
    }

    /** Whether to report wording differences as {@link ConflictKind#LEXICAL} candidates. */
    public Builder lexicalConflicts(boolean on) {
      this.lexicalConflicts = on;
      return this;
    }

    /**
     * Compares at most the first {@code n} sentences of each article (default {@link
     * #DEFAULT_MAX_SENTENCES}), so that one very long article (a transcript, a live blog) costs no
     * more than an ordinary one. The sentences left out are counted in {@link
     * FactDiffReport#sentencesNotCompared()}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Builder maxSentences(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxSentences must be at least 1: " + n);
      }
      this.maxSentences = n;
      return this;
    }

    private static double unitInterval(String name, double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
      }
      return value;
    }

    public FactDiff build() {
      return new FactDiff(this);
    }
  }
}
