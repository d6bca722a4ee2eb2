package org.tahqiq.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/**
 * Test helper: the labelled collection of {@code collection/} (the seeds, two hand-written rewrites
 * of each, and short articles on other events of the same beat) with its gold events.
 */
final class LabelledCollection {
  private static final String DIR = "collection/";

  private LabelledCollection() {}

  /** Article id → gold event id, in file order. */
  static Map<String, String> gold() {
    Map<String, String> gold = new LinkedHashMap<>();
    for (String line : lines(DIR + "gold.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("bad gold line: " + line);
      }
      gold.put(f[0], f[1]);
    }
    return Collections.unmodifiableMap(gold);
  }

  /** The articles of the gold file, in its order: seeds from seeds/, the rest from resources. */
  static List<Article> articles() {
    Map<String, Article> seeds = new LinkedHashMap<>();
    for (Article a : Seeds.all()) {
      seeds.put(a.id(), a);
    }
    List<Article> out = new ArrayList<>();
    for (String id : gold().keySet()) {
      Article seed = seeds.get(id);
      out.add(seed != null ? seed : Article.of(id, String.join("\n", lines(DIR + id + ".txt"))));
    }
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Objects.requireNonNull(
            LabelledCollection.class.getResourceAsStream(resource), "missing test resource " + resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
