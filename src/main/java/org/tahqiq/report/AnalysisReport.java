package org.tahqiq.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.diff.Outcome;

/**
 * Everything {@link NewsAnalysis} found in a set of articles: what was cleaned from each, which are
 * copies of each other, which report the same event, and where the sources of each event agree or
 * disagree. The input of {@link HtmlReport}, {@link TextReport} and the command line's JSON.
 * Immutable.
 *
 * @param articles   every analysed article, in the order given
 * @param duplicates the near-duplicate groups (two or more articles each), in {@link
 *                   org.tahqiq.dedup.ArticleOrder} of their representatives
 * @param clusters   every article in exactly one cluster: clusters of several articles first, then
 *                   single-article clusters, each part in the clusterer's order; a cluster may
 *                   also name {@linkplain ClusterReport#archived() archived} members
 * @param skipped    the articles whose processing failed, in input order: they appear nowhere
 *                   else in the report (see {@link NewsAnalysis} on fault isolation)
 */
public record AnalysisReport(
    List<ArticleSummary> articles, List<DuplicateGroup> duplicates, List<ClusterReport> clusters,
    List<ArticleFailure> skipped) {

  /** A report in which no article was skipped. */
  public AnalysisReport(List<ArticleSummary> articles, List<DuplicateGroup> duplicates, List<ClusterReport> clusters) {
    this(articles, duplicates, clusters, List.of());
  }

  public AnalysisReport {
    articles = List.copyOf(Objects.requireNonNull(articles, "articles must not be null"));
    duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates must not be null"));
    clusters = List.copyOf(Objects.requireNonNull(clusters, "clusters must not be null"));
    skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped must not be null"));
    Set<String> ids = new HashSet<>();
    for (ArticleSummary a : articles) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate article id '" + a.id() + "'");
      }
    }
    for (ArticleFailure f : skipped) {
      if (ids.contains(f.articleId())) {
        throw new IllegalArgumentException("skipped article '" + f.articleId() + "' is also in the report");
      }
    }
    for (ClusterReport c : clusters) {
      Set<String> archived = new HashSet<>(c.archived());
      for (String id : c.articles()) {
        if (!ids.contains(id) && !archived.contains(id)) {
          throw new IllegalArgumentException("cluster '" + c.id() + "' names unknown article '" + id + "'");
        }
      }
    }
  }

  /** The summary of the article with this id, if it was analysed; linear in the number of articles. */
  public Optional<ArticleSummary> article(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The clusters of two or more articles. */
  public List<ClusterReport> multiArticleClusters() {
    return clusters.stream().filter(c -> !c.isSingleton()).toList();
  }

  /** Number of facts with the given outcome over all clusters. */
  public long count(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome must not be null");
    return clusters.stream().flatMap(c -> c.facts().stream()).filter(f -> f.outcome() == outcome).count();
  }
}
