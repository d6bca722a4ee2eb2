package org.tahqiq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tahqiq.article.Article;
import org.tahqiq.facts.FactExtractor;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.text.MappedText;

/**
 * Fact extraction throughput in chars/second: {@link FactExtractor#extract} over articles that the
 * text pipeline has already cleaned and normalized in setup, so that only extraction (sentences,
 * tokens, times, quantities, names) is measured. One operation extracts one article, anchored at
 * its publication time; the {@code chars} counter (chars of normalized text per second) is the
 * figure to read.
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
public class FactExtractorBenchmark {

  @Param({"seeds", "corpus"})
  public String input;

  @Param("seeds")
  public String seedsDir;

  @Param("../shared/corpora/egypt-news-2013-40k.jsonl.gz")
  public String corpus;

  /** Articles read from the corpus (from its start). */
  @Param("5000")
  public int limit;

  private MappedText[] texts;
  private Optional<LocalDateTime>[] published;
  private FactExtractor extractor;

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
  @SuppressWarnings("unchecked")
  public void setUp() {
    List<Article> list;
    try {
      list = Corpus.load(input, seedsDir, corpus, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TextPipeline pipeline = TextPipeline.defaults();
    texts = new MappedText[list.size()];
    published = new Optional[list.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = pipeline.process(list.get(i)).normalized();
      published[i] = list.get(i).published();
    }
    extractor = FactExtractor.defaults();
  }

  @Benchmark
  public void extract(Chars counter, Blackhole bh) {
    int i = counter.next++ % texts.length;
    bh.consume(extractor.extract(texts[i], published[i]));
    counter.chars += texts[i].text().length();
  }
}
