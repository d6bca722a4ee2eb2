package org.tahqiq.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tahqiq.article.Article;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.index.LshIndex;

import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.signature.Signature;

/**
 * Incremental near-duplicate detection for a live feed: each {@link #add(Article)} says which group
 * the new article joined, if any; {@link #report()} gives the groups so far, identical to what
 * {@link NearDuplicateDetector#detect} returns for the same articles in any order.
 *
 * <p>Thread-safe: {@code add} may be called from several threads; text processing and signing run
 * outside the lock, only index update and grouping are serialized. Memory grows with the number of
 * articles added (signature, id and a few ints each; plus shingle sets under {@link
 * Verification#EXACT}, and 4 bytes per content word in {@link SimilarityMeasure#REWRITES} mode).
 *
 * <p>Fault isolation: a failure while processing one article (any runtime exception, or a stack
 * overflow) is caught at the article boundary: {@code add} returns {@link AddResult.Status#FAILED}
 * with the failure, the stream is left exactly as before, and {@link #skipped()} lists it. Only a
 * caller's error (a null article, a repeated id) throws.
 */
public final class DuplicateStream {

  private final NearDuplicateDetector detector;
  private final LshIndex index;
  /** By slot: the added articles without title and text. */
  private final List<Article> articles = new ArrayList<>();
  private final List<ShingleSet> shingleSets = new ArrayList<>();
  /** By slot: the article's numbers in {@link SimilarityMeasure#REWRITES} mode, else null. */
  private final List<ShingleSet> numberSets = new ArrayList<>();
  /** By slot: the article's word sequence in {@link SimilarityMeasure#REWRITES} mode, else null. */
  private final List<int[]> wordSequences = new ArrayList<>();
  private final Map<String, Integer> slotById = new HashMap<>();
  private final List<DuplicatePair> pairs = new ArrayList<>();
  private final List<String> tooShort = new ArrayList<>();
  private final List<ArticleFailure> skipped = new ArrayList<>();
  // Union-find over slots, and a circular "next member" list per set so that a group is walked in
  // time proportional to its size.
  private final UnionFind groups = new UnionFind(64);
  private int[] sizes = new int[64];

  DuplicateStream(NearDuplicateDetector detector) {
    this.detector = detector;
    this.index = LshIndex.builder().parameters(detector.lshParameters()).build();
  }

  /** Processes and adds one article; its id must not have been added before. */
  public AddResult add(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    return signAndAdd(article.id(), () -> detector.sign(article));
  }

  /**
   * Adds one article already run through the detector's {@link NearDuplicateDetector#pipeline()}
   * (as {@link NearDuplicateDetector#detectProcessed} reads them): the same as {@link #add} on its
   * article, without processing it again.
   */
  public AddResult addProcessed(org.tahqiq.pipeline.ProcessedArticle processed) {
    Objects.requireNonNull(processed, "processed must not be null");
    return signAndAdd(processed.id(), () -> detector.sign(processed));
  }

  /** Signs outside the lock, then adds; a failure of either is the article's, isolated. */
  private AddResult signAndAdd(String id, java.util.function.Supplier<NearDuplicateDetector.Signed> sign) {
    NearDuplicateDetector.Signed signed;
    try {
      signed = sign.get();
    } catch (RuntimeException | StackOverflowError e) {
      return failed(id, e);
    }
    return add(signed);
  }

  /** The articles whose processing failed, in the order they failed; they are not held. */
  public synchronized List<ArticleFailure> skipped() {
    return List.copyOf(skipped);
  }

  private synchronized AddResult failed(String id, Throwable e) {
    ArticleFailure failure = new ArticleFailure(id, ArticleFailure.PROCESS, e);
    skipped.add(failure);
    return new AddResult(id, AddResult.Status.FAILED, Optional.empty(), List.of(), Optional.of(failure));
  }

  synchronized AddResult add(NearDuplicateDetector.Signed signed) {
    Article article = signed.article();
    Signature signature = signed.signature();
    String id = article.id();
    if (slotById.containsKey(id)) {
      throw new IllegalArgumentException("article id '" + id + "' was already added");
    }
    List<LshIndex.Match> candidates;
    try {
      // Queried before any state changes, so that a failure leaves the stream as it was.
      candidates = signature == null ? List.of()
          : index.query(signature, detector.verification() == Verification.EXACT ? 0
              : detector.candidateFloor());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(id, e);
    }
    int slot = newSlot(id, article.source(), article.published(), signed.size(), signed.shingles(), signed.numbers(),
        signed.words(), signature == null);
    boolean exact = detector.verification() == Verification.EXACT;
    if (signature == null) {
      return new AddResult(id, AddResult.Status.TOO_SHORT, Optional.empty(), List.of());
    }

    List<DuplicatePair> matches = new ArrayList<>();
    SimilarityMeasure measure = detector.measure();
    double orderThreshold = detector.orderedRewrites().orElse(Double.POSITIVE_INFINITY);
    // Candidates are those sharing a band; their estimated Jaccard is computed by the index.
    for (LshIndex.Match m : candidates) {
      int other = slotById.get(m.key());
      double similarity;
      if (exact) {
        ShingleSet mine = signed.shingles();
        ShingleSet theirs = shingleSets.get(other);
        similarity = measure != SimilarityMeasure.CONTAINMENT
            ? mine.exactJaccard(theirs)
            : mine.intersectionSize(theirs) / (double) Math.min(mine.size(), theirs.size());
      } else {
        similarity = measure.fromJaccard(m.similarity(), signed.size(), sizes[other]);
      }
      boolean verified = similarity >= detector.threshold();
      if (!verified && measure == SimilarityMeasure.REWRITES) {
        double byWords = rewriteSimilarity(signed, other, similarity, orderThreshold);
        if (byWords > 0) {
          verified = true;
          similarity = byWords;
        }
      }
      if (verified && NumberSet.agree(signed.numbers(), numberSets.get(other))) {
        matches.add(pair(slot, other, similarity));
      }
    }
    index.insert(id, signature);
    matches.sort(Comparator.comparingDouble(DuplicatePair::similarity).reversed()
        .thenComparing(DuplicatePair::first).thenComparing(DuplicatePair::second));

    int groupsTouched = 0;
    for (DuplicatePair p : matches) {
      int other = slotById.get(p.first().equals(id) ? p.second() : p.first());
      if (groups.union(slot, other)) {
        groupsTouched++;
      }
      pairs.add(p);
    }
    AddResult.Status status =
        groupsTouched == 0 ? AddResult.Status.UNIQUE
            : groupsTouched == 1 ? AddResult.Status.JOINED
            : AddResult.Status.MERGED;
    Optional<DuplicateGroup> group = groupsTouched == 0 ? Optional.empty() : Optional.of(groupOf(slot));
    return new AddResult(id, status, group, matches);
  }

  /**
   * The similarity by which a {@link SimilarityMeasure#REWRITES} pair below the unordered threshold
   * verifies, or 0: both rules need the word sequences (a restored article has none) and every
   * figure of the text with fewer figures in the other; then the substitution rule (in-place share
   * of texts of nearly equal length), and the ordered rule when it is on (aligned order
   * similarity), each above its Jaccard floor (see {@link SimilarityMeasure#REWRITES}).
   */
  private double rewriteSimilarity(NearDuplicateDetector.Signed signed, int other, double jaccard, double orderThreshold) {
    int[] mine = signed.words();
    int[] theirs = wordSequences.get(other);
    if (mine == null || theirs == null || mine.length == 0 || theirs.length == 0
        || jaccard < Math.min(SimilarityMeasure.REWRITE_SUBSTITUTION_MIN_JACCARD, SimilarityMeasure.REWRITE_ORDER_MIN_JACCARD)
        || !NumberSet.allAgree(signed.numbers(), numberSets.get(other))) {
      return 0;
    }
    if (jaccard >= SimilarityMeasure.REWRITE_SUBSTITUTION_MIN_JACCARD
        && Math.min(mine.length, theirs.length) >= SimilarityMeasure.REWRITE_LENGTH_RATIO * Math.max(mine.length, theirs.length)) {
      // Words replaced in place, nothing inserted: a copy keeps its length, so only then align.
      double inPlace = WordOrder.align(mine, theirs).inPlaceShare();
      if (inPlace >= SimilarityMeasure.REWRITE_IN_PLACE_THRESHOLD) {
        return inPlace;
      }
    }
    if (orderThreshold <= 1 && jaccard >= SimilarityMeasure.REWRITE_ORDER_MIN_JACCARD) {
      // A lighter word overlap, but in the same order.
      double order = WordOrder.similarity(mine, theirs);
      if (order >= orderThreshold) {
        return order;
      }
    }
    return 0;
  }

  /** The groups and pairs found so far. */
  public synchronized DuplicateReport report() {
    Map<Integer, List<Article>> byRoot = new HashMap<>();
    for (int slot = 0; slot < articles.size(); slot++) {
      int root = groups.find(slot);
      if (root != slot || groups.next(slot) != slot) {
        byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(articles.get(slot));
      }
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    for (List<Article> members : byRoot.values()) {
      if (members.size() > 1) {
        groups.add(toGroup(members));
      }
    }
    groups.sort(Comparator.comparing(g -> articles.get(slotById.get(g.representative())), ArticleOrder.ARTICLES));
    List<DuplicatePair> sortedPairs = new ArrayList<>(pairs);
    Comparator<String> byArticle = Comparator.comparing(i -> articles.get(slotById.get(i)), ArticleOrder.ARTICLES);
    sortedPairs.sort(Comparator.comparing(DuplicatePair::first, byArticle).thenComparing(DuplicatePair::second, byArticle));
    List<String> shortIds = new ArrayList<>(tooShort);
    shortIds.sort(byArticle);
    return new DuplicateReport(groups, sortedPairs, shortIds);
  }

  /** Number of articles added. */
  public synchronized int size() {
    return articles.size();
  }

  /** The latest publication time of the articles held, if any has one. */
  public synchronized Optional<LocalDateTime> newestPublished() {
    return articles.stream().flatMap(a -> a.published().stream()).max(Comparator.naturalOrder());
  }

  /** Ids of the articles held, in the order they were added (or restored). */
  public synchronized List<String> articleIds() {
    return articles.stream().map(Article::id).toList();
  }

  /**
   * Saves this stream's state (format {@code TQDS}, see {@link org.tahqiq.format.Formats}): every
   * article's id, source, publication time, shingle count and signature, and the verified pairs,
   * so that {@link #readFrom} continues exactly where this stream is. Does not close {@code out}.
   * In {@link SimilarityMeasure#REWRITES} mode the number sets and word sequences are not saved:
   * restored articles meet later ones by the unordered rule only (neither the substitution nor the
   * ordered rule applies to them).
   *
   * @throws IllegalStateException under {@link Verification#EXACT}, whose shingle sets are not saved
   */
  public void writeTo(OutputStream out) throws IOException {
    writeTo(out, null);
  }

  /**
   * As {@link #writeTo(OutputStream)}, leaving out the articles published before {@code keepFrom}
   * (retention) and their pairs; articles without publication time are kept. The groups of the
   * state read back are those of the kept articles alone.
   */
  public synchronized void writeTo(OutputStream out, LocalDateTime keepFrom) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    if (detector.verification() == Verification.EXACT) {
      throw new IllegalStateException("a stream with EXACT verification cannot be saved: its shingle sets are not stored");
    }
    int[] newSlot = new int[articles.size()];
    List<Integer> kept = new ArrayList<>();
    for (int slot = 0; slot < articles.size(); slot++) {
      Optional<LocalDateTime> t = articles.get(slot).published();
      boolean keep = keepFrom == null || t.isEmpty() || !t.get().isBefore(keepFrom);
      newSlot[slot] = keep ? kept.size() : -1;
      if (keep) {
        kept.add(slot);
      }
    }
    List<int[]> keptPairs = new ArrayList<>();
    List<Double> similarities = new ArrayList<>();
    for (DuplicatePair p : pairs) {
      int a = newSlot[slotById.get(p.first())];
      int b = newSlot[slotById.get(p.second())];
      if (a >= 0 && b >= 0) {
        keptPairs.add(new int[] {a, b});
        similarities.add(p.similarity());
      }
    }
    DuplicateStreamFormat.write(new DuplicateStreamFormat.State() {
      @Override
      public int articleCount() {
        return kept.size();
      }

      @Override
      public DuplicateStreamFormat.Article0 article(int i) {
        int slot = kept.get(i);
        Article a = articles.get(slot);
        Signature sig = tooShortSlot(slot) ? null : index.signature(a.id()).orElseThrow();
        return new DuplicateStreamFormat.Article0(a.id(), a.source(), a.published(), sizes[slot], sig);
      }

      @Override
      public int pairCount() {
        return keptPairs.size();
      }

      @Override
      public int pairFirst(int i) {
        return keptPairs.get(i)[0];
      }

      @Override
      public int pairSecond(int i) {
        return keptPairs.get(i)[1];
      }

      @Override
      public double pairSimilarity(int i) {
        return similarities.get(i);
      }
    }, detector, out);
  }

  /**
   * Restores a stream saved by {@link #writeTo}, to continue with {@code detector}, which must have
   * the parameters the state was saved with (scheme, k, seed, banding, threshold, measure, minimum
   * shingles). Consumes exactly the state's bytes; does not close {@code in}.
   *
   * @param source the file name, for error messages (empty for an anonymous stream)
   * @throws StreamFormatException if the input is foreign, truncated, corrupt or of another
   *     detector; the message names the source and the field
   */
  public static DuplicateStream readFrom(InputStream in, String source, NearDuplicateDetector detector)
      throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(source, "source must not be null");
    DuplicateStream stream = detector.newStream();
    DuplicateStreamFormat.read(in, source, detector, new DuplicateStreamFormat.Sink() {
      @Override
      public void article(DuplicateStreamFormat.Article0 a) {
        stream.restoreArticle(a);
      }

      @Override
      public void pair(int first, int second, double similarity) {
        stream.restorePair(first, second, similarity);
      }
    });
    return stream;
  }

  private boolean tooShortSlot(int slot) {
    return !index.contains(articles.get(slot).id());
  }

  private void restoreArticle(DuplicateStreamFormat.Article0 a) {
    String id = a.id();
    if (slotById.containsKey(id)) {
      throw new IllegalArgumentException("duplicate id");
    }
    // Restored articles have no number sets and no word sequences (not saved): they agree with any
    // numbers, and match later articles by the unordered rule only.
    newSlot(id, a.source(), a.published(), a.shingles(), null, null, null, a.signature() == null);
    if (a.signature() != null) {
      index.insert(id, a.signature());
    }
  }

  /** A new singleton slot for an article; its id is new. */
  private int newSlot(String id, String source, Optional<LocalDateTime> published, int shingles,
      ShingleSet shingleSet, ShingleSet numbers, int[] words, boolean tooShortToCompare) {
    int slot = articles.size();
    // Only what ordering needs is kept (id, source, time), not the text: memory grows with the
    // number of articles, not with their length.
    articles.add(new Article(id, source, published, Optional.empty(), ""));
    slotById.put(id, slot);
    ensureCapacity(slot + 1);
    if (groups.add() != slot) {
      throw new IllegalStateException("group slots out of step with articles at " + slot);
    }
    sizes[slot] = shingles;
    shingleSets.add(shingleSet);
    numberSets.add(numbers);
    wordSequences.add(words);
    if (tooShortToCompare) {
      tooShort.add(id);
    }
    return slot;
  }

  private void restorePair(int a, int b, double similarity) {
    DuplicatePair p = pair(a, b, similarity);
    groups.union(a, b);
    pairs.add(p);
  }

  private DuplicatePair pair(int a, int b, double similarity) {
    Article x = articles.get(a);
    Article y = articles.get(b);
    boolean xFirst = ArticleOrder.ARTICLES.compare(x, y) <= 0;
    return new DuplicatePair(xFirst ? x.id() : y.id(), xFirst ? y.id() : x.id(), clamp(similarity));
  }

  private static double clamp(double s) {
    return Math.max(0, Math.min(1, s));
  }

  private DuplicateGroup groupOf(int slot) {
    List<Article> members = new ArrayList<>();
    int s = slot;
    do {
      members.add(articles.get(s));
      s = groups.next(s);
    } while (s != slot);
    return toGroup(members);
  }

  private static DuplicateGroup toGroup(List<Article> members) {
    List<Article> sorted = new ArrayList<>(members);
    sorted.sort(ArticleOrder.ARTICLES);
    return new DuplicateGroup(sorted.get(0).id(), sorted.stream().map(Article::id).toList());
  }

  private void ensureCapacity(int n) {
    if (n > sizes.length) {
      int cap = Math.max(n, sizes.length * 2);
      sizes = Arrays.copyOf(sizes, cap);
    }
  }
}
