package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/** The acceptance criterion on the five seeds: two events, whatever the input order. */
class SeedClusteringTest {
  private static final Set<Set<String>> EXPECTED = Set.of(
      Set.of("000_020299969574f404", "001_059d5603d6d85883", "002_0b3d9d48c1f3a998"),
      Set.of("003_ed7c3fead92d0ce9", "004_2dc0d43aa74d0617"));

  private static List<Article> seeds;
  private static EventClusterer clusterer;

  @BeforeAll
  static void load() {
    seeds = Seeds.all();
    clusterer = EventClusterer.defaults();
  }

  private static Set<Set<String>> clusters(ClusteringResult r) {
    return r.clusters().stream().map(c -> Set.copyOf(c.articles())).collect(Collectors.toSet());
  }

  @Test
  void everyPermutationGivesTheTwoEventsInBatch() {
    ClusteringResult first = clusterer.cluster(seeds);
    assertEquals(EXPECTED, clusters(first));
    assertEquals("000_020299969574f404", first.clusters().get(0).id());
    List<List<Article>> permutations = permutations(seeds);
    assertEquals(120, permutations.size());
    for (List<Article> p : permutations) {
      assertEquals(first, clusterer.cluster(p), () -> "order " + p.stream().map(Article::id).toList());
    }
  }

  @Test
  void everyPermutationGivesTheTwoEventsInTheStream() {
    ClusteringResult batch = clusterer.cluster(seeds);
    for (List<Article> p : permutations(seeds)) {
      EventStream stream = clusterer.newStream();
      StreamUpdate last = null;
      for (Article a : p) {
        last = stream.add(a);
      }
      assertEquals(batch, stream.result(), () -> "order " + p.stream().map(Article::id).toList());
      // The last add reports the final cluster of the last article.
      String lastId = last.articleId();
      EventCluster expected = batch.clusters().stream().filter(c -> c.articles().contains(lastId)).findFirst().orElseThrow();
      assertEquals(expected, last.cluster().orElseThrow());
    }
  }

  @Test
  void appendedUnrelatedSectionsPlayNoPart() {
    // Cutting 000 and 003 at their "read also" sections by hand gives the same clusters: the
    // cleaner already removed them.
    List<Article> cut = new ArrayList<>();
    for (Article a : seeds) {
      int at = a.text().indexOf("إقرأ أيضاً");
      cut.add(at < 0 ? a : Article.of(a.id(), a.text().substring(0, at)));
    }
    assertEquals(clusters(clusterer.cluster(seeds)), clusters(clusterer.cluster(cut)));
    assertEquals(EXPECTED, clusters(clusterer.cluster(cut)));
  }

  static <T> List<List<T>> permutations(List<T> items) {
    List<List<T>> out = new ArrayList<>();
    permute(new ArrayList<>(items), 0, out);
    return out;
  }

  private static <T> void permute(List<T> a, int k, List<List<T>> out) {
    if (k == a.size()) {
      out.add(List.copyOf(a));
      return;
    }
    for (int i = k; i < a.size(); i++) {
      java.util.Collections.swap(a, k, i);
      permute(a, k + 1, out);
      java.util.Collections.swap(a, k, i);
    }
  }
}
