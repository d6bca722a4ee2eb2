package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.facts.EntityMention;
import org.tahqiq.facts.EntityRef;
import org.tahqiq.facts.EntityType;

/**
 * The entity rules of the diff: different people in the same role across sources (a conflict),
 * and one entity spelt differently by different sources (an agreement). See {@link FactDiff}.
 */
final class PersonRoles {
  /**
   * Most entities of one type that a sentence may name and the other article not, for the first
   * of them to be compared ("من الكويت والبحرين والأردن" / "من مصر"): a longer list is an
   * enumeration, no single role.
   */
  static final int MOST_EXCLUSIVE = 3;
  /**
   * Sentence overlap from which two sentences are taken as the same statement, so that different
   * entities in them conflict without sharing a name or introducing words ("واشنطن تقرر سحب ...
   * من الكويت" / "... من مصر"). Measured on the ANS headline pairs (benchmarks/README.md, issue 12).
   */
  static final double SAME_STATEMENT_OVERLAP = 0.4;
  /** Content words before a person's name that are taken as its role. */
  private static final int ROLE_WORDS = 3;
  /** Confidence of an agreement on an entity the gazetteer knows; lower for title-rule names. */
  private static final double KNOWN_ENTITY_CONFIDENCE = 1.0;
  private static final double INFERRED_ENTITY_CONFIDENCE = 0.8;

  private final List<ArticleEvidence> articles;
  private final SentencePairs pairs;
  private final StemSets stems;
  private final Vocabulary vocabulary;

  PersonRoles(List<ArticleEvidence> articles, SentencePairs pairs, StemSets stems, Vocabulary vocabulary) {
    this.articles = articles;
    this.pairs = pairs;
    this.stems = stems;
    this.vocabulary = vocabulary;
  }

  List<Fact> facts() {
    List<Fact> out = new ArrayList<>(conflicts());
    out.addAll(spellingAgreements());
    return out;
  }

  private List<Fact> conflicts() {
    Map<String, Fact> byPair = new LinkedHashMap<>();
    pairs.forEach(FactDiff.ROLE_SENTENCE_OVERLAP, (a, sa, b, sb, overlap) -> {
     for (EntityType type : EntityType.values()) {
      List<EntityMention> onlyA = exclusiveEntities(a, sa, b, type);
      List<EntityMention> onlyB = exclusiveEntities(b, sb, a, type);
      if (onlyA.isEmpty() || onlyB.isEmpty() || onlyA.size() > MOST_EXCLUSIVE || onlyB.size() > MOST_EXCLUSIVE) {
        continue;
      }
      EntityMention pa = onlyA.get(0);
      EntityMention pb = onlyB.get(0);
      if (sameWords(pa.nameKey(), pb.nameKey())) {
        continue; // one name, spelt or prefixed differently (لشرق طنطا / بشرق طنطا)
      }
      if (vocabulary.sameActor(ArticleEvidence.entityKey(pa), ArticleEvidence.entityKey(pb))) {
        continue; // a capital for its country ("أنقرة ترد" / "تركيا ترد")
      }
      // People share a name (كيم جونغ إيل / كيم إيل سونغ) or the words that introduce them; a
      // place or organization must stand after the same words ("تفجير في الإسكندرية").
      boolean sharedName = type == EntityType.PERSON && sharesNameToken(pa.nameKey(), pb.nameKey());
      boolean sharedRole = sharesRoleWord(a, pa, b, pb);
      if (!sharedName && !sharedRole && overlap < SAME_STATEMENT_OVERLAP) {
        continue;
      }
      double confidence = FactDiff.clamp(
          0.4 + 0.3 * overlap + (sharedName ? 0.15 : 0) + (sharedRole ? 0.15 : 0));
      String pair = ArticleEvidence.entityKey(pa) + "|" + ArticleEvidence.entityKey(pb);
      Fact existing = byPair.get(pair);
      if (existing == null || existing.confidence() < confidence) {
        byPair.put(pair, new Fact(FactKind.ENTITY, sharedWords(a, sa, b, sb, stems), Outcome.CONFLICT,
            Optional.of(ConflictKind.ENTITY), confidence, List.of(claim(a, pa), claim(b, pb))));
      }
     }
    });
    return new ArrayList<>(byPair.values());
  }

  /**
   * Distinct entities of {@code type} named in sentence {@code s} of {@code article} that {@code
   * other} never names.
   */
  private static List<EntityMention> exclusiveEntities(
      ArticleEvidence article, int s, ArticleEvidence other, EntityType type) {
    Map<String, EntityMention> out = new LinkedHashMap<>();
    for (EntityMention m : article.facts.entities()) {
      if (m.sentence() != s || !isOfType(m, type)) {
        continue;
      }
      String key = ArticleEvidence.entityKey(m);
      if (!other.entityKeys.contains(key)) {
        out.putIfAbsent(key, m);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static boolean isOfType(EntityMention m, EntityType type) {
    return m.entity().map(r -> r.type() == type).orElse(false);
  }

  /**
   * Whether two name keys have the same words up to {@link StemSets#same}, or the same letters
   * once the spaces are dropped: compound names are written joined or apart (عبدالمنعم أبوالفتوح /
   * عبد المنعم أبو الفتوح).
   */
  static boolean sameWords(String keyA, String keyB) {
    String[] a = keyA.split(" ");
    String[] b = keyB.split(" ");
    if (a.length != b.length) {
      return a.length + b.length > 2 && StemSets.same(keyA.replace(" ", ""), keyB.replace(" ", ""));
    }
    for (int i = 0; i < a.length; i++) {
      if (!StemSets.same(a[i], b[i]) && !StemSets.same(withoutProclitic(a[i]), withoutProclitic(b[i]))) {
        return false;
      }
    }
    return true;
  }

  /** The word without one leading proclitic letter (و ف ب ل ك), when at least three letters remain. */
  private static String withoutProclitic(String w) {
    return w.length() > 3 && "\u0648\u0641\u0628\u0644\u0643".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
  }

  private static boolean sharesNameToken(String keyA, String keyB) {
    Set<String> a = new HashSet<>(List.of(keyA.split(" ")));
    for (String t : keyB.split(" ")) {
      if (t.length() >= 2 && a.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words introducing the two names share a stem ("آنذاك", "رئيس"). */
  private boolean sharesRoleWord(ArticleEvidence a, EntityMention pa, ArticleEvidence b, EntityMention pb) {
    int[] roleA = a.window(pa.sentence(), pa.span().start(), pa.span().end(), ROLE_WORDS, 0);
    int[] roleB = b.window(pb.sentence(), pb.span().start(), pb.span().end(), ROLE_WORDS, 0).clone();
    Arrays.sort(roleB);
    Set<String> nameA = new HashSet<>(List.of(pa.nameKey().split(" ")));
    for (int w : roleA) {
      if (!nameA.contains(stems.stem(w)) && stems.containsSame(roleB, w)) {
        return true;
      }
    }
    return false;
  }

  /** Words of sentence {@code sa} whose stems also occur in sentence {@code sb}. */
  static String sharedWords(ArticleEvidence a, int sa, ArticleEvidence b, int sb, StemSets table) {
    Set<String> words = new LinkedHashSet<>();
    Set<String> stems = new HashSet<>();
    for (ContentToken t : a.tokensOf(sa)) {
      if (table.containsSame(b.sortedSentenceIds[sb], t.id()) && stems.add(t.stem())) {
        words.add(t.surface());
      }
    }
    return String.join(" ", new ArrayList<>(words).subList(0, Math.min(8, words.size())));
  }

  /** One agreement per entity that at least two sources spell differently (جونغ / جونج). */
  private List<Fact> spellingAgreements() {
    Map<String, Map<Integer, EntityMention>> byEntity = new LinkedHashMap<>();
    Map<String, EntityRef> refs = new HashMap<>();
    for (ArticleEvidence a : articles) {
      for (EntityMention m : a.facts.entities()) {
        if (m.entity().isEmpty() || m.nameKey().indexOf(' ') < 0) {
          continue; // only full, multi-word names show a spelling
        }
        EntityRef ref = m.entity().get();
        refs.put(ref.id(), ref);
        byEntity.computeIfAbsent(ref.id(), k -> new LinkedHashMap<>()).putIfAbsent(a.index, m);
      }
    }
    List<Fact> out = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, EntityMention>> e : byEntity.entrySet()) {
      Map<Integer, EntityMention> perArticle = e.getValue();
      if (perArticle.size() < 2 || !spelledDifferently(perArticle)) {
        continue;
      }
      List<Claim> claims = new ArrayList<>();
      perArticle.forEach((index, m) -> claims.add(claim(articles.get(index), m)));
      EntityRef ref = refs.get(e.getKey());
      double confidence = ref.id().contains(":~") ? INFERRED_ENTITY_CONFIDENCE : KNOWN_ENTITY_CONFIDENCE;
      out.add(new Fact(FactKind.ENTITY, ref.canonicalName(), Outcome.AGREE, Optional.empty(), confidence, claims));
    }
    return out;
  }

  private boolean spelledDifferently(Map<Integer, EntityMention> perArticle) {
    String first = null;
    for (Map.Entry<Integer, EntityMention> e : perArticle.entrySet()) {
      String spelling = normalizedSurface(articles.get(e.getKey()), e.getValue());
      if (first == null) {
        first = spelling;
      } else if (!sameUpToProclitic(first, spelling)) {
        return true;
      }
    }
    return false;
  }

  private static String normalizedSurface(ArticleEvidence a, EntityMention m) {
    return a.processed.normalized().text().substring(m.span().start(), m.span().end());
  }

  /** Equal, or equal once one of them drops a one-letter proclitic (وكيم / كيم). */
  private static boolean sameUpToProclitic(String x, String y) {
    return x.equals(y)
        || (x.length() == y.length() + 1 && x.endsWith(y))
        || (y.length() == x.length() + 1 && y.endsWith(x));
  }

  private static Claim claim(ArticleEvidence a, EntityMention m) {
    String raw = a.processed.normalized().raw();
    return new Claim(a.id(), raw.substring(m.raw().start(), m.raw().end()), ArticleEvidence.entityKey(m),
        m.raw().start(), m.raw().end(), a.sentenceText(m.sentence()));
  }
}
