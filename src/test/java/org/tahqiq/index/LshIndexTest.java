package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;
import org.tahqiq.index.LshIndex.Match;
import org.tahqiq.signature.IncompatibleSignatureException;
import org.tahqiq.signature.MinHashScheme;
import org.tahqiq.signature.Signature;

class LshIndexTest {
  private static final int K = 64;
  private static final LshParameters BANDING = new LshParameters(8, 8);

  private static LshIndex newIndex() {
    return LshIndex.builder().parameters(BANDING).numComponents(K).build();
  }

  @Test
  void builderDerivesTheOptimalBandingFromTheThreshold() {
    LshIndex index = LshIndex.builder().threshold(0.8).numComponents(128).build();
    assertEquals(LshParameters.optimal(0.8, 128), index.parameters());
    assertEquals(
        LshParameters.optimal(0.8, 128),
        LshIndex.builder().numComponents(128).build().parameters(),
        "default threshold is 0.8");
  }

  @Test
  void builderRejectsContradictoryOrIncompleteOptions() {
    assertThrows(IllegalStateException.class, () -> LshIndex.builder().threshold(0.8).build());
    assertThrows(
        IllegalStateException.class,
        () -> LshIndex.builder().threshold(0.8).parameters(BANDING).numComponents(K).build());
    IllegalStateException tooFew =
        assertThrows(
            IllegalStateException.class,
            () -> LshIndex.builder().parameters(BANDING).numComponents(32).build());
    assertTrue(tooFew.getMessage().contains("32"), tooFew.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LshIndex.builder().numComponents(0));
    assertThrows(IllegalArgumentException.class, () -> LshIndex.builder().threshold(-0.1));
    assertThrows(IllegalArgumentException.class, () -> LshIndex.builder().initialCapacity(-1));
  }

  @Test
  void insertedDocumentsCanBeLookedUpAndFindThemselves() {
    SplittableRandom random = new SplittableRandom(1);
    LshIndex index = newIndex();
    Signature a = TestMinHash.sign(TestMinHash.randomSet(random, 50), K);
    Signature b = TestMinHash.sign(TestMinHash.randomSet(random, 50), K);
    index.insert("خبر-1", a);
    index.insert("خبر-2", b);
    assertEquals(2, index.size());
    assertTrue(index.contains("خبر-1"));
    assertFalse(index.contains("خبر-3"));
    assertEquals(Optional.of(a), index.signature("خبر-1"));
    assertEquals(Optional.empty(), index.signature("خبر-3"));
    assertEquals(List.of("خبر-1"), index.query(a));
    assertEquals(List.of(new Match("خبر-2", 1.0)), index.query(b, 0.9));
  }

  @Test
  void duplicateKeyIsRejectedAndTheFirstSignatureKept() {
    SplittableRandom random = new SplittableRandom(2);
    LshIndex index = newIndex();
    Signature first = TestMinHash.sign(TestMinHash.randomSet(random, 30), K);
    index.insert("doc", first);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> index.insert("doc", TestMinHash.sign(TestMinHash.randomSet(random, 30), K)));
    assertTrue(e.getMessage().contains("\"doc\""), e.getMessage());
    assertEquals(1, index.size());
    assertEquals(Optional.of(first), index.signature("doc"));
  }

  @Test
  void removedDocumentsAreNoLongerFoundAndTheirSlotIsReused() {
    SplittableRandom random = new SplittableRandom(3);
    LshIndex index = newIndex();
    Signature a = TestMinHash.sign(TestMinHash.randomSet(random, 40), K);
    Signature b = TestMinHash.sign(TestMinHash.randomSet(random, 40), K);
    index.insert("a", a);
    index.insert("a-copy", a);
    assertEquals(List.of("a", "a-copy"), index.query(a));
    assertTrue(index.remove("a"));
    assertFalse(index.remove("a"));
    assertFalse(index.contains("a"));
    assertEquals(List.of("a-copy"), index.query(a));
    index.insert("b", b);
    long memory = index.estimatedMemoryBytes();
    assertTrue(index.remove("b"));
    index.insert("b", b);
    assertEquals(memory, index.estimatedMemoryBytes(), "a freed slot is reused");
    assertEquals(List.of("b"), index.query(b));
    assertEquals(2, index.size());
  }

  @Test
  void emptySignaturesAreStoredButNeverCandidates() {
    LshIndex index = newIndex();
    Signature empty = Signature.empty(MinHashScheme.CLASSIC, K, TestMinHash.SEED);
    index.insert("فارغ-1", empty);
    index.insert("فارغ-2", empty);
    assertEquals(2, index.size());
    assertEquals(Optional.of(empty), index.signature("فارغ-1"));
    // Two documents without content are not duplicates of each other.
    assertEquals(List.of(), index.query(empty));
    assertEquals(List.of(), index.query(empty, 0.0));
    assertEquals(List.of(), index.topK(empty, 5));
    // Not even a regular signature with the empty one's (all-zero) components finds them.
    Signature zeros = Signature.of(MinHashScheme.CLASSIC, TestMinHash.SEED, new int[K]);
    assertEquals(List.of(), index.query(zeros));
    index.insert("zeros", zeros);
    assertEquals(List.of("zeros"), index.query(zeros));
    assertTrue(index.remove("فارغ-1"));
    assertEquals(2, index.size());
  }

  @Test
  void incompatibleSignaturesAreRejected() {
    SplittableRandom random = new SplittableRandom(4);
    long[] set = TestMinHash.randomSet(random, 30);
    LshIndex index = newIndex();
    index.insert("a", TestMinHash.sign(set, K));
    Signature otherSeed = TestMinHash.sign(set, K, 99);
    Signature otherK = TestMinHash.sign(set, 2 * K);
    Signature otherScheme =
        Signature.of(MinHashScheme.SUPER_MINHASH, TestMinHash.SEED, TestMinHash.sign(set, K).components());
    for (Signature bad : List.of(otherSeed, otherK, otherScheme)) {
      IncompatibleSignatureException e =
          assertThrows(IncompatibleSignatureException.class, () -> index.insert("b", bad));
      assertTrue(e.getMessage().contains("k=" + bad.k()), e.getMessage());
      assertThrows(IncompatibleSignatureException.class, () -> index.query(bad));
      assertThrows(IncompatibleSignatureException.class, () -> index.topK(bad, 1));
    }
    assertEquals(1, index.size());
  }

  @Test
  void firstInsertFixesTheFormatWhenTheBuilderDidNot() {
    SplittableRandom random = new SplittableRandom(5);
    LshIndex index = LshIndex.builder().parameters(BANDING).build();
    Signature tooShort = TestMinHash.sign(TestMinHash.randomSet(random, 10), 32);
    assertThrows(IncompatibleSignatureException.class, () -> index.insert("short", tooShort));
    index.insert("a", TestMinHash.sign(TestMinHash.randomSet(random, 10), 80));
    assertThrows(
        IncompatibleSignatureException.class,
        () -> index.insert("b", TestMinHash.sign(TestMinHash.randomSet(random, 10), K)));

    LshIndex fixed =
        LshIndex.builder().parameters(BANDING).scheme(MinHashScheme.ONE_PERMUTATION, 7).build();
    assertThrows(
        IncompatibleSignatureException.class,
        () -> fixed.insert("a", TestMinHash.sign(TestMinHash.randomSet(random, 10), K, 7)));
  }

  @Test
  void keysWithUnpairedSurrogatesAreRejected() {
    LshIndex index = newIndex();
    Signature s = TestMinHash.sign(new long[] {1, 2, 3}, K);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> index.insert("x\uD800y", s));
    assertTrue(e.getMessage().contains("U+D800 at index 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> index.insert("\uDC00", s));
    index.insert("emoji \uD83D\uDCF0 خبر", s);
    assertTrue(index.contains("emoji \uD83D\uDCF0 خبر"));
    assertThrows(NullPointerException.class, () -> index.insert(null, s));
    assertThrows(NullPointerException.class, () -> index.insert("k", null));
  }

  /**
   * Against a brute-force model under random inserts and removes (exercising chain unlinking and
   * backward-shift deletion): the candidates are exactly the documents sharing a whole band.
   */
  @Test
  void candidatesAreExactlyTheDocumentsSharingABand() {
    SplittableRandom random = new SplittableRandom(6);
    LshIndex index = newIndex();
    Map<String, Signature> model = new LinkedHashMap<>();
    List<long[]> bases = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      bases.add(TestMinHash.randomSet(random, 60));
    }
    for (int step = 0; step < 3000; step++) {
      if (!model.isEmpty() && random.nextInt(3) == 0) {
        String victim = new ArrayList<>(model.keySet()).get(random.nextInt(model.size()));
        assertTrue(index.remove(victim));
        model.remove(victim);
      } else {
        String key = "doc-" + step;
        // Near-duplicates of a few bases make long chains and many shared bands.
        long[] set = TestMinHash.mutate(random, bases.get(random.nextInt(bases.size())), random.nextInt(12));
        Signature sig = TestMinHash.sign(set, K);
        index.insert(key, sig);
        model.put(key, sig);
      }
      assertEquals(model.size(), index.size());
      if (step % 50 == 0) {
        Signature query = TestMinHash.sign(TestMinHash.mutate(random, bases.get(random.nextInt(bases.size())), 5), K);
        assertEquals(bruteForceCandidates(model, query), index.query(query));
        assertEquals(bruteForceMatches(model, query, 0.7), index.query(query, 0.7));
      }
    }
    for (Map.Entry<String, Signature> e : model.entrySet()) {
      assertTrue(index.query(e.getValue()).contains(e.getKey()));
      assertEquals(Optional.of(e.getValue()), index.signature(e.getKey()));
    }
  }

  @Test
  void requeryingAtHigherThresholdsFiltersTheVerifiedCandidates() {
    SplittableRandom random = new SplittableRandom(7);
    LshIndex index = newIndex();
    long[] base = TestMinHash.randomSet(random, 100);
    Map<String, Signature> model = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      Signature sig = TestMinHash.sign(TestMinHash.mutate(random, base, i * 2), K);
      model.put("v" + i, sig);
      index.insert("v" + i, sig);
    }
    Signature query = TestMinHash.sign(base, K);
    List<Match> loose = index.query(query, 0.0);
    assertEquals(bruteForceMatches(model, query, 0.0), loose);
    for (double threshold : new double[] {0.5, 0.7, 0.9, 1.0}) {
      List<Match> strict = index.query(query, threshold);
      List<Match> expected = loose.stream().filter(m -> m.similarity() >= threshold).toList();
      assertEquals(expected, strict, "threshold " + threshold);
      for (Match m : strict) {
        assertEquals(query.estimateJaccard(model.get(m.key())), m.similarity());
      }
    }
    assertEquals(List.of(new Match("v0", 1.0)), index.query(query, 1.0));
    assertThrows(IllegalArgumentException.class, () -> index.query(query, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> index.query(query, 1.5));
  }

  @Test
  void topKIsThePrefixOfTheRankedCandidates() {
    SplittableRandom random = new SplittableRandom(8);
    LshIndex index = newIndex();
    long[] base = TestMinHash.randomSet(random, 100);
    for (int i = 0; i < 20; i++) {
      index.insert("v" + i, TestMinHash.sign(TestMinHash.mutate(random, base, i), K));
    }
    index.insert("twin", TestMinHash.sign(base, K));
    Signature query = TestMinHash.sign(base, K);
    List<Match> all = index.query(query, 0.0);
    assertTrue(all.size() > 5);
    List<Match> top5 = index.topK(query, 5);
    assertEquals(all.subList(0, 5), top5);
    // Equal similarities are ordered by key: "twin" and "v0" are both exact copies.
    assertEquals(List.of(new Match("twin", 1.0), new Match("v0", 1.0)), top5.subList(0, 2));
    for (int i = 1; i < top5.size(); i++) {
      assertTrue(top5.get(i - 1).similarity() >= top5.get(i).similarity());
    }
    assertEquals(all, index.topK(query, 1000));
    assertThrows(IllegalArgumentException.class, () -> index.topK(query, 0));
  }

  /** Real text: a lightly edited copy of a seed article finds the original and no other seed. */
  @Test
  void editedSeedArticleFindsItsOriginal() {
    List<Article> seeds = Seeds.all();
    LshIndex index = LshIndex.builder().threshold(0.8).numComponents(128).build();
    for (Article a : seeds) {
      index.insert(a.id(), TestMinHash.sign(wordTrigrams(a.text()), 128));
    }
    Article original = seeds.get(0);
    String edited = original.text() + "\nوأضاف المتحدث أن التحقيقات ما زالت جارية.";
    List<Match> matches = index.query(TestMinHash.sign(wordTrigrams(edited), 128), 0.8);
    assertEquals(1, matches.size(), matches.toString());
    assertEquals(original.id(), matches.get(0).key());
    assertTrue(matches.get(0).similarity() < 1.0);
  }

  private static long[] wordTrigrams(String text) {
    String[] words = text.trim().split("\\s+");
    long[] shingles = new long[Math.max(0, words.length - 2)];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = Hashing.komihash5_0().hashCharsToLong(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
    }
    return Arrays.stream(shingles).distinct().toArray();
  }

  static List<String> bruteForceCandidates(Map<String, Signature> model, Signature query) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, Signature> e : model.entrySet()) {
      if (sharesBand(e.getValue(), query)) {
        keys.add(e.getKey());
      }
    }
    keys.sort(null);
    return keys;
  }

  private static List<Match> bruteForceMatches(
      Map<String, Signature> model, Signature query, double min) {
    List<Match> matches = new ArrayList<>();
    for (Map.Entry<String, Signature> e : model.entrySet()) {
      double similarity = query.estimateJaccard(e.getValue());
      if (sharesBand(e.getValue(), query) && similarity >= min) {
        matches.add(new Match(e.getKey(), similarity));
      }
    }
    matches.sort((x, y) -> x.similarity() != y.similarity()
        ? Double.compare(y.similarity(), x.similarity())
        : x.key().compareTo(y.key()));
    return matches;
  }

  private static boolean sharesBand(Signature a, Signature b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (int band = 0; band < BANDING.bands(); band++) {
      boolean equal = true;
      for (int row = 0; row < BANDING.rows() && equal; row++) {
        int i = band * BANDING.rows() + row;
        equal = a.component(i) == b.component(i);
      }
      if (equal) {
        return true;
      }
    }
    return false;
  }
}
