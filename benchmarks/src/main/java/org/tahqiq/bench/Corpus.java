package org.tahqiq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.tahqiq.article.Article;

/**
 * Loads benchmark inputs: the seed folder, and the JSONL(.gz) corpus of {@code ../shared/corpora/}.
 * Benchmark-only code; not part of the library.
 */
public final class Corpus {
  private Corpus() {}

  /** The seed articles of a folder of {@code .txt} files (id = file name without extension). */
  public static List<Article> seeds(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  /**
   * Up to {@code limit} articles of a JSONL file (gzip when the name ends in {@code .gz}); articles
   * with an empty text are kept, as in a real crawl.
   */
  public static List<Article> jsonl(Path file, int limit) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && out.size() < limit) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        Article.Builder b = Article.builder(node.path("id").asText(), node.path("text").asText(""));
        String source = node.path("source").asText("");
        if (!source.isBlank()) {
          b.source(source);
        }
        b.title(node.path("title").asText(null));
        String published = node.path("published").asText("");
        if (!published.isBlank()) {
          try {
            b.published(LocalDateTime.parse(published));
          } catch (DateTimeParseException e) {
            // benchmarks do not need the time; a bad one is simply left out
          }
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /** Whether the corpus file exists; benchmarks skip the corpus cleanly when it is absent. */
  public static boolean available(String path) {
    return path != null && !path.isBlank() && Files.isRegularFile(Path.of(path));
  }
}
