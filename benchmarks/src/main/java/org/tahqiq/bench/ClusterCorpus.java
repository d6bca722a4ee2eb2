package org.tahqiq.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.ClusterEvaluation;
import org.tahqiq.cluster.ClusterEvaluator;
import org.tahqiq.cluster.ClusteringResult;
import org.tahqiq.cluster.EventCluster;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.cluster.EventStream;
import org.tahqiq.cluster.IdfTable;
import org.tahqiq.pipeline.TextPipeline;

/**
 * One-shot event clustering of a JSONL corpus, and the generator of the default IDF table.
 *
 * <p>{@code ClusterCorpus CORPUS.jsonl.gz [limit]}: clusters the corpus in batch, reports wall
 * time, peak heap, the number and size distribution of clusters; then runs the streaming mode with
 * a 3-day window, reports its wall time and the largest number of articles held, and checks that
 * the final window equals the batch run over the same articles; measures recall on same-headline
 * pairs from different sites; prints 20 multi-source clusters (fixed seed) for reading.
 *
 * <p>{@code ClusterCorpus idf CORPUS.jsonl.gz OUT.bin.gz}: learns document frequencies from the
 * corpus, keeps terms with df ≥ {@link IdfTable#DEFAULT_MIN_DF} and writes the gzip-compressed
 * table: this is how {@code src/main/resources/org/tahqiq/cluster/default-idf.bin.gz} is made.
 */
public final class ClusterCorpus {
  private static final Duration WINDOW = Duration.ofDays(3);
  private static final int SPOT_CHECK = 20;
  private static final long SPOT_CHECK_SEED = 20130101L;

  private ClusterCorpus() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("idf")) {
      writeIdf(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpora/egypt-news-2013-40k.jsonl.gz");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<Article> articles = Corpus.jsonl(file, limit);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    EventClusterer clusterer = EventClusterer.defaults();
    System.out.println(clusterer);
    System.out.printf("articles: %d%n", articles.size());

    long t0 = System.nanoTime();
    ClusteringResult result = clusterer.cluster(articles);
    long t1 = System.nanoTime();
    System.out.printf("batch cluster wall time: %.2f s%n", (t1 - t0) / 1e9);
    System.out.printf("peak heap after batch (sum of pool peaks): %.0f MiB%n", HeapPeaks.peakMiB());
    describe(result, byId);

    // Streaming with a window, in publication order as a live feed would deliver.
    HeapPeaks.reset();
    EventStream stream = clusterer.newStream(WINDOW);
    int maxHeld = 0;
    int expired = 0;
    long t2 = System.nanoTime();
    for (Article a : articles) {
      if (a.published().isEmpty()) {
        continue;
      }
      if (stream.add(a).status() == org.tahqiq.cluster.StreamUpdate.Status.EXPIRED) {
        expired++;
      }
      maxHeld = Math.max(maxHeld, stream.size());
    }
    long t3 = System.nanoTime();
    System.out.printf("stream (window %s): wall time %.2f s, %.2f ms/article, max held %d, held at end %d, "
            + "expired on arrival %d, peak heap %.0f MiB%n",
        WINDOW, (t3 - t2) / 1e9, (t3 - t2) / 1e6 / articles.size(), maxHeld, stream.size(), expired, HeapPeaks.peakMiB());
    ClusteringResult last = stream.result();
    List<Article> held = new ArrayList<>();
    for (String id : stream.articleIds()) {
      held.add(byId.get(id));
    }
    Collections.shuffle(held, new Random(7));
    ClusteringResult batchOfHeld = clusterer.cluster(held);
    System.out.printf("final window equals batch over its %d articles: %s%n", held.size(), last.equals(batchOfHeld));

    sameHeadline(result, articles);
    spotCheck(result, byId);
  }

  private static void describe(ClusteringResult result, Map<String, Article> byId) {
    TreeMap<Integer, Integer> sizes = new TreeMap<>();
    int multiSource = 0;
    int inMulti = 0;
    for (EventCluster c : result.multiArticleClusters()) {
      sizes.merge(bucket(c.size()), 1, Integer::sum);
      inMulti += c.size();
      if (sources(c, byId).size() > 1) {
        multiSource++;
      }
    }
    System.out.printf("clusters: %d (of which %d with 2+ articles holding %d articles, %d multi-source), "
            + "singletons %d, too short %d%n",
        result.clusters().size(), result.multiArticleClusters().size(), inMulti, multiSource,
        result.clusters().size() - result.multiArticleClusters().size(), result.tooShort().size());
    System.out.println("size distribution of clusters with 2+ articles (size bucket=count): " + sizes);
  }

  private static int bucket(int size) {
    if (size <= 5) {
      return size;
    }
    if (size <= 10) {
      return 10;
    }
    if (size <= 20) {
      return 20;
    }
    if (size <= 50) {
      return 50;
    }
    return 1000;
  }

  private static Set<String> sources(EventCluster c, Map<String, Article> byId) {
    Set<String> s = new HashSet<>();
    for (String id : c.articles()) {
      s.add(byId.get(id).source());
    }
    return s;
  }

  /**
   * Articles from different sites with the same normalized headline (at least 4 words) are taken
   * as gold "same event" groups; reports recall of those pairs (precision is not measurable this way:
   * other pairs may well be the same event too).
   */
  private static void sameHeadline(ClusteringResult result, List<Article> articles) {
    TextPipeline pipeline = TextPipeline.defaults();
    Map<String, List<Article>> byTitle = new HashMap<>();
    for (Article a : articles) {
      a.title().ifPresent(t -> {
        String key = pipeline.normalizer().normalize(t).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        if (key.split(" ").length >= 4) {
          byTitle.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
      });
    }
    Map<String, String> predicted = result.assignments();
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predictedSub = new HashMap<>();
    int groups = 0;
    for (Map.Entry<String, List<Article>> e : byTitle.entrySet()) {
      Set<String> sites = new HashSet<>();
      e.getValue().forEach(a -> sites.add(a.source()));
      if (sites.size() < 2) {
        continue;
      }
      groups++;
      for (Article a : e.getValue()) {
        gold.put(a.id(), e.getKey());
        predictedSub.put(a.id(), predicted.get(a.id()));
      }
    }
    ClusterEvaluation ev = ClusterEvaluator.evaluate(predictedSub, gold);
    System.out.printf("same-headline groups from 2+ sites: %d groups, %d articles; pairwise recall %.3f, "
            + "B-cubed recall %.3f (precision within this subset %.3f)%n",
        groups, gold.size(), ev.pairwiseRecall(), ev.bcubedRecall(), ev.pairwisePrecision());
  }

  private static void spotCheck(ClusteringResult result, Map<String, Article> byId) {
    List<EventCluster> multi = new ArrayList<>();
    for (EventCluster c : result.multiArticleClusters()) {
      if (sources(c, byId).size() > 1) {
        multi.add(c);
      }
    }
    Collections.shuffle(multi, new Random(SPOT_CHECK_SEED));
    System.out.println();
    System.out.println("Spot check: " + Math.min(SPOT_CHECK, multi.size()) + " multi-source clusters");
    for (int i = 0; i < Math.min(SPOT_CHECK, multi.size()); i++) {
      EventCluster c = multi.get(i);
      System.out.printf("#%d cluster %s, %d articles%n", i + 1, c.id(), c.size());
      for (String id : c.articles().subList(0, Math.min(8, c.size()))) {
        Article a = byId.get(id);
        String body = a.text().replace('\n', ' ');
        System.out.printf("   %s | %s | %s | %s%n", a.published().map(Object::toString).orElse("-"), a.source(),
            a.title().orElse("-"), body.substring(0, Math.min(140, body.length())));
      }
    }
  }

  private static void writeIdf(Path corpus, Path out) throws Exception {
    long t0 = System.nanoTime();
    IdfTable.Builder b = IdfTable.builder(TextPipeline.defaults());
    for (Article a : Corpus.jsonl(corpus, Integer.MAX_VALUE)) {
      b.add(a);
    }
    IdfTable full = b.build();
    IdfTable table = full.pruned(IdfTable.DEFAULT_MIN_DF);
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
      table.writeTo(os);
    }
    System.out.printf("learnt %s in %.1f s; kept %s (df >= %d): %d bytes gzip%n",
        full, (System.nanoTime() - t0) / 1e9, table, IdfTable.DEFAULT_MIN_DF, Files.size(out));
  }
}
