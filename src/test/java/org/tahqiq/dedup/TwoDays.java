package org.tahqiq.dedup;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/** Test data: two days of a feed, where day 2 republishes some of day 1 and has copies of its own. */
public final class TwoDays {
  private TwoDays() {}

  public static final LocalDateTime DAY1 = LocalDateTime.of(2024, 6, 19, 8, 0);

  /** Seeds on day 1; republished copies of seeds (and two new stories) on day 2. */
  public static List<List<Article>> articles() {
    List<Article> day1 = new ArrayList<>();
    List<Article> day2 = new ArrayList<>();
    int i = 0;
    for (Article seed : Seeds.all()) {
      day1.add(Article.builder(seed.id(), seed.text()).source("agency").published(DAY1.plusHours(i)).build());
      // A republication of every other seed the next day: a copy of something archived.
      if (i % 2 == 0) {
        day2.add(Article.builder("copy-" + i, Perturbation.republish(seed.text(), 1, i)).source("site")
            .published(DAY1.plusDays(1).plusHours(i)).build());
      }
      i++;
    }
    // Two copies of one another on day 2 only.
    String story = Perturbation.respell(Seeds.text("003"), 7).substring(0, Seeds.text("003").length() / 2);
    day2.add(Article.builder("new-a", story).published(DAY1.plusDays(1)).build());
    day2.add(Article.builder("new-b", story + "\nاقرأ أيضا: خبر آخر").published(DAY1.plusDays(1)).build());
    return List.of(day1, day2);
  }

}
