package org.tahqiq.facts;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link FactExtractor} found in one article, each list in text order. Immutable
 * (the lists are unmodifiable copies) and thread-safe.
 *
 * @param sentences  the article's sentences
 * @param times      time expressions
 * @param quantities quantities
 * @param entities   entity names, resolved or not
 */
public record ExtractedFacts(
    List<Sentence> sentences,
    List<TimeMention> times,
    List<QuantityMention> quantities,
    List<EntityMention> entities) {

  public ExtractedFacts {
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences must not be null"));
    times = List.copyOf(Objects.requireNonNull(times, "times must not be null"));
    quantities = List.copyOf(Objects.requireNonNull(quantities, "quantities must not be null"));
    entities = List.copyOf(Objects.requireNonNull(entities, "entities must not be null"));
  }
}
