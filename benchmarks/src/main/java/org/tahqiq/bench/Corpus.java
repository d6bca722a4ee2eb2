package org.tahqiq.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.tahqiq.article.Article;

/**
 * Loads benchmark inputs: the seed folder, and the JSONL(.gz) corpus of {@code ../shared/corpora/}.
 * Benchmark-only code; not part of the library.
 */
public final class Corpus {
  /** Creates the streaming parsers; thread-safe once configured. */
  private static final JsonFactory JSON = new JsonFactory();

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
   * with an empty text are kept, as in a real crawl. Reads with Jackson's streaming parser straight
   * from the (decompressed) bytes: no line strings and no tree per article.
   */
  public static List<Article> jsonl(Path file, int limit) throws IOException {
    List<Article> out = new ArrayList<>();
    jsonl(file, limit, out::add);
    return out;
  }

  /**
   * Streams up to {@code limit} articles of a JSONL file (see {@link #jsonl(Path, int)}) to
   * {@code sink} in file order, as each is parsed, so a caller can process them while reading.
   *
   * @return the number of articles read
   */
  public static int jsonl(Path file, int limit, Consumer<Article> sink) throws IOException {
    int n = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        JsonParser parser = JSON.createParser(in)) {
      for (JsonToken t; n < limit && (t = parser.nextToken()) != null; n++) {
        if (t != JsonToken.START_OBJECT) {
          throw new IOException("expected one JSON object per line at " + parser.currentLocation());
        }
        sink.accept(article(parser));
      }
    }
    return n;
  }

  /** The article of the object whose START_OBJECT {@code parser} is on; leaves it on END_OBJECT. */
  private static Article article(JsonParser parser) throws IOException {
    String id = "";
    String text = "";
    String source = "";
    String title = null;
    String published = "";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isStructStart()) {
        parser.skipChildren(); // not part of the format; ignored
        continue;
      }
      if (value == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "id" -> id = parser.getText();
        case "text" -> text = parser.getText();
        case "source" -> source = parser.getText();
        case "title" -> title = parser.getText();
        case "published" -> published = parser.getText();
        default -> { } // other fields are not needed
      }
    }
    Article.Builder b = Article.builder(id, text);
    if (!source.isBlank()) {
      b.source(source);
    }
    b.title(title);
    if (!published.isBlank()) {
      try {
        b.published(LocalDateTime.parse(published));
      } catch (DateTimeParseException e) {
        // benchmarks do not need the time; a bad one is simply left out
      }
    }
    return b.build();
  }

  /** Whether the corpus file exists; benchmarks skip the corpus cleanly when it is absent. */
  public static boolean available(String path) {
    return path != null && !path.isBlank() && Files.isRegularFile(Path.of(path));
  }

  /**
   * The articles of a benchmark's {@code input} parameter: the seeds in {@code seedsDir} for
   * {@code "seeds"}, else the first {@code limit} articles of the {@code corpus} file.
   *
   * @throws IllegalStateException if the corpus file is absent: JMH then skips that parameter
   *     combination with this message and goes on with the others
   */
  public static List<Article> load(String input, String seedsDir, String corpus, int limit)
      throws IOException {
    if ("seeds".equals(input)) {
      return seeds(Path.of(seedsDir));
    }
    if (!available(corpus)) {
      throw new IllegalStateException("corpus file absent (" + corpus + "): skipping input=corpus");
    }
    return jsonl(Path.of(corpus), limit);
  }
}
