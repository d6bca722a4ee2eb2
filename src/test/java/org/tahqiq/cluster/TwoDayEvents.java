package org.tahqiq.cluster;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tahqiq.article.Article;

/**
 * Test data: the labelled collection as two days of a feed in which events go on from one day to
 * the next: of each gold event, the first half of its articles is published on day 1 and the rest
 * on day 2, one source an hour.
 */
public final class TwoDayEvents {
  private TwoDayEvents() {}

  public static final LocalDateTime DAY1 = LocalDateTime.of(2024, 6, 19, 6, 0);

  /** Day 1's articles, then day 2's, each in file order. */
  public static List<List<Article>> days() {
    Map<String, String> gold = LabelledCollection.gold();
    Map<String, Integer> size = new HashMap<>();
    gold.values().forEach(e -> size.merge(e, 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    List<Article> day1 = new ArrayList<>();
    List<Article> day2 = new ArrayList<>();
    for (Article a : LabelledCollection.articles()) {
      String event = gold.get(a.id());
      int n = seen.merge(event, 1, Integer::sum);
      boolean first = n <= (size.get(event) + 1) / 2;
      LocalDateTime at = (first ? DAY1 : DAY1.plusDays(1)).plusHours(n);
      (first ? day1 : day2).add(Article.builder(a.id(), a.text()).source("site" + n).published(at).build());
    }
    return List.of(day1, day2);
  }
}
