package org.tahqiq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tahqiq.article.Article;
import org.tahqiq.index.LshIndex;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.MinHasher;
import org.tahqiq.signature.Signature;

/**
 * LSH index throughput on signatures of real articles: inserts per second into a growing index, and
 * verified queries (candidates + estimated similarity ≥ threshold) per second against an index of
 * all loaded articles. Default MinHash policy, k = 128.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IndexBenchmark {

  @Param("corpus")
  public String input;

  @Param("seeds")
  public String seedsDir;

  @Param("../shared/corpora/egypt-news-2013-40k.jsonl.gz")
  public String corpus;

  @Param("20000")
  public int limit;

  @Param("0.7")
  public double threshold;

  private Signature[] signatures;
  private LshIndex full;
  private LshIndex growing;
  private int nextInsert;
  private int nextQuery;
  private long generation;

  @Setup
  public void setUp() {
    List<Article> articles;
    try {
      articles = Corpus.load(input, seedsDir, corpus, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MinHasher hasher = MinHashPolicy.defaults(128).newHasher();
    TextPipeline pipeline = TextPipeline.defaults();
    List<Signature> list = new ArrayList<>();
    for (Article a : articles) {
      ShingleSet s = pipeline.process(a).shingles();
      if (s.size() >= 5) {
        list.add(hasher.sign(s.toArray()));
      }
    }
    signatures = list.toArray(new Signature[0]);
    full = LshIndex.builder().threshold(threshold).numComponents(128).build();
    for (int i = 0; i < signatures.length; i++) {
      full.insert("d" + i, signatures[i]);
    }
  }

  @Setup(Level.Iteration)
  public void newGrowingIndex() {
    growing = LshIndex.builder().threshold(threshold).numComponents(128).build();
    nextInsert = 0;
    generation++;
  }

  @Benchmark
  public LshIndex insert() {
    int i = nextInsert++;
    growing.insert(generation + ":" + i, signatures[i % signatures.length]);
    return growing;
  }

  @Benchmark
  public Object queryVerified() {
    return full.query(signatures[nextQuery++ % signatures.length], threshold);
  }
}
