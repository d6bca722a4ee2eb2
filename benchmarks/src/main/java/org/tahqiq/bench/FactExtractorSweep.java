package org.tahqiq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tahqiq.facts.ExtractedFacts;
import org.tahqiq.facts.FactExtractor;
import org.tahqiq.facts.QuantityMention;
import org.tahqiq.facts.TimeMention;
import org.tahqiq.facts.ValueFlag;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.text.MappedText;

/**
 * One-shot sweep of {@link FactExtractor} over real text: every article of a JSONL(.gz) corpus
 * (cleaned and normalized by the text pipeline, anchored at its publication time) and every text
 * of a dev-data folder (each string field of each {@code .jsonl} object, each line of each
 * {@code .csv}, normalized, without anchor). Reports exceptions (the target is 0, each is printed
 * with the text's origin), mentions by type and flag, and extraction throughput in chars/s.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.tahqiq.bench.FactExtractorSweep CORPUS [DEV_DATA_DIR]</pre>
 *
 * A path that does not exist is skipped with a message. Benchmark-only code.
 */
public final class FactExtractorSweep {

  private final FactExtractor extractor = FactExtractor.defaults();
  private long texts;
  private long chars;
  private long nanos;
  private long exceptions;
  private long times;
  private long quantities;
  private long entities;
  private long hijri;
  private final Map<ValueFlag, Long> flags = new EnumMap<>(ValueFlag.class);

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: FactExtractorSweep CORPUS.jsonl.gz [DEV_DATA_DIR]");
      return;
    }
    FactExtractorSweep corpus = new FactExtractorSweep();
    Path c = Path.of(args[0]);
    if (Files.isRegularFile(c)) {
      TextPipeline pipeline = TextPipeline.defaults();
      Corpus.jsonl(c, Integer.MAX_VALUE, a -> corpus.run(a.id(), pipeline.process(a).normalized(),
          a.published()));
      corpus.print("corpus " + c.getFileName());
    } else {
      System.out.println("corpus " + c + " absent: skipped");
    }
    if (args.length > 1) {
      Path dir = Path.of(args[1]);
      if (!Files.isDirectory(dir)) {
        System.out.println("dev-data " + dir + " absent: skipped");
        return;
      }
      FactExtractorSweep dev = new FactExtractorSweep();
      ArabicNormalizer norm = ArabicNormalizer.defaults();
      ObjectMapper json = new ObjectMapper();
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".jsonl") && !name.endsWith(".csv")) {
          continue;
        }
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String line;
          int n = 0;
          while ((line = r.readLine()) != null) {
            n++;
            List<String> fields = new ArrayList<>();
            if (name.endsWith(".csv")) {
              fields.add(line);
            } else {
              try {
                strings(json.readTree(line), fields);
              } catch (IOException e) {
                continue; // not a JSON line: nothing to extract from
              }
            }
            for (String text : fields) {
              dev.run(name + ":" + n, norm.normalize(MappedText.identity(text)), Optional.empty());
            }
          }
        }
      }
      dev.print("dev-data " + dir.getFileName());
    }
  }

  private static void strings(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isContainerNode()) {
      node.forEach(child -> strings(child, out));
    }
  }

  private void run(String origin, MappedText text, Optional<LocalDateTime> published) {
    texts++;
    chars += text.text().length();
    long t0 = System.nanoTime();
    ExtractedFacts f;
    try {
      f = extractor.extract(text, published);
    } catch (RuntimeException e) {
      nanos += System.nanoTime() - t0;
      exceptions++;
      System.out.println("EXCEPTION in " + origin + ": " + e);
      return;
    }
    nanos += System.nanoTime() - t0;
    times += f.times().size();
    quantities += f.quantities().size();
    entities += f.entities().size();
    for (TimeMention m : f.times()) {
      if (m.calendar() == TimeMention.Calendar.HIJRI) {
        hijri++;
      }
      m.flags().forEach(x -> flags.merge(x, 1L, Long::sum));
    }
    for (QuantityMention m : f.quantities()) {
      m.flags().forEach(x -> flags.merge(x, 1L, Long::sum));
    }
  }

  private void print(String what) {
    System.out.printf("%s: %,d texts, %,d chars, exceptions %d%n", what, texts, chars, exceptions);
    System.out.printf("  mentions: times %,d (Hijri %,d), quantities %,d, entities %,d; flags %s%n",
        times, hijri, quantities, entities, flags);
    System.out.printf("  extraction: %.1f s, %.2f M chars/s (one thread, including JIT warm-up)%n",
        nanos / 1e9, chars / (nanos / 1e9) / 1e6);
  }

  private FactExtractorSweep() {}
}
