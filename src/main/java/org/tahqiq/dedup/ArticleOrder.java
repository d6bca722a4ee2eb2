package org.tahqiq.dedup;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;
import org.tahqiq.article.Article;

/**
 * The documented order that picks representatives and orders groups: earliest publication time
 * first (articles without a time come after all dated ones), then the smallest id by {@link
 * String#compareTo}. A total order on articles with distinct ids, so results never depend on input
 * order.
 */
public final class ArticleOrder {
  private ArticleOrder() {}

  /** The order over articles. */
  public static final Comparator<Article> ARTICLES =
      Comparator.comparing(
              (Article a) -> a.published(),
              (Optional<LocalDateTime> x, Optional<LocalDateTime> y) -> {
                if (x.isPresent() && y.isPresent()) {
                  return x.get().compareTo(y.get());
                }
                return Boolean.compare(x.isEmpty(), y.isEmpty());
              })
          .thenComparing(Article::id);
}
