package org.tahqiq.cluster;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.tahqiq.article.Article;
import org.tahqiq.signature.Signature;

/**
 * The parts of {@link EventClusterer} that a distributed front end (the Spark job of {@code
 * tahqiq-spark}) runs on different machines, so that it returns exactly what {@link
 * EventClusterer#cluster} returns on one:
 *
 * <ol>
 *   <li>{@link #features}: per article, the candidate signatures (one per table), the distinct terms with their
 *       counts (whose document frequencies over the whole input the front end counts) and the
 *       time;
 *   <li>candidate pairs are those sharing an LSH band of one of {@link EventClusterer#lshTables()}
 *       and published at most {@link #maxEdgeGap()} apart (farther pairs' time factor alone puts
 *       them below the edge threshold);
 *   <li>{@link #isEdge}: whether a candidate pair's score, with the whole input's document
 *       frequencies, reaches the edge threshold;
 *   <li>{@link #clusterPart}: the clusters of a part of the input that is closed under edges (a
 *       union of connected components of the edge graph), scored with the whole input's document
 *       frequencies. Average-link never merges clusters without an edge between them, so
 *       clustering each part alone gives the clusters of the whole.
 * </ol>
 *
 * Immutable and thread-safe.
 */
public final class DistributedClustering {
  private final EventClusterer clusterer;

  private DistributedClustering(EventClusterer clusterer) {
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer must not be null");
  }

  /** The parts of {@code clusterer}. */
  public static DistributedClustering of(EventClusterer clusterer) {
    return new DistributedClustering(clusterer);
  }

  /** The clusterer whose parts these are. */
  public EventClusterer clusterer() {
    return clusterer;
  }

  /**
   * What one article contributes, computed by the clusterer's own per-article code.
   *
   * @param id        the article's id
   * @param signatures its candidate signatures, one per candidate table of {@link
   *                  EventClusterer#lshTables()}; empty when it is too short to cluster
   * @param terms     its distinct term hashes, ascending (owned by the caller)
   * @param counts    the occurrences of each term, aligned with {@code terms}
   * @param time      publication time in epoch seconds of the publisher-local time read as UTC,
   *                  as the time factor uses it; empty when unknown
   * @param reportedDays the epoch days the article reports, ascending (the disjoint-days rule of
   *                  {@link EventClusterer}; owned by the caller)
   * @param places    the keys of the places the article names, ascending (the disjoint-places rule
   *                  of {@link EventClusterer}; owned by the caller)
   * @param headlineTerms the specific terms of its title, ascending; empty when its title makes no
   *                  claim (the disjoint-headlines rule of {@link EventClusterer}; owned by the caller)
   * @param leadTerms the terms of its title and lead, ascending (the same rule; owned by the caller)
   */
  public record Features(String id, List<Signature> signatures, long[] terms, int[] counts, OptionalLong time,
      long[] reportedDays, long[] places, long[] headlineTerms, long[] leadTerms) {
    /** Validates non-null fields and aligned arrays. */
    public Features {
      Objects.requireNonNull(id, "id must not be null");
      signatures = List.copyOf(Objects.requireNonNull(signatures, "signatures must not be null"));
      Objects.requireNonNull(terms, "terms must not be null");
      Objects.requireNonNull(counts, "counts must not be null");
      Objects.requireNonNull(time, "time must not be null");
      Objects.requireNonNull(reportedDays, "reportedDays must not be null");
      Objects.requireNonNull(places, "places must not be null");
      Objects.requireNonNull(headlineTerms, "headlineTerms must not be null");
      Objects.requireNonNull(leadTerms, "leadTerms must not be null");
      if (terms.length != counts.length) {
        throw new IllegalArgumentException("terms and counts differ in length");
      }
      for (int i = 1; i < terms.length; i++) {
        if (terms[i - 1] >= terms[i]) {
          throw new IllegalArgumentException("terms must be strictly ascending");
        }
      }
    }

    private EventClusterer.Features internal() {
      return new EventClusterer.Features(Article.of(id, ""), new TermVector(terms.clone(), counts.clone()),
          signatures.isEmpty() ? null : signatures.toArray(Signature[]::new), time.orElse(EventClusterer.NO_TIME),
          reportedDays.clone(), places.clone(), headlineTerms.clone(), leadTerms.clone());
    }
  }

  /** The features of {@code article}. */
  public Features features(Article article) {
    EventClusterer.Features f = clusterer.features(article);
    int[] counts = new int[f.terms().size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = f.terms().count(i);
    }
    return new Features(article.id(), f.signatures() == null ? List.of() : List.of(f.signatures()), f.terms().termsCopy(), counts,
        f.time() == EventClusterer.NO_TIME ? OptionalLong.empty() : OptionalLong.of(f.time()),
        f.reportedDays().clone(), f.places().clone(), f.headlineTerms().clone(), f.leadTerms().clone());
  }

  /**
   * The largest time gap at which two dated articles can still be joined by an edge: beyond it
   * the time factor alone is below the edge threshold. Rounded up to the second.
   */
  public Duration maxEdgeGap() {
    return Duration.ofSeconds(clusterer.edgeHorizonSeconds() + 1);
  }

  /**
   * The document frequencies of the whole input, as the clusterer would count them from its
   * input when {@linkplain EventClusterer#learnsIdfFromInput() learning from it}.
   */
  public interface InputFrequencies {
    /** Number of input articles. */
    long documents();

    /** Number of input articles with {@code term} among their terms. */
    int documentFrequency(long term);
  }

  /**
   * Whether the candidate pair {@code a, b} is an edge of the clustering graph: its score (cosine
   * of the TF-IDF² vectors times the time factor and the evidence factors of reported days, places
   * and headlines, by the clusterer's own code) with the document
   * frequencies {@code whole} reaches the edge threshold. {@code whole} needs to answer for the
   * two articles' terms only.
   */
  public boolean isEdge(Features a, Features b, InputFrequencies whole) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    Objects.requireNonNull(whole, "whole must not be null");
    EventStream scorer = new EventStream(clusterer, null, whole);
    return scorer.score(new EventStream.Node(a.internal()), new EventStream.Node(b.internal()))
        >= clusterer.edgeThreshold();
  }

  /**
   * The clusters of {@code part}, a set of articles closed under edges ({@link #isEdge}), out of an input
   * with document frequencies {@code whole}: equal to the clusters of {@code part}'s articles in
   * {@link EventClusterer#cluster} over the whole input.
   *
   * @throws IllegalArgumentException naming a repeated id
   */
  public ClusteringResult clusterPart(Collection<Article> part, InputFrequencies whole) {
    Objects.requireNonNull(part, "part must not be null");
    Objects.requireNonNull(whole, "whole must not be null");
    Set<String> ids = new HashSet<>();
    for (Article a : part) {
      Objects.requireNonNull(a, "part must not contain null");
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate article id '" + a.id() + "'");
      }
    }
    List<EventClusterer.Features> features = part.stream().map(clusterer::features).toList();
    EventStream stream = new EventStream(clusterer, null, whole);
    stream.insertBatch(features);
    return stream.result();
  }
}
