package org.tahqiq.cluster;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.tahqiq.article.Article;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.dedup.ArticleOrder;
import org.tahqiq.index.LshIndex;
import org.tahqiq.pipeline.ProcessedArticle;

/**
 * Incremental event clustering for a live feed: {@link #add(Article)} takes one article and says
 * which event cluster it belongs to now; {@link #result()} gives all clusters.
 *
 * <h2>Equal to batch</h2>
 *
 * At any moment, {@link #result()} equals {@link EventClusterer#cluster} run on the articles the
 * stream currently holds, in any order, and the cluster returned by {@code add} is that result's
 * cluster of the new article. This holds because every part of the method is a function of the
 * set of held articles: candidates are every pair while at most {@link
 * EventClusterer#exactComparisonLimit()} articles are held, else the pairs sharing a band of one of
 * the LSH tables (links to those are kept from the first article on, so crossing the limit in
 * either direction changes only which pairs are compared), document frequencies (when
 * {@linkplain EventClusterer.Builder#learnIdfFromInput learnt from the input}) are counted over the
 * held articles and scores are recomputed from them when asked, and average-link clustering
 * breaks ties by {@link ArticleOrder}. Consequently, adding an article can change earlier
 * clusters (its terms shift document frequencies slightly, and it can pull two clusters together
 * or split none), exactly as re-running the batch would.
 *
 * <h2>Time window</h2>
 *
 * A stream made with {@link EventClusterer#newStream(Duration)} keeps only the articles published
 * at most {@code window} before the newest publication time it has seen: each add retires those
 * that fell out (and their candidate pairs and document frequencies), and an article that arrives
 * already too old is dropped at once ({@link StreamUpdate.Status#EXPIRED}). Memory is then bounded
 * by the number of articles published within one window. "Equal to batch" means equal to the batch
 * run over the articles currently in the window. Every article of a windowed stream needs a
 * publication time. Without a window, everything added is kept.
 *
 * <h2>Cost</h2>
 *
 * {@code add} cleans and signs the article outside the lock, queries the index, then scores the
 * pairs of the new article's connected component (its candidates, their candidates that score
 * above the edge threshold, and so on) and clusters that component. {@link #result()} scores every
 * candidate pair held. Memory per article: its term vector (about 12 bytes a distinct term), its
 * signature in the index, and its candidate links.
 *
 * <h2>Stable event ids</h2>
 *
 * A cluster's id is its first member's id, so an event's cluster id changes when its first member
 * is retired or an earlier-published article joins it. {@link #events()} names the events by ids
 * that last instead: given once, kept while the event goes on, saved by {@link #writeTo} and
 * restored by {@link #readFrom}. The rule (a function of the current clusters and the ids last
 * reported): old ids are taken oldest first, each by the cluster that holds its earliest member
 * last reported under it, so a <b>merge keeps the oldest id</b> and in a split the part with the
 * earliest such member keeps it; a cluster left without an old id gets a <b>fresh id</b>, its
 * first member's id (the next member's if that one names another event already). An event seen
 * for the first time is therefore named as {@link EventCluster#id()} names it, and day 1 then day
 * 2 through a saved stream gives the ids of one run over both days unless a day-2 article was
 * published before the first member of the day-1 event it joins, or retention removed that member.
 *
 * <h2>Fault isolation</h2>
 *
 * A failure while processing one article (any runtime exception, or a stack overflow) is caught at
 * the article boundary: {@code add} returns {@link StreamUpdate.Status#FAILED} with the failure,
 * the stream is unchanged, and {@link #skipped()} lists it. Only a caller's error (a null article,
 * a repeated id, a missing time in a windowed stream) throws.
 *
 * <p>Thread-safe: {@code add}, {@code result} and {@code size} may be called from any threads;
 * text processing runs in parallel, updates and reports are serialized on this stream's monitor.
 */
public final class EventStream {

  private static final Comparator<Node> NODE_ORDER =
      Comparator.comparing((Node n) -> n.article, ArticleOrder.ARTICLES);

  private final EventClusterer clusterer;
  private final Duration window; // null: keep everything
  /** One index per candidate table, each over that table's signatures. */
  private final LshIndex[] indexes;
  private final Map<String, Node> nodes = new HashMap<>();
  private final TreeSet<Node> byTime = new TreeSet<>(NODE_ORDER);
  private final TermCounts inputDf = new TermCounts();
  private final List<ArticleFailure> skipped = new ArrayList<>();
  private final EventIds eventIds = new EventIds();
  private final DistributedClustering.InputFrequencies fixedFrequencies; // null: count the held articles
  private long inputDocuments;
  private long clock = EventClusterer.NO_TIME;
  /** Bumped by every change of the held set; cached weights of an older generation are stale. */
  private long generation;

  EventStream(EventClusterer clusterer, Duration window) {
    this(clusterer, window, null);
  }

  /**
   * A stream whose input document frequencies are fixed to those of a larger input ({@link
   * DistributedClustering#clusterPart}) instead of counted from the held articles; null counts.
   */
  EventStream(EventClusterer clusterer, Duration window, DistributedClustering.InputFrequencies fixed) {
    this.clusterer = clusterer;
    this.window = window;
    this.fixedFrequencies = fixed;
    this.indexes = new LshIndex[clusterer.lshTables().tables()];
    for (int t = 0; t < indexes.length; t++) {
      indexes[t] = LshIndex.builder().parameters(clusterer.lshParameters()).build();
    }

  }

  /**
   * Adds one article and reports its event cluster.
   *
   * @throws IllegalArgumentException if an article with the same id is held, or if this stream has
   *     a window and the article has no publication time
   */
  public StreamUpdate add(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    if (window != null && article.published().isEmpty()) {
      throw new IllegalArgumentException(
          "article '" + article.id() + "' has no publication time, which a windowed stream needs");
    }
    EventClusterer.Features features;
    try {
      features = clusterer.features(article);
    } catch (RuntimeException | StackOverflowError e) {
      ArticleFailure failure = new ArticleFailure(article.id(), ArticleFailure.PROCESS, e);
      synchronized (this) {
        skipped.add(failure);
      }
      return new StreamUpdate(article.id(), StreamUpdate.Status.FAILED, Optional.empty(), List.of(),
          Optional.of(failure));
    }
    synchronized (this) {
      if (nodes.containsKey(article.id())) {
        throw new IllegalArgumentException("article id '" + article.id() + "' is already in the stream");
      }
      List<String> retired = new ArrayList<>();
      Node node = admit(features, retired);
      if (node == null) {
        retired.add(article.id());
        return new StreamUpdate(article.id(), StreamUpdate.Status.EXPIRED, Optional.empty(), retired);
      }
      StreamUpdate.Status status =
          node.features.tooShort() ? StreamUpdate.Status.TOO_SHORT : StreamUpdate.Status.CLUSTERED;
      return new StreamUpdate(article.id(), status, Optional.of(clusterOf(node)), retired);
    }
  }

  /**
   * Adds articles already run through the clusterer's {@link EventClusterer#pipeline()} without
   * reporting their clusters: for a batch (a day's articles), where {@link #add} would cluster the
   * growing component once per article. Terms and signatures are computed on the calling fork-join
   * pool; then the articles are inserted as {@code add} would, in the given order (which, as for
   * {@code add}, cannot change the result). An article whose processing fails is left out, listed in
   * {@link #skipped()} and returned; one that arrives too old for the window is dropped.
   *
   * @return the failures, in input order
   * @throws IllegalArgumentException if an id is held already or repeated, or if this stream has a
   *     window and an article has no publication time (then nothing was added)
   */
  public List<ArticleFailure> addProcessed(List<ProcessedArticle> processed) {
    List<ProcessedArticle> input = List.copyOf(processed);
    ProcessedArticle.requireDistinctIds(input);
    if (window != null) {
      for (ProcessedArticle p : input) {
        if (p.article().published().isEmpty()) {
          throw new IllegalArgumentException(
              "article '" + p.id() + "' has no publication time, which a windowed stream needs");
        }
      }
    }
    List<Object> results = input.parallelStream().map(p -> {
      try {
        return (Object) clusterer.features(p);
      } catch (RuntimeException | StackOverflowError e) {
        return new ArticleFailure(p.id(), ArticleFailure.PROCESS, e);
      }
    }).toList();
    List<ArticleFailure> failures = new ArrayList<>();
    synchronized (this) {
      for (ProcessedArticle p : input) {
        if (nodes.containsKey(p.id())) {
          throw new IllegalArgumentException("article id '" + p.id() + "' is already in the stream");
        }
      }
      for (Object r : results) {
        if (r instanceof ArticleFailure f) {
          failures.add(f);
          skipped.add(f);
        } else {
          admit((EventClusterer.Features) r, new ArrayList<>());
        }
      }
    }
    return failures;
  }

  /**
   * Inserts {@code features} after moving the window's clock, or drops them if too old (null);
   * the caller holds the monitor. Ids retired by the window are added to {@code retired}.
   */
  private Node admit(EventClusterer.Features features, List<String> retired) {
    if (window != null) {
      long oldest = clock == EventClusterer.NO_TIME ? features.time() : clock - window.getSeconds();
      if (features.time() < oldest) {
        return null;
      }
      clock = Math.max(clock, features.time());
      retireBefore(clock - window.getSeconds(), retired);
    }
    return insert(features);
  }

  /**
   * Every event of the articles held now under its stable id (see "Stable event ids" in the class
   * documentation): the clusters of {@link #result()}, in its order. Records the ids given, so
   * that later calls, and a stream restored from {@link #writeTo}, keep them.
   */
  public synchronized List<StreamEvent> events() {
    List<Node> all = new ArrayList<>(nodes.values());
    ClusteringResult result = cluster(all).result; // sorts all into article order
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      rank.put(all.get(i).article.id(), i);
    }
    return eventIds.assign(result.clusters(), rank::get);
  }

  /** All clusters of the articles held now; see the class documentation. */
  public synchronized ClusteringResult result() {
    List<Node> all = new ArrayList<>(nodes.values());
    return cluster(all).result;
  }

  /** The articles whose processing failed, in the order they failed; they are not held. */
  public synchronized List<ArticleFailure> skipped() {
    return List.copyOf(skipped);
  }

  /**
   * Saves this stream's state (format {@code TQES}, see {@link org.tahqiq.format.Formats}): the
   * window, the clock, the stable event ids and every held article's id, source, publication time,
   * terms, reported days and event id (not its text; signatures are recomputed from the terms on
   * reading), so that {@link #readFrom}
   * continues with a stream whose {@link #result()} and {@link #events()} equal this one's. Does not
   * close {@code out}.
   */
  public void writeTo(java.io.OutputStream out) throws java.io.IOException {
    writeTo(out, null);
  }

  /**
   * As {@link #writeTo(java.io.OutputStream)}, leaving out the articles published before {@code
   * keepFrom} (retention; null keeps all); articles without publication time are kept. The state
   * read back is that of the kept articles alone, with their event ids.
   */
  public synchronized void writeTo(java.io.OutputStream out, java.time.LocalDateTime keepFrom)
      throws java.io.IOException {
    Objects.requireNonNull(out, "out must not be null");
    List<Node> held = new ArrayList<>(nodes.values());
    if (keepFrom != null) {
      held.removeIf(n -> n.article.published().map(t -> t.isBefore(keepFrom)).orElse(false));
    }
    held.sort(NODE_ORDER);
    EventStreamFormat.write(clusterer, window, clock, held.stream().map(n -> n.features).toList(), eventIds, out);
  }

  /** The latest publication time of the articles held, if any has one. */
  public synchronized Optional<java.time.LocalDateTime> newestPublished() {
    return nodes.values().stream().map(n -> n.article.published()).flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
  }

  /**
   * Restores a stream saved by {@link #writeTo}, to continue with {@code clusterer}, which must have
   * the parameters it was saved with. Consumes exactly the state's bytes; does not close {@code in}.
   *
   * @param source the file name, for error messages (empty for an anonymous stream)
   * @throws org.tahqiq.format.FormatException if the input is foreign, truncated, corrupt or of
   *     another clusterer; the message names the source and the field
   */
  public static EventStream readFrom(java.io.InputStream in, String source, EventClusterer clusterer)
      throws java.io.IOException {
    Objects.requireNonNull(in, "in must not be null");
    return EventStreamFormat.read(in, Objects.requireNonNull(source, "source must not be null"),
        Objects.requireNonNull(clusterer, "clusterer must not be null"));
  }

  /** The stable event ids, for the codec. */
  EventIds eventIds() {
    return eventIds;
  }

  /** Sets the clock of a restored stream (the newest time it had seen). */
  synchronized void restoreClock(long restored) {
    clock = Math.max(clock, restored);
  }

  /** Number of articles held. */
  public synchronized int size() {
    return nodes.size();
  }

  /** Ids of the articles held, in {@link ArticleOrder}. */
  public synchronized List<String> articleIds() {
    List<Node> all = new ArrayList<>(nodes.values());
    all.sort(NODE_ORDER);
    return all.stream().map(n -> n.article.id()).toList();
  }

  /** Number of candidate links held (each pair counted twice); for measurements. */
  synchronized long candidateLinks() {
    long n = 0;
    for (Node node : nodes.values()) {
      n += node.candidates.size();
    }
    return n;
  }

  /** Adds without reporting; the caller holds the monitor or owns the stream alone. */
  Node insert(EventClusterer.Features f) {
    Node node = hold(f);
    if (!f.tooShort()) {
      // The candidate links are kept even while the stream is small enough to compare every pair,
      // so that they are complete when it grows past the exact-comparison limit.
      Set<Node> found = new HashSet<>();
      for (int t = 0; t < indexes.length; t++) {
        for (String otherId : indexes[t].query(f.signatures()[t])) {
          Node other = nodes.get(otherId);
          // A pair whose time factor alone puts it below the edge threshold can never be an edge.
          if (found.add(other) && mayScoreEdge(node, other)) {
            node.candidates.add(other);
            other.candidates.add(node);
          }
        }
      }
      for (int t = 0; t < indexes.length; t++) {
        indexes[t].insert(f.article().id(), f.signatures()[t]);
      }
    }
    return node;
  }

  /**
   * The bookkeeping of {@link #insert} without the candidate index: holds the article, counts its
   * terms and starts a new generation.
   */
  private Node hold(EventClusterer.Features f) {
    String id = f.article().id();
    if (nodes.containsKey(id)) {
      throw new IllegalArgumentException("article id '" + id + "' is already in the stream");
    }
    Node node = new Node(f);
    nodes.put(id, node);
    if (window != null) {
      byTime.add(node);
    }
    countTerms(f.terms(), 1);
    generation++;
    return node;
  }

  /**
   * Inserts a whole collection into a new, empty stream that is afterwards only asked for its
   * {@link #result()} (the batch runs of {@link EventClusterer#cluster} and {@link
   * DistributedClustering#clusterPart}): the candidate links are exactly those of one {@link
   * #insert} per article, in any order, at a fraction of the cost. Articles without a time go
   * first and stay in the indexes (the time factor never rules them out); timed articles follow
   * in time order, and each leaves the indexes once an article more than {@link
   * EventClusterer#edgeHorizonSeconds()} newer is inserted: the pair can no longer be an edge
   * ({@link #mayScoreEdge}), nor can any pair with the articles still to come, so queries walk
   * only pairs the time factor allows. On a corpus spanning two months that is a tenth of the
   * pairs sharing a band. Afterwards the indexes no longer hold every article, which is why this
   * is for batch streams only.
   *
   * <p>The tables are independent, so each is swept on its own, in parallel on the calling
   * fork-join pool; their links are then merged in the order one {@code insert} per article
   * would make them (article by article, table by table, in query order), so the candidate lists
   * are the same lists, element for element, whatever the threads did.
   *
   * @throws IllegalStateException if the stream already holds articles
   */
  void insertBatch(List<EventClusterer.Features> features) {
    if (!nodes.isEmpty()) {
      throw new IllegalStateException("insertBatch needs an empty stream; it holds " + nodes.size());
    }
    List<EventClusterer.Features> byTimeOrder = new ArrayList<>(features);
    // NO_TIME is Long.MIN_VALUE, so articles without a time come first.
    byTimeOrder.sort(Comparator.comparingLong(EventClusterer.Features::time));
    int n = byTimeOrder.size();
    Node[] inOrder = new Node[n];
    Map<String, Integer> position = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      inOrder[i] = hold(byTimeOrder.get(i));
      position.put(inOrder[i].article.id(), i);
    }
    IntStream tables = IntStream.range(0, indexes.length);
    Links[] links = (n < PARALLEL_MIN_ARTICLES ? tables : tables.parallel())
        .mapToObj(t -> tableLinks(t, byTimeOrder, inOrder, position))
        .toArray(Links[]::new);
    // Merge: article i's new candidates are its earlier partners over tables 0, 1, ... in query
    // order, each once. Every table's links are already ordered by i.
    int[] cursor = new int[links.length];
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    for (int i = 0; i < n; i++) {
      Node node = inOrder[i];
      for (int t = 0; t < links.length; t++) {
        Links l = links[t];
        while (cursor[t] < l.size && l.later[cursor[t]] == i) {
          int j = l.earlier[cursor[t]++];
          if (seenBy[j] != i) {
            seenBy[j] = i;
            node.candidates.add(inOrder[j]);
            inOrder[j].candidates.add(node);
          }
        }
      }
    }
  }

  /** Below this many articles a batch insert or a clustering runs on the calling thread alone. */
  static final int PARALLEL_MIN_ARTICLES = 512;

  /**
   * The candidate links table {@code t} gives the batch {@code byTimeOrder} (positions in it;
   * {@code inOrder} holds their nodes): one sweep in time order that queries the table before
   * inserting each article and drops articles beyond the edge horizon, as {@link #insertBatch}
   * describes. Touches only index {@code t}, so tables may be swept concurrently.
   */
  private Links tableLinks(int t, List<EventClusterer.Features> byTimeOrder, Node[] inOrder,
      Map<String, Integer> position) {
    LshIndex index = indexes[t];
    long horizon = clusterer.edgeHorizonSeconds();
    ArrayDeque<Integer> indexed = new ArrayDeque<>();
    Links links = new Links();
    for (int i = 0; i < inOrder.length; i++) {
      EventClusterer.Features f = byTimeOrder.get(i);
      if (f.time() != EventClusterer.NO_TIME) {
        while (!indexed.isEmpty() && inOrder[indexed.peekFirst()].features.time() < f.time() - horizon) {
          index.remove(inOrder[indexed.pollFirst()].article.id());
        }
      }
      if (f.tooShort()) {
        continue;
      }
      for (String otherId : index.query(f.signatures()[t])) {
        int j = position.get(otherId);
        if (mayScoreEdge(inOrder[i], inOrder[j])) {
          links.add(i, j);
        }
      }
      index.insert(f.article().id(), f.signatures()[t]);
      if (f.time() != EventClusterer.NO_TIME) {
        indexed.addLast(i);
      }
    }
    return links;
  }

  /** Candidate links of one table, in the order found: pairs (later, earlier) of batch positions. */
  private static final class Links {
    int[] later = new int[64];
    int[] earlier = new int[64];
    int size;

    void add(int i, int j) {
      if (size == later.length) {
        later = Arrays.copyOf(later, size * 2);
        earlier = Arrays.copyOf(earlier, size * 2);
      }
      later[size] = i;
      earlier[size++] = j;
    }
  }

  private void retireBefore(long oldest, List<String> retired) {
    while (!byTime.isEmpty() && byTime.first().features.time() < oldest) {
      Node node = byTime.pollFirst();
      nodes.remove(node.article.id());
      if (!node.features.tooShort()) {
        for (LshIndex index : indexes) {
          index.remove(node.article.id());
        }
      }
      for (Node other : node.candidates) {
        other.candidates.remove(node);
      }
      countTerms(node.features.terms(), -1);
      eventIds.forget(node.article.id());
      retired.add(node.article.id());
      generation++;
    }
  }

  private void countTerms(TermVector terms, int delta) {
    if (clusterer.learnsIdfFromInput() && fixedFrequencies == null) {
      for (int i = 0; i < terms.size(); i++) {
        inputDf.add(terms.term(i), delta);
      }
      inputDocuments += delta;
    }
  }

  /** The cluster of {@code start}: its connected component of edges, clustered on its own. */
  private EventCluster clusterOf(Node start) {
    Set<Node> seen = new HashSet<>();
    ArrayDeque<Node> queue = new ArrayDeque<>();
    seen.add(start);
    queue.add(start);
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      for (Node other : candidatesOf(n)) {
        if (!seen.contains(other) && score(n, other) >= clusterer.edgeThreshold()) {
          seen.add(other);
          queue.add(other);
        }
      }
    }
    Clustering c = cluster(new ArrayList<>(seen));
    return c.clusterOf.get(start);
  }

  /**
   * Clusters a set of nodes closed under edges: all of them ({@link #result()}) or one connected
   * component. Nodes are numbered in {@link ArticleOrder}, so the outcome does not depend on the
   * order of {@code members}.
   */
  private Clustering cluster(List<Node> members) {
    members.sort(NODE_ORDER);
    int n = members.size();
    Map<Node, Integer> number = new HashMap<>();
    for (int i = 0; i < n; i++) {
      number.put(members.get(i), i);
    }
    boolean exact = comparesAllPairs();
    Edges edges;
    if (n < PARALLEL_MIN_ARTICLES) {
      edges = edges(members, number, 0, n, exact);
    } else {
      // Each node's weights first, once, so that the scoring below only reads shared state; then
      // the nodes are scored in blocks on the calling fork-join pool, and the blocks' edges
      // concatenated in block order: the same edge list as one pass over the nodes.
      members.parallelStream().forEach(this::weights);
      int blocks = (n + SCORING_BLOCK - 1) / SCORING_BLOCK;
      edges = Edges.concat(IntStream.range(0, blocks).parallel()
          .mapToObj(b -> edges(members, number, b * SCORING_BLOCK, Math.min(n, (b + 1) * SCORING_BLOCK), exact))
          .toArray(Edges[]::new));
    }
    int[] from = edges.from;
    int[] to = edges.to;
    double[] score = edges.score;
    int[] representative =
        AverageLinkage.cluster(n, from, to, score, edges.size, clusterer.mergeThreshold());
    Map<Integer, List<String>> byRepresentative = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    List<String> tooShort = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Node node = members.get(i);
      int r = representative[i];
      if (r == i) {
        order.add(i);
      }
      byRepresentative.computeIfAbsent(r, x -> new ArrayList<>()).add(node.article.id());
      if (node.features.tooShort()) {
        tooShort.add(node.article.id());
      }
    }
    List<EventCluster> clusters = new ArrayList<>(order.size());
    Map<Integer, EventCluster> clusterByRepresentative = new HashMap<>();
    for (int r : order) {
      List<String> ids = byRepresentative.get(r);
      EventCluster cluster = new EventCluster(ids.get(0), ids);
      clusters.add(cluster);
      clusterByRepresentative.put(r, cluster);
    }
    Map<Node, EventCluster> clusterOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      clusterOf.put(members.get(i), clusterByRepresentative.get(representative[i]));
    }
    return new Clustering(new ClusteringResult(clusters, tooShort), clusterOf);
  }

  /** Nodes per block of the parallel scoring in {@link #cluster}. */
  private static final int SCORING_BLOCK = 256;

  /**
   * The edges from members {@code [first, end)} to higher-numbered members: candidate (or, when
   * {@code exact}, every) pairs that can score an edge, scored, kept at or above the edge
   * threshold, in order of the lower then the higher member number.
   */
  private Edges edges(List<Node> members, Map<Node, Integer> number, int first, int end, boolean exact) {
    Edges edges = new Edges();
    int n = members.size();
    int[] higher = new int[16];
    for (int i = first; i < end; i++) {
      Node node = members.get(i);
      int h = 0;
      if (exact) {
        for (int j = i + 1; j < n; j++) {
          if (mayScoreEdge(node, members.get(j))) {
            if (h == higher.length) {
              higher = Arrays.copyOf(higher, h * 2);
            }
            higher[h++] = j;
          }
        }
      } else {
        for (Node other : node.candidates) {
          Integer j = number.get(other);
          if (j != null && j > i) {
            if (h == higher.length) {
              higher = Arrays.copyOf(higher, h * 2);
            }
            higher[h++] = j;
          }
        }
        Arrays.sort(higher, 0, h);
      }
      for (int k = 0; k < h; k++) {
        double s = score(node, members.get(higher[k]));
        if (s >= clusterer.edgeThreshold()) {
          edges.add(i, higher[k], s);
        }
      }
    }
    return edges;
  }

  /** A growing list of scored edges (from, to, score), as {@link AverageLinkage} takes them. */
  private static final class Edges {
    int[] from = new int[16];
    int[] to = new int[16];
    double[] score = new double[16];
    int size;

    void add(int a, int b, double s) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
        score = Arrays.copyOf(score, size * 2);
      }
      from[size] = a;
      to[size] = b;
      score[size++] = s;
    }

    /** The parts one after another. */
    static Edges concat(Edges[] parts) {
      Edges all = new Edges();
      int total = 0;
      for (Edges p : parts) {
        total += p.size;
      }
      all.from = new int[Math.max(1, total)];
      all.to = new int[all.from.length];
      all.score = new double[all.from.length];
      for (Edges p : parts) {
        System.arraycopy(p.from, 0, all.from, all.size, p.size);
        System.arraycopy(p.to, 0, all.to, all.size, p.size);
        System.arraycopy(p.score, 0, all.score, all.size, p.size);
        all.size += p.size;
      }
      return all;
    }
  }

  /**
   * Whether every pair of held articles is compared, instead of the candidate pairs only: while
   * the stream holds at most {@link EventClusterer#exactComparisonLimit()} articles.
   */
  private boolean comparesAllPairs() {
    return nodes.size() <= clusterer.exactComparisonLimit();
  }

  /** The nodes {@code n} is compared with: every other clusterable node, or its candidates. */
  private Iterable<Node> candidatesOf(Node n) {
    if (!comparesAllPairs()) {
      return n.candidates;
    }
    List<Node> all = new ArrayList<>(nodes.size());
    for (Node other : nodes.values()) {
      if (other != n && mayScoreEdge(n, other)) {
        all.add(other);
      }
    }
    return all;
  }

  /** Whether the pair can score an edge at all: both clusterable, time factor not below the edge threshold. */
  private boolean mayScoreEdge(Node a, Node b) {
    return !a.features.tooShort() && !b.features.tooShort()
        && clusterer.timeFactor(a.features.time(), b.features.time()) >= clusterer.edgeThreshold();
  }

  private record Clustering(ClusteringResult result, Map<Node, EventCluster> clusterOf) {}

  /**
   * The verified score of a candidate pair under the current document frequencies: exact when it
   * reaches the edge threshold; below it, some value below the threshold (every caller only
   * compares it with the threshold then).
   */
  double score(Node a, Node b) {
    double[] wa = weights(a);
    double[] wb = weights(b);
    if (a.norm == 0 || b.norm == 0) {
      return 0;
    }
    TermVector ta = a.features.terms();
    TermVector tb = b.features.terms();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ta.size() && j < tb.size()) {
      long x = ta.term(i);
      long y = tb.term(j);
      if (x < y) {
        i++;
      } else if (y < x) {
        j++;
      } else {
        dot += wa[i++] * wb[j++];
      }
    }
    double cosine = Math.min(1.0, dot / (a.norm * b.norm));
    // Every factor below is at most 1 and the loose time factor bounds the pair's own: a pair that
    // cannot reach the edge threshold needs no evidence checks (most candidate pairs). One text
    // copied gets no factor of evidence at all (see EventClusterer): its score is that bound.
    double bound = cosine * clusterer.timeFactor(a.features.time(), b.features.time());
    if (bound < clusterer.edgeThreshold() || cosine >= EventClusterer.COPY_COSINE) {
      return bound;
    }
    return cosine * clusterer.timeFactor(a.features.time(), b.features.time(), a.features.reportedDays(),
        b.features.reportedDays())
        * clusterer.daysFactor(a.features.time(), a.features.reportedDays(), b.features.time(),
            b.features.reportedDays())
        * clusterer.placesFactor(a.features.places(), b.features.places())
        * clusterer.headlinesFactor(a.features, b.features);
  }

  /**
   * The node's term weights {@code (1 + ln tf) · idf²} for the current generation, computed at most
   * once per generation; see {@link EventClusterer} for why IDF is squared.
   */
  private double[] weights(Node node) {
    if (node.weightGeneration == generation && node.weights != null) {
      return node.weights;
    }
    TermVector t = node.features.terms();
    double[] w = node.weights != null && node.weights.length == t.size() ? node.weights : new double[t.size()];
    IdfTable bg = clusterer.background();
    long documents = bg.documentCount()
        + (fixedFrequencies != null && clusterer.learnsIdfFromInput() ? fixedFrequencies.documents() : inputDocuments);
    double norm2 = 0;
    for (int i = 0; i < t.size(); i++) {
      long term = t.term(i);
      long df = bg.documentFrequency(term) + (!clusterer.learnsIdfFromInput() ? 0
          : fixedFrequencies != null ? fixedFrequencies.documentFrequency(term) : inputDf.get(term));
      double idf = IdfTable.idf(documents, df);
      double x = (1.0 + Math.log(t.count(i))) * idf * idf;
      w[i] = x;
      norm2 += x * x;
    }
    node.weights = w;
    node.norm = Math.sqrt(norm2);
    node.weightGeneration = generation;
    return w;
  }

  /** One held article. Identity equality: ids are unique within a stream. */
  static final class Node {
    final Article article;
    final EventClusterer.Features features;
    final List<Node> candidates = new ArrayList<>();
    double[] weights;
    double norm;
    long weightGeneration = -1;

    Node(EventClusterer.Features features) {
      this.article = features.article();
      this.features = features.withoutSignatures(); // the index holds them
    }
  }
}
