package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;

/**
 * The labelled collection: seeds, two rewrites of each, and other events on the same beat (other
 * summits and gift exchanges of the same leaders, a missile test).
 */
class CollectionTest {

  @Test
  void recoversTheEventsWithPairwiseF1AtLeast09() {
    List<Article> articles = LabelledCollection.articles();
    Map<String, String> gold = LabelledCollection.gold();
    ClusteringResult result = EventClusterer.defaults().cluster(articles);
    ClusterEvaluation e = ClusterEvaluator.evaluate(result, gold);
    System.out.println("labelled collection: " + e);
    for (EventCluster c : result.multiArticleClusters()) {
      System.out.println("  " + c.articles());
    }
    assertEquals(articles.size(), e.articles());
    assertTrue(e.pairwiseF1() >= 0.9, e::toString);
    assertTrue(e.bcubedF1() >= 0.9, e::toString);
  }

  @Test
  void shufflesGiveTheSameClusters() {
    List<Article> articles = new ArrayList<>(LabelledCollection.articles());
    EventClusterer clusterer = EventClusterer.defaults();
    ClusteringResult expected = clusterer.cluster(articles);
    Random random = new Random(42);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(articles, random);
      assertEquals(expected, clusterer.cluster(articles));
    }
  }

  @Test
  void streamEqualsBatchAfterEveryAdd() {
    List<Article> articles = new ArrayList<>(LabelledCollection.articles());
    Collections.shuffle(articles, new Random(7));
    EventClusterer clusterer = EventClusterer.defaults();
    EventStream stream = clusterer.newStream();
    for (int i = 0; i < articles.size(); i++) {
      StreamUpdate u = stream.add(articles.get(i));
      ClusteringResult batch = clusterer.cluster(articles.subList(0, i + 1));
      assertEquals(batch, stream.result());
      EventCluster inBatch = batch.clusters().stream()
          .filter(c -> c.articles().contains(u.articleId())).findFirst().orElseThrow();
      assertEquals(inBatch, u.cluster().orElseThrow());
    }
  }
}
