package org.tahqiq.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.TreeMap;
import org.openjdk.jol.info.GraphLayout;
import org.tahqiq.article.Article;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.index.LshIndex;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.MinHasher;
import org.tahqiq.signature.Signature;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.shingle.ShingleSet;

/**
 * One-shot end-to-end deduplication of a JSONL corpus: read, clean, shingle, sign, index, group.
 * Prints wall times, the number and size distribution of duplicate groups, peak heap, and the LSH
 * index's retained bytes per document against the raw signature bytes.
 *
 * <p>Two ways to run the same deduplication are timed: {@code batch} reads all articles, then
 * calls {@link NearDuplicateDetector#detect}; {@code stream} parses on the main thread while one
 * worker per core feeds each parsed batch of articles to a {@link DuplicateStream}, so reading
 * overlaps processing. Both must give the same report (checked). The mode named on the command
 * line (default {@code batch}) runs first, with a cold JIT, as a one-shot command would.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.tahqiq.bench.DedupCorpus
 * ../shared/corpora/egypt-news-2013-40k.jsonl.gz [limit] [batch|stream]}
 */
public final class DedupCorpus {
  private DedupCorpus() {}

  /** Articles handed to a worker at a time in stream mode. */
  private static final int STREAM_BATCH = 64;

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpora/egypt-news-2013-40k.jsonl.gz");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    boolean streamFirst = args.length > 2 && args[2].equals("stream");
    if (args.length > 2 && !streamFirst && !args[2].equals("batch")) {
      throw new IllegalArgumentException("mode must be batch or stream: " + args[2]);
    }
    // JOL cannot read record fields' offsets without this (the index holds records).
    System.setProperty("jol.magicFieldOffset", "true");
    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    int workers = Runtime.getRuntime().availableProcessors();

    long s0 = 0;
    long s1 = 0;
    DuplicateReport streamed = null;
    if (streamFirst) {
      s0 = System.nanoTime();
      streamed = streamed(detector, file, limit, workers);
      s1 = System.nanoTime();
    }
    long t0 = System.nanoTime();
    List<Article> articles = Corpus.jsonl(file, limit);
    long t1 = System.nanoTime();
    DuplicateReport cold = detector.detect(articles);
    long t2 = System.nanoTime();
    DuplicateReport report = detector.detect(articles);
    long t3 = System.nanoTime();
    if (!streamFirst) {
      s0 = System.nanoTime();
      streamed = streamed(detector, file, limit, workers);
      s1 = System.nanoTime();
    }

    System.out.printf("articles: %d%n", articles.size());
    System.out.printf("read+parse JSONL.gz: %.2f s%n", (t1 - t0) / 1e9);
    System.out.printf("detect (clean, shingle, sign, index, group), first run: %.2f s%n", (t2 - t1) / 1e9);
    System.out.printf("detect, second run: %.2f s%n", (t3 - t2) / 1e9);
    System.out.printf("end to end (read + first detect): %.2f s%n", (t2 - t0) / 1e9);
    System.out.printf("streamed end to end (read overlapped with dedup on %d workers)%s: %.2f s%n",
        workers, streamFirst ? ", cold" : ", after the batch runs", (s1 - s0) / 1e9);
    System.out.printf("groups: %d, articles in groups: %d, pairs: %d, too short: %d%n",
        report.groups().size(),
        report.groups().stream().mapToInt(DuplicateGroup::size).sum(),
        report.pairs().size(),
        report.tooShort().size());
    TreeMap<Integer, Integer> sizes = new TreeMap<>();
    for (DuplicateGroup g : report.groups()) {
      sizes.merge(g.size(), 1, Integer::sum);
    }
    System.out.println("group size distribution (size=count): " + sizes);
    if (!cold.equals(report)) {
      System.out.println("WARNING: two runs differ");
    }
    if (!streamed.equals(report)) {
      System.out.println("WARNING: streamed and batch reports differ");
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("peak heap (sum of pool peaks): %.0f MiB%n", peak / 1048576.0);

    // Index memory per document against raw signature bytes.
    MinHasher hasher = MinHashPolicy.defaults(128).newHasher();
    TextPipeline pipeline = TextPipeline.defaults();
    LshIndex index = LshIndex.builder().threshold(detector.threshold()).numComponents(128).build();
    int n = 0;
    for (Article a : articles) {
      ShingleSet s = pipeline.process(a).shingles();
      if (s.size() >= detector.minShingles()) {
        Signature sig = hasher.sign(s.toArray());
        index.insert(a.id(), sig);
        n++;
      }
    }
    long raw = (long) n * 128 * 4;
    long retained = GraphLayout.parseInstance(index).totalSize();
    System.out.printf("index: %d docs, raw signature bytes %d, estimatedMemoryBytes %d (%.2fx raw), "
            + "retained incl. keys %d (%.2fx raw)%n",
        n, raw, index.estimatedMemoryBytes(), index.estimatedMemoryBytes() / (double) raw,
        retained, retained / (double) raw);
  }

  /**
   * Reads the corpus on this thread and deduplicates it through a {@link DuplicateStream} on
   * {@code workers} threads, batch by batch as articles are parsed.
   */
  static DuplicateReport streamed(NearDuplicateDetector detector, Path file, int limit, int workers)
      throws Exception {
    DuplicateStream stream = detector.newStream();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> done = new ArrayList<>();
      List<List<Article>> batch = new ArrayList<>(List.of(new ArrayList<>(STREAM_BATCH)));
      Corpus.jsonl(file, limit, a -> {
        List<Article> current = batch.get(0);
        current.add(a);
        if (current.size() == STREAM_BATCH) {
          done.add(pool.submit(() -> current.forEach(stream::add)));
          batch.set(0, new ArrayList<>(STREAM_BATCH));
        }
      });
      List<Article> rest = batch.get(0);
      done.add(pool.submit(() -> rest.forEach(stream::add)));
      for (Future<?> f : done) {
        f.get(); // rethrows a worker's failure
      }
    } finally {
      pool.shutdown();
    }
    return stream.report();
  }
}
