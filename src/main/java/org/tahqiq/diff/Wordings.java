package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tahqiq.cluster.IdfTable;
import org.tahqiq.facts.EntityMention;

/**
 * The wording rule of the diff: two well-aligned sentences share a rare word (one that each
 * article uses in this sentence only) but qualify it with different nouns, each of which the other
 * article never uses — "درع أميرال" against "خنجراً للأدميرال". Reported as a {@link
 * ConflictKind#LEXICAL} conflict of low confidence: a wording difference a human should look at,
 * not a proven contradiction.
 */
final class Wordings {
  /** Shortest shared word (in letters, after stemming) taken as an anchor. */
  private static final int MIN_ANCHOR_LENGTH = 5;
  private static final int MIN_HEAD_LENGTH = 3;
  /** Most chars between a head noun and its anchor: one space (or a space and a quote). */
  private static final int MAX_GAP = 2;
  private static final double BASE_CONFIDENCE = 0.25;
  /** Minimum sentence overlap; low, because the rare shared anchor carries the evidence. */
  static final double WORDING_SENTENCE_OVERLAP = 0.2;
  /**
   * Fewest content words each article must have for the rule to apply. The rule's evidence is that
   * the other source never uses a head word; a headline or a one-line summary says too little for
   * that absence to mean anything (measured on the ANS headline pairs: the rule's conflicts there
   * were 34 contradictions and 17 paraphrases, against precision above 0.96 for every other kind;
   * see benchmarks/README.md, issue 12). About two sentences of news.
   */
  static final int MIN_CONTENT_WORDS = 30;
  /** Largest share of background documents that may contain an anchor word. */
  static final double MAX_ANCHOR_DOCUMENT_SHARE = 0.005;

  private final SentencePairs pairs;
  private final IdfTable background;
  private final StemSets stems;

  Wordings(SentencePairs pairs, IdfTable background, StemSets stems) {
    this.pairs = pairs;
    this.background = background;
    this.stems = stems;
  }

  List<Fact> facts() {
    Map<String, Fact> byHeads = new LinkedHashMap<>();
    pairs.forEach(WORDING_SENTENCE_OVERLAP,
        (a, sa, b, sb, overlap) -> compare(a, sa, b, sb, overlap, byHeads));
    return new ArrayList<>(byHeads.values());
  }

  private void compare(ArticleEvidence a, int sa, ArticleEvidence b, int sb, double overlap, Map<String, Fact> out) {
    if (a.contentWords() < MIN_CONTENT_WORDS || b.contentWords() < MIN_CONTENT_WORDS) {
      return;
    }
    List<ContentToken> ta = a.tokensOf(sa);
    List<ContentToken> tb = b.tokensOf(sb);
    for (int i = 1; i < ta.size(); i++) {
      ContentToken anchorA = ta.get(i);
      if (anchorA.stem().length() < MIN_ANCHOR_LENGTH || !rare(anchorA.stem())
          || a.sentencesUsing(stems, anchorA.id()) != 1 || inEntity(a, anchorA)) {
        continue;
      }
      for (int j = 1; j < tb.size(); j++) {
        ContentToken anchorB = tb.get(j);
        if (!stems.same(anchorA.id(), anchorB.id()) || b.sentencesUsing(stems, anchorB.id()) != 1 || inEntity(b, anchorB)) {
          continue;
        }
        ContentToken headA = ta.get(i - 1);
        ContentToken headB = tb.get(j - 1);
        if (!adjacent(headA, anchorA) || !adjacent(headB, anchorB)
            || headA.stem().length() < MIN_HEAD_LENGTH || headB.stem().length() < MIN_HEAD_LENGTH
            || stems.same(headA.id(), headB.id())
            || sameRoot(headA.stem(), headB.stem())
            || stems.containsSame(b.allIds, headA.id())
            || stems.containsSame(a.allIds, headB.id())
            || inEntity(a, headA) || inEntity(b, headB)) {
          continue;
        }
        String key = headA.stem() + " " + anchorA.stem() + "|" + headB.stem() + " " + anchorB.stem();
        double confidence = FactDiff.clamp(BASE_CONFIDENCE + 0.3 * overlap);
        Fact existing = out.get(key);
        if (existing == null || existing.confidence() < confidence) {
          out.put(key, new Fact(FactKind.LEXICAL, anchorA.surface(), Outcome.CONFLICT,
              Optional.of(ConflictKind.LEXICAL), confidence,
              List.of(claim(a, headA, anchorA), claim(b, headB, anchorB))));
        }
      }
    }
  }

  /**
   * Whether news in general seldom uses the word: in at most {@link #MAX_ANCHOR_DOCUMENT_SHARE} of
   * the documents of the background table. A common word ("دائما", "تقليد") shared by two
   * sentences says nothing about their sharing a referent.
   */
  private boolean rare(String stem) {
    long n = background.documentCount();
    return n == 0 || background.documentFrequency(IdfTable.termHash(stem)) <= MAX_ANCHOR_DOCUMENT_SHARE * n;
  }

  /**
   * Letters that Arabic adds to a root to inflect or derive a word (the prefixes of the imperfect,
   * the ا و ي of verbal nouns and participles, م of participles, ة): a verb and its verbal noun
   * (تعترض / اعتراض, يهبط / هبوط) keep the same remaining root letters.
   */
  private static final String PATTERN_LETTERS = "\u0627\u0648\u064A\u062A\u0646\u0645\u0629\u0647\u0649\u0621\u0623\u0625\u0622\u0624\u0626";

  /** Whether two words have the same root letters: two forms of one word, not two words. */
  static boolean sameRoot(String a, String b) {
    String x = rootLetters(a);
    String y = rootLetters(b);
    return !x.isEmpty() && (x.equals(y) || (y.length() >= 3 && x.contains(y)) || (x.length() >= 3 && y.contains(x)));
  }

  private static String rootLetters(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (PATTERN_LETTERS.indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether only a space separates the two words (a noun and the word that qualifies it). */
  private static boolean adjacent(ContentToken head, ContentToken anchor) {
    return anchor.start() - head.end() <= MAX_GAP;
  }

  private static boolean inEntity(ArticleEvidence a, ContentToken t) {
    for (EntityMention m : a.facts.entities()) {
      if (m.sentence() == t.sentence() && t.start() < m.span().end() && m.span().start() < t.end()) {
        return true;
      }
    }
    return false;
  }

  private static Claim claim(ArticleEvidence a, ContentToken head, ContentToken anchor) {
    var text = a.processed.normalized();
    int start = text.rawSpan(head.start(), head.end()).start();
    int end = text.rawSpan(anchor.start(), anchor.end()).end();
    String value = text.raw().substring(start, end);
    return new Claim(a.id(), value, head.stem() + " " + anchor.stem(), start, end, a.sentenceText(head.sentence()));
  }
}
