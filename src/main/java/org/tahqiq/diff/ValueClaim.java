package org.tahqiq.diff;

import org.tahqiq.facts.QuantityValue;
import org.tahqiq.facts.TimeValue;
import org.tahqiq.facts.ValueMention;

/**
 * A time or quantity mention of one article, ready for alignment: its value (a time resolved
 * against the article's publication date when it has one), sentence and the stem ids ({@link StemSets}) of the content words around it,
 * for a quantity the counted noun and the role ({@code roles.tsv}) when known, else null, and for a
 * time the event class ({@code event} lines of {@code synonyms.txt}) of the nearest event word, the
 * event it dates, when known, else null.
 */
record ValueClaim(
    ArticleEvidence article,
    ValueMention mention,
    FactKind kind,
    TimeValue time,
    QuantityValue quantity,
    int[] window,
    String noun,
    String role,
    String event) {

  int sentence() {
    return mention.sentence();
  }

  Claim toClaim() {
    String canonical = kind == FactKind.TIME
        ? ValueComparison.canonical(time)
        : ValueComparison.canonical(quantity);
    String raw = article.processed.normalized().raw();
    return new Claim(article.id(), raw.substring(mention.raw().start(), mention.raw().end()), canonical,
        mention.raw().start(), mention.raw().end(), article.sentenceText(mention.sentence()));
  }
}
