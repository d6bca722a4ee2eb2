package org.tahqiq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tahqiq.article.Article;

/** Test helper: the seed articles under {@code seeds/}, id = file name without extension. */
public final class Seeds {
  private Seeds() {}

  /** The project's seed folder (tests run with the project root as working directory). */
  public static Path dir() {
    return Path.of("seeds");
  }

  /** All seed articles in file-name order. */
  public static List<Article> all() {
    try (Stream<Path> files = Files.list(dir())) {
      List<Article> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(read(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed whose file name starts with {@code prefix} (e.g. "000"). */
  public static Article byPrefix(String prefix) {
    return all().stream()
        .filter(a -> a.id().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no seed starting with " + prefix));
  }

  /** The raw text of the seed whose file name starts with {@code prefix}. */
  public static String text(String prefix) {
    return byPrefix(prefix).text();
  }

  private static Article read(Path p) throws IOException {
    String name = p.getFileName().toString();
    String id = name.substring(0, name.length() - ".txt".length());
    return Article.of(id, Files.readString(p, StandardCharsets.UTF_8));
  }
}
