package org.tahqiq.bench;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tahqiq.article.Article;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.MinHashScheme;
import org.tahqiq.signature.MinHasher;

/**
 * Signatures per second for each MinHash implementation on real shingle sets (the default text
 * pipeline's word shingles of the seeds or of the corpus). One operation signs one document.
 * Baselines in the same run: hash4j's {@code minHash} and {@code superMinHash}, and a classic
 * MinHash over Guava's murmur3 (k seeded hash functions, the way most hand-made implementations do
 * it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MinHashBenchmark {

  @Param({"seeds", "corpus"})
  public String input;

  @Param("seeds")
  public String seedsDir;

  @Param("../shared/corpora/egypt-news-2013-40k.jsonl.gz")
  public String corpus;

  @Param("2000")
  public int limit;

  @Param({"64", "128", "256"})
  public int k;

  @Param({
    "TAHQIQ_CLASSIC",
    "TAHQIQ_ONE_PERMUTATION",
    "TAHQIQ_SUPER_MINHASH",
    "HASH4J_MINHASH",
    "HASH4J_SUPERMINHASH",
    "GUAVA_MURMUR3_CLASSIC"
  })
  public String implementation;

  private long[][] sets;
  private int next;
  private MinHasher tahqiq;
  private SimilarityHasher hash4j;
  private HashFunction[] guava;

  @Setup
  public void setUp() {
    List<Article> articles;
    try {
      articles = Corpus.load(input, seedsDir, corpus, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<long[]> nonEmpty = new ArrayList<>();
    TextPipeline pipeline = TextPipeline.defaults();
    for (Article a : articles) {
      ShingleSet s = pipeline.process(a).shingles();
      if (!s.isEmpty()) {
        nonEmpty.add(s.toArray());
      }
    }
    sets = nonEmpty.toArray(new long[0][]);
    switch (implementation) {
      case "TAHQIQ_CLASSIC" -> tahqiq = MinHashPolicy.create(MinHashScheme.CLASSIC, k, 42).newHasher();
      case "TAHQIQ_ONE_PERMUTATION" -> tahqiq = MinHashPolicy.create(MinHashScheme.ONE_PERMUTATION, k, 42).newHasher();
      case "TAHQIQ_SUPER_MINHASH" -> tahqiq = MinHashPolicy.create(MinHashScheme.SUPER_MINHASH, k, 42).newHasher();
      case "HASH4J_MINHASH" -> hash4j = SimilarityHashing.minHash(k, 32).createHasher();
      case "HASH4J_SUPERMINHASH" -> hash4j = SimilarityHashing.superMinHash(k, 32).createHasher();
      case "GUAVA_MURMUR3_CLASSIC" -> {
        guava = new HashFunction[k];
        for (int i = 0; i < k; i++) {
          guava[i] = Hashing.murmur3_128(i);
        }
      }
      default -> throw new IllegalArgumentException("unknown implementation " + implementation);
    }
  }

  @Benchmark
  public Object sign() {
    long[] set = sets[next++ % sets.length];
    if (tahqiq != null) {
      return tahqiq.sign(set);
    }
    if (hash4j != null) {
      return hash4j.compute(ElementHashProvider.ofValues(set));
    }
    int[] sig = new int[guava.length];
    for (int i = 0; i < guava.length; i++) {
      long min = Long.MAX_VALUE;
      HashFunction f = guava[i];
      for (long x : set) {
        long h = f.hashLong(x).asLong();
        if (h < min) {
          min = h;
        }
      }
      sig[i] = (int) min;
    }
    return sig;
  }
}
