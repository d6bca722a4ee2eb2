package org.tahqiq.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tahqiq.article.Article;
import org.tahqiq.facts.FactExtractor;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.text.MappedText;

/**
 * One-shot fact extraction rate in chars per <em>CPU</em> second of the extracting thread: the
 * first {@code n} corpus articles are cleaned and normalized once, then extracted {@code rounds}
 * times over; each round's rate is the normalized chars divided by the thread's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}). Prints the median and best of the second half
 * of the rounds (the first half warms the JIT). On a shared machine CPU time is much less
 * disturbed by other processes than wall time, so alternating two builds with this tool gives a
 * steadier ratio than {@code FactExtractorBenchmark}; it does not replace that benchmark's figure.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.tahqiq.bench.FactExtractorCpuRate CORPUS [n [rounds]]</pre>
 *
 * A corpus that does not exist is skipped with a message. Benchmark-only code.
 */
public final class FactExtractorCpuRate {

  private FactExtractorCpuRate() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: FactExtractorCpuRate CORPUS.jsonl.gz [n [rounds]]");
      return;
    }
    Path corpus = Path.of(args[0]);
    if (!Files.isRegularFile(corpus)) {
      System.out.println("corpus " + corpus + " absent: skipped");
      return;
    }
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int rounds = Math.max(2, args.length > 2 ? Integer.parseInt(args[2]) : 40);
    List<Article> articles = Corpus.jsonl(corpus, n);
    TextPipeline pipeline = TextPipeline.defaults();
    MappedText[] texts = new MappedText[articles.size()];
    List<Optional<LocalDateTime>> published = articles.stream().map(Article::published).toList();
    long chars = 0;
    for (int i = 0; i < texts.length; i++) {
      texts[i] = pipeline.process(articles.get(i)).normalized();
      chars += texts[i].length();
    }
    FactExtractor extractor = FactExtractor.defaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] rates = new double[rounds];
    long mentions = 0;
    for (int r = 0; r < rounds; r++) {
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < texts.length; i++) {
        mentions += extractor.extract(texts[i], published.get(i)).times().size();
      }
      rates[r] = chars / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
    double[] warm = Arrays.copyOfRange(rates, rounds / 2, rounds);
    Arrays.sort(warm);
    System.out.printf("%d articles, %,d chars, %d rounds (%,d time mentions): median %.2f M, best %.2f M chars per CPU second%n",
        texts.length, chars, rounds, mentions, warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6);
  }
}
