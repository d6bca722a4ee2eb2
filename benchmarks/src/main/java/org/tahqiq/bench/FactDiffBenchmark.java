package org.tahqiq.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.tahqiq.diff.FactDiff;
import org.tahqiq.diff.FactDiffReport;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;

/**
 * The fact diff of one event of {@code articles} real corpus articles on one story: the first
 * articles, by publication time, whose title names {@code story} (default بورسعيد: the Port Said
 * verdict and riots, the corpus's largest story). Articles are cleaned and normalized once in
 * setup; the benchmark times {@link FactDiff#diffProcessed} alone (extraction, alignment, every
 * rule), single-threaded. The setup fails with a message when the corpus is absent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FactDiffBenchmark {

  @Param({"5", "20", "80", "200"})
  public int articles;

  @Param("بورسعيد")
  public String story;

  @Param("../shared/corpora/egypt-news-2013-40k.jsonl.gz")
  public String corpus;

  private List<ProcessedArticle> event;
  private final FactDiff diff = FactDiff.defaults();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    if (!Corpus.available(corpus)) {
      throw new IllegalStateException("corpus file absent (" + corpus + ")");
    }
    event = story(Path.of(corpus), story, articles).stream().map(TextPipeline.defaults()::process).toList();
    if (event.size() < articles) {
      throw new IllegalStateException("only " + event.size() + " articles on '" + story + "'");
    }
    long chars = event.stream().mapToLong(p -> p.normalized().text().length()).sum();
    System.err.println("event: " + event.size() + " articles, " + chars + " normalized chars");
  }

  /** The first {@code n} articles by publication time (then id) whose title contains {@code story}. */
  static List<Article> story(Path corpus, String story, int n) throws IOException {
    List<Article> all = new ArrayList<>();
    Corpus.jsonl(corpus, Integer.MAX_VALUE, a -> {
      if (a.title().map(t -> t.contains(story)).orElse(false) && a.published().isPresent() && a.text().length() > 200) {
        all.add(a);
      }
    });
    all.sort(Comparator.comparing((Article a) -> a.published().orElseThrow()).thenComparing(Article::id));
    return all.subList(0, Math.min(n, all.size()));
  }

  @Benchmark
  public FactDiffReport diff() {
    return diff.diffProcessed(event);
  }
}
