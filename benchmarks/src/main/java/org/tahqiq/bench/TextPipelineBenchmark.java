package org.tahqiq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tahqiq.article.Article;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.shingle.Shingler;

/**
 * Text pipeline throughput in chars/second: Tahqiq's clean + normalize + tokenize + shingle-hash
 * against Lucene's {@link ArabicAnalyzer} (tokenize + stopwords + normalize + light stem) on the same
 * texts, in the same run. One operation processes one article; the {@code chars} counter is the
 * figure to read (chars/s).
 *
 * <p>{@code input=corpus} reads {@code corpus} (JSONL.gz); when the file is absent that parameter
 * combination fails in setup with a message and JMH goes on with the others.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextPipelineBenchmark {

  @Param({"seeds", "corpus"})
  public String input;

  @Param("seeds")
  public String seedsDir;

  @Param("../shared/corpora/egypt-news-2013-40k.jsonl.gz")
  public String corpus;

  /** Articles read from the corpus (from its start). */
  @Param("5000")
  public int limit;

  /**
   * The shingler's memo of stemmed words' token hashes ({@link Shingler.Builder#memoCapacity});
   * the default is the library's, {@code 0} measures the pipeline without it.
   */
  @Param("" + Shingler.DEFAULT_MEMO_CAPACITY)
  public int memoCapacity;

  /**
   * The word shingle hash format ({@link Shingler.Builder#formatVersion}): {@code 2}, the default,
   * combines token hashes with a mixer; {@code 1} hashes them with Komihash.
   */
  @Param("" + Shingler.FORMAT_VERSION)
  public int shingleFormat;

  private Article[] articles;
  private TextPipeline pipeline;
  private String[] normalized;
  private Analyzer lucene;

  /** Per-thread counter of chars processed; JMH reports it as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    public long chars;
    int next;

    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  @Setup
  public void setUp() {
    try {
      List<Article> list = Corpus.load(input, seedsDir, corpus, limit);
      articles = list.toArray(new Article[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pipeline = TextPipeline.builder()
        .shingler(Shingler.builder().memoCapacity(memoCapacity).formatVersion(shingleFormat).build())
        .build();
    normalized = new String[articles.length];
    for (int i = 0; i < articles.length; i++) {
      normalized[i] = pipeline.process(articles[i]).normalized().text();
    }
    lucene = new ArabicAnalyzer();
  }

  @TearDown
  public void tearDown() {
    lucene.close();
  }

  @Benchmark
  public void tahqiqPipeline(Chars counter, Blackhole bh) {
    Article a = articles[counter.next++ % articles.length];
    bh.consume(pipeline.process(a).shingles());
    counter.chars += a.text().length();
  }

  /** The shingler alone, on the already cleaned and normalized texts. */
  @Benchmark
  public void tahqiqShingler(Chars counter, Blackhole bh) {
    String text = normalized[counter.next++ % normalized.length];
    bh.consume(pipeline.shingler().shingle(text));
    counter.chars += text.length();
  }

  @Benchmark
  public void luceneArabicAnalyzer(Chars counter, Blackhole bh) throws IOException {
    Article a = articles[counter.next++ % articles.length];
    try (TokenStream ts = lucene.tokenStream("body", a.text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int n = 0;
      while (ts.incrementToken()) {
        n += term.length();
      }
      ts.end();
      bh.consume(n);
    }
    counter.chars += a.text().length();
  }
}
