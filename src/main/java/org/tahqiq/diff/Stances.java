package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stance rules of the diff: two sentences of different sources that speak of the same thing
 * (their content words overlap enough) but one <em>negates</em> what the other states, or uses the
 * <em>opposite</em> word.
 *
 * <ul>
 *   <li>{@link ConflictKind#POLARITY}: a content word both sentences share lies in the scope of a
 *       negation, denial or failure cue ({@code polarity.tsv}) in one sentence, and the other
 *       sentence has no cue at all ("وافقت الجماعة على الانسحاب" / "نفت الجماعة الانسحاب").
 *   <li>{@link ConflictKind#ANTONYM}: one sentence has a word of one side of an antonym class
 *       ({@code antonyms.tsv}) and the other a word of its other side, and neither has the other's
 *       word ("ارتفاع أسعار الذهب" / "انخفاض أسعار الذهب").
 * </ul>
 * A negated antonym is the same statement ("لم يرتفع" ≈ "انخفض" is not claimed, but "ارتفع" /
 * "لم ينخفض" is no conflict): when both a polarity flip and an antonym flip hold, they cancel.
 * Only sentences that are each other's best match are compared (a negation says nothing about a
 * sentence that merely shares some words), never copies of one sentence. Confidence grows with the
 * sentences' overlap.
 */
final class Stances {
  /**
   * Minimum weighted overlap of the two sentences, besides the cue and the antonyms. Low, because
   * the pair must also be each other's best match and differ by a cue or an opposite word: on the
   * ANS headline pairs, lowering it from 0.3 to 0.2 caught 33 more contradictions and flagged no
   * more paraphrases (short headlines often share only their subject: "النفط مستمر بالصعود" /
   * "هبوط متواصل للنفط").
   */
  static final double STANCE_OVERLAP = 0.2;
  /** Confidence at the minimum overlap; rises by {@link #OVERLAP_GAIN} per unit of overlap. */
  static final double BASE_CONFIDENCE = 0.45;
  static final double OVERLAP_GAIN = 0.5;

  private final SentencePairs pairs;
  private final Vocabulary vocabulary;
  private final StemSets stems;

  Stances(SentencePairs pairs, Vocabulary vocabulary, StemSets stems) {
    this.pairs = pairs;
    this.vocabulary = vocabulary;
    this.stems = stems;
  }

  List<Fact> facts() {
    Map<String, Fact> out = new LinkedHashMap<>();
    pairs.forEachMutualBest(STANCE_OVERLAP, (a, sa, b, sb, overlap) -> compare(a, sa, b, sb, overlap, out));
    return new ArrayList<>(out.values());
  }

  /** A shared content word negated on one side only: token indexes into the two sentences. */
  private record Flip(int tokenA, int tokenB, boolean negatedInA) {}

  private void compare(ArticleEvidence a, int sa, ArticleEvidence b, int sb, double overlap, Map<String, Fact> out) {
    List<ContentToken> ta = a.tokensOf(sa);
    List<ContentToken> tb = b.tokensOf(sb);
    Flip flip = polarityFlip(a, sa, ta, b, sb, tb);
    int[] antonym = antonymFlip(a, sa, ta, b, sb, tb);
    if ((flip != null) == (antonym != null)) {
      return; // no difference, or a negated opposite: the same statement
    }
    double confidence = FactDiff.clamp(BASE_CONFIDENCE + OVERLAP_GAIN * (overlap - STANCE_OVERLAP) + 0.1);
    String subject = PersonRoles.sharedWords(a, sa, b, sb, stems);
    Fact fact;
    if (flip != null) {
      Claim ca = flip.negatedInA ? negatedClaim(a, sa, ta.get(flip.tokenA)) : plainClaim(a, ta.get(flip.tokenA));
      Claim cb = flip.negatedInA ? plainClaim(b, tb.get(flip.tokenB)) : negatedClaim(b, sb, tb.get(flip.tokenB));
      fact = new Fact(FactKind.STATEMENT, subject, Outcome.CONFLICT, Optional.of(ConflictKind.POLARITY),
          confidence, List.of(ca, cb));
    } else {
      fact = new Fact(FactKind.STATEMENT, subject, Outcome.CONFLICT, Optional.of(ConflictKind.ANTONYM),
          confidence, List.of(plainClaim(a, ta.get(antonym[0])), plainClaim(b, tb.get(antonym[1]))));
    }
    String key = a.index + ":" + sa + "|" + b.index + ":" + sb;
    out.putIfAbsent(key, fact);
  }

  /** The first shared content word negated in exactly one of the sentences, or null. */
  private Flip polarityFlip(
      ArticleEvidence a, int sa, List<ContentToken> ta, ArticleEvidence b, int sb, List<ContentToken> tb) {
    if (a.sentenceCues.get(sa).isEmpty() == b.sentenceCues.get(sb).isEmpty()) {
      // Neither negates, or both do: two negative statements are compared by their words, not
      // their cues ("لا يسيء للسودان" / "لا يتضمن إساءة للسودان").
      return null;
    }
    boolean anyA = false;
    boolean anyB = false;
    Flip first = null;
    for (int i = 0; i < ta.size(); i++) {
      for (int j = 0; j < tb.size(); j++) {
        if (!stems.same(ta.get(i).id(), tb.get(j).id())) {
          continue;
        }
        // A word said both negated and plainly in one sentence ("من تكرار ... دون تكرار") is no
        // flip: only a word negated wherever the sentence uses it.
        boolean na = a.negated(sa, i) && onlyNegated(a, sa, ta, i);
        boolean nb = b.negated(sb, j) && onlyNegated(b, sb, tb, j);
        anyA |= na && !nb;
        anyB |= nb && !na;
        if (na != nb && first == null) {
          first = new Flip(i, j, na);
        }
      }
    }
    return anyA != anyB ? first : null; // negations on both sides are no single flip
  }

  /** Whether every occurrence of token {@code i}'s stem in the sentence is negated. */
  private static boolean onlyNegated(ArticleEvidence e, int s, List<ContentToken> tokens, int i) {
    for (int k = 0; k < tokens.size(); k++) {
      if (k != i && tokens.get(k).stem().equals(tokens.get(i).stem()) && !e.negated(s, k)) {
        return false;
      }
    }
    return true;
  }

  /** Token indexes {@code {i, j}} of opposite words, neither side having the other's, or null. */
  private int[] antonymFlip(
      ArticleEvidence a, int sa, List<ContentToken> ta, ArticleEvidence b, int sb, List<ContentToken> tb) {
    for (int i = 0; i < ta.size(); i++) {
      int[] x = vocabulary.antonymSides(ta.get(i).stem());
      if (x.length == 0) {
        continue;
      }
      for (int j = 0; j < tb.size(); j++) {
        int[] y = vocabulary.antonymSides(tb.get(j).stem());
        if (y.length == 0 || !Vocabulary.anyOpposite(x, y) || a.negated(sa, i) != b.negated(sb, j)) {
          continue;
        }
        if (!hasAnyOf(tb, x) && !hasAnyOf(ta, y)) {
          return new int[] {i, j};
        }
      }
    }
    return null;
  }

  /** Whether a token of {@code tokens} belongs to one of the opposite sides of {@code sides}. */
  private boolean hasAnyOf(List<ContentToken> tokens, int[] sides) {
    for (ContentToken t : tokens) {
      for (int s : vocabulary.antonymSides(t.stem())) {
        for (int x : sides) {
          if (s == x) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Claim plainClaim(ArticleEvidence a, ContentToken t) {
    var text = a.processed.normalized();
    var raw = text.rawSpan(t.start(), t.end());
    return new Claim(a.id(), text.raw().substring(raw.start(), raw.end()), t.stem(), raw.start(), raw.end(),
        a.sentenceText(t.sentence()));
  }

  /** The claim of a negated word: from its cue to the word ("لم يتم الإفراج"). */
  private static Claim negatedClaim(ArticleEvidence a, int s, ContentToken t) {
    var text = a.processed.normalized();
    var raw = text.rawSpan(t.start(), t.end());
    int start = raw.start();
    int index = a.tokensOf(s).indexOf(t);
    for (ArticleEvidence.PolarityCue c : a.sentenceCues.get(s)) {
      if (index >= c.scopeStart() && index < c.scopeEnd()) {
        start = Math.min(start, c.start());
        break;
      }
    }
    int end = Math.max(raw.end(), start);
    return new Claim(a.id(), text.raw().substring(start, end), "not " + t.stem(), start, end,
        a.sentenceText(t.sentence()));
  }
}
