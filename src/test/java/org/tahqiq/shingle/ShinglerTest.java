package org.tahqiq.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;
import org.tahqiq.token.TokenType;

class ShinglerTest {

  private static final Shingler DEFAULTS = Shingler.defaults();
  private static final String SENTENCE =
      "أهدى الرئيس الروسي فلاديمير بوتين، الزعيم الكوري كيم جونغ أون سيارة في 2024-06-19.";

  private static String normalized(String raw) {
    return ArabicNormalizer.defaults().normalize(MappedText.identity(raw)).text();
  }

  private static String seed(String prefix) {
    return normalized(Seeds.text(prefix));
  }

  /**
   * Frozen output of format version 2, the default. If this fails, the hash format changed: bump
   * {@link Shingler#FORMAT_VERSION} and pin the new values next to these, never edit them in place.
   */
  @Test
  void goldenValuesOfFormatVersion2() {
    assertEquals(2, Shingler.FORMAT_VERSION);
    assertEquals(Shingler.FORMAT_VERSION, DEFAULTS.formatVersion());
    assertEquals(0x7461_6871_6971_0001L, DEFAULTS.seed());
    long[] expected = {
      0x96fd64aa39ce612aL, 0xc39081734ac5cb2dL, 0xebcc5cd2dabcaa5eL, 0xed12e46640a0d8d1L,
      0x0d55f3cb2589b97cL, 0x2703d246e0f14ec6L, 0x38ff3c79cc78ebedL, 0x3cc3ddc968912323L,
      0x4e5080a43c5e9bdfL, 0x565f3daedec72078L, 0x752fda3335ec703cL,
    };
    assertArrayEquals(expected, DEFAULTS.shingle(SENTENCE).toArray());

    // Without lexicons and with character shingles (hashed as in version 1).
    Shingler plain = Shingler.builder().stem(false).wordNgrams(2).charNgrams(4).build();
    long[] actual = plain.shingle(SENTENCE).toArray();
    assertEquals(88, actual.length);
    assertArrayEquals(
        new long[] {0x827b80ad40a6b528L, 0x86745c95aa54cedeL, 0x872b9b3b8d5ecd64L},
        new long[] {actual[0], actual[1], actual[2]});
    assertArrayEquals(
        new long[] {0x76357c77d607ec74L, 0x796dc4475b877881L, 0x7a1df3e3453f421dL},
        new long[] {actual[85], actual[86], actual[87]});
  }

  /**
   * Frozen output of format version 1, still selectable for stored sets and signatures. These
   * values must never change.
   */
  @Test
  void goldenValuesOfFormatVersion1() {
    assertEquals(1, Shingler.FORMAT_VERSION_1);
    Shingler v1 = Shingler.builder().formatVersion(Shingler.FORMAT_VERSION_1).build();
    assertEquals(0x7461_6871_6971_0001L, v1.seed());
    long[] expected = {
      0x9d438e65cbbaf428L, 0xcd4c2e4f6c245ba2L, 0xf91b69b01b3222e4L, 0x10559a89399d7035L,
      0x116888556b2cbe81L, 0x13ef9d43178a91b0L, 0x30a845c24aece6feL, 0x3d7948cf327b2c63L,
      0x4545d2e4c90478aaL, 0x55739a8d9b134c84L, 0x753b7e28959281c7L,
    };
    assertArrayEquals(expected, v1.shingle(SENTENCE).toArray());

    // Without lexicons (no stemming, no stopwords) and with character shingles.
    Shingler plain = Shingler.builder().formatVersion(1).stem(false).wordNgrams(2).charNgrams(4).build();
    long[] actual = plain.shingle(SENTENCE).toArray();
    assertEquals(88, actual.length);
    assertArrayEquals(
        new long[] {0x827b80ad40a6b528L, 0x86745c95aa54cedeL, 0x872b9b3b8d5ecd64L},
        new long[] {actual[0], actual[1], actual[2]});
    assertArrayEquals(
        new long[] {0x7274a50945aba48aL, 0x796dc4475b877881L, 0x7a1df3e3453f421dL},
        new long[] {actual[85], actual[86], actual[87]});
  }

  @Test
  void sameTextGivesTheSameSet() {
    String text = seed("000");
    ShingleSet a = DEFAULTS.shingle(text);
    ShingleSet b = Shingler.builder().build().shingle(new StringBuilder(text));
    assertEquals(a, b);
    assertEquals(1.0, a.exactJaccard(b));
  }

  @Test
  void wordShinglesCountWindows() {
    // 13 counted tokens (the date is one NUMBER, punctuation never counts): 11 windows of 3.
    assertEquals(11, DEFAULTS.shingle(SENTENCE).size());
    assertEquals(12, Shingler.builder().wordNgrams(2).build().shingle(SENTENCE).size());
  }

  @Test
  void wordOrderMatters() {
    String a = "أهدى بوتين كيم سيارة فاخرة";
    String b = "أهدى كيم بوتين سيارة فاخرة";
    assertNotEquals(DEFAULTS.shingle(a), DEFAULTS.shingle(b));
    Shingler unigrams = Shingler.builder().wordNgrams(1).build();
    assertEquals(unigrams.shingle(a), unigrams.shingle(b), "a bag of words ignores order");
  }

  @Test
  void oneChangedWordChangesExactlyNShingles() {
    Random random = new Random(19L);
    String letters = "بتثجحخدذرزسشصضطظعغقمن"; // no clitic or suffix letters: stemming is moot
    String[] words = new String[200];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int j = 0; j < 7; j++) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      words[i] = w.toString();
    }
    String original = String.join(" ", words);
    words[100] = "كلمهجديده";
    String edited = String.join(" ", words);
    for (int n = 1; n <= 5; n++) {
      Shingler s = Shingler.builder().wordNgrams(n).build();
      ShingleSet a = s.shingle(original);
      ShingleSet b = s.shingle(edited);
      int windows = words.length - n + 1;
      assertEquals(windows, a.size());
      // n windows lose the old word and n windows gain the new one.
      assertEquals((windows - n) / (double) (windows + n), a.exactJaccard(b), 1e-12, "n=" + n);
    }
  }

  @Test
  void oneChangedWordInAnArticleLowersJaccardOnlyALittle() {
    String text = seed("000");
    int at = text.indexOf("التماثيل");
    assertTrue(at > 0);
    String edited = text.substring(0, at) + "المنحوتات" + text.substring(at + "التماثيل".length());
    ShingleSet a = DEFAULTS.shingle(text);
    ShingleSet b = DEFAULTS.shingle(edited);
    int n = DEFAULTS.wordNgramSize();
    double bound = (a.size() - n) / (double) (a.size() + n);
    double j = a.exactJaccard(b);
    assertTrue(j < 1.0);
    assertTrue(j >= bound - 1e-12, j + " < " + bound);
  }

  @Test
  void articleWithoutOneParagraphStaysNearDuplicate() {
    String text = seed("000");
    String[] paragraphs = text.split("\n\n");
    assertTrue(paragraphs.length > 10);
    int longest = 0;
    for (int i = 1; i < paragraphs.length; i++) {
      if (paragraphs[i].length() > paragraphs[longest].length()) {
        longest = i;
      }
    }
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < paragraphs.length; i++) {
      if (i != longest) {
        cut.append(paragraphs[i]).append("\n\n");
      }
    }
    double j = DEFAULTS.shingle(text).exactJaccard(DEFAULTS.shingle(cut.toString()));
    assertTrue(j > 0.8 && j < 1.0, "Jaccard " + j);
  }

  @Test
  void differentArticlesOnTheSameEventAreFarApart() {
    ShingleSet a = DEFAULTS.shingle(seed("000"));
    for (String other : new String[] {"001", "002", "003", "004"}) {
      double j = a.exactJaccard(DEFAULTS.shingle(seed(other)));
      assertTrue(j < 0.1, "000 vs " + other + ": " + j);
    }
  }

  @Test
  void emptyOrContentFreeTextGivesTheEmptySet() {
    assertTrue(DEFAULTS.shingle("").isEmpty());
    assertTrue(DEFAULTS.shingle(" \n\t\u00A0").isEmpty());
    assertTrue(DEFAULTS.shingle("«،؛؟...!»").isEmpty());
    assertTrue(Shingler.builder().charNgrams(5).build().shingle("  ،  ").isEmpty());
  }

  @Test
  void stopwordOnlyTextIsEmptyWhenStopwordsAreDropped() {
    String text = "في من على إلى عن هذا الذي";
    String folded = "في من علي الي عن هذا الذي"; // what the normalizer makes of it
    Shingler dropping = Shingler.builder().dropStopwords(true).build();
    assertTrue(dropping.shingle(folded).isEmpty());
    assertFalse(DEFAULTS.shingle(text).isEmpty(), "kept by default");
  }

  @Test
  void shortTextsStillHaveOneShingle() {
    ShingleSet two = DEFAULTS.shingle("بوتين يصل");
    assertEquals(1, two.size());
    assertEquals(1, DEFAULTS.shingle("بوتين").size());
    assertNotEquals(two, DEFAULTS.shingle("كيم يصل"));
    assertEquals(0.0, two.exactJaccard(DEFAULTS.shingle("يصل بوتين")));
  }

  @Test
  void marksAndTatweelDoNotChangeShingles() {
    assertEquals(
        DEFAULTS.shingle("قال الرئيس الكبير اليوم"),
        DEFAULTS.shingle("قالَ الرَّئِيسُ الكـبـيـر الـيـوم"));
  }

  @Test
  void stemmingConflatesClitics() {
    String a = "وقال الرئيس بوتين للصحفيين";
    String b = "قال رئيس وبوتين الصحفيون";
    assertEquals(DEFAULTS.shingle(a), DEFAULTS.shingle(b));
    Shingler unstemmed = Shingler.builder().stem(false).build();
    assertEquals(0.0, unstemmed.shingle(a).exactJaccard(unstemmed.shingle(b)));
  }

  @Test
  void characterShinglesIgnorePunctuationAndSpacingAndAddToWordShingles() {
    Shingler chars = Shingler.builder().charNgrams(5).build();
    assertEquals(chars.shingle("قال، الرئيس: «نعم»"), chars.shingle("قال   الرئيس\n نعم"));
    ShingleSet words = DEFAULTS.shingle(SENTENCE);
    ShingleSet both = chars.shingle(SENTENCE);
    assertTrue(both.size() > words.size());
    for (long h : words.toArray()) {
      assertTrue(both.contains(h), "word shingles unchanged by enabling char shingles");
    }
  }

  @Test
  void countedTypesSelectTokens() {
    Shingler wordsOnly =
        Shingler.builder().countedTypes(EnumSet.of(TokenType.ARABIC_WORD, TokenType.LATIN_WORD)).build();
    assertEquals(wordsOnly.shingle("في عام 2024 الماضي"), wordsOnly.shingle("في عام الماضي"));
    assertNotEquals(DEFAULTS.shingle("في عام 2024 الماضي"), DEFAULTS.shingle("في عام الماضي"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Shingler.builder().countedTypes(EnumSet.of(TokenType.PUNCTUATION)));
    assertTrue(e.getMessage().contains("PUNCTUATION"));
  }

  @Test
  void seedSelectsAnIndependentHashFamily() {
    ShingleSet a = DEFAULTS.shingle(seed("000"));
    ShingleSet b = Shingler.builder().seed(42L).build().shingle(seed("000"));
    assertEquals(a.size(), b.size());
    assertEquals(0, a.intersectionSize(b));
  }

  @Test
  void invalidOptionsNameTheOption() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Shingler.builder().wordNgrams(0))
        .getMessage().contains("wordNgrams"));
    assertThrows(IllegalArgumentException.class, () -> Shingler.builder().wordNgrams(9));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Shingler.builder().charNgrams(-1))
        .getMessage().contains("charNgrams"));
    assertThrows(IllegalArgumentException.class, () -> Shingler.builder().charNgrams(17));
    assertThrows(NullPointerException.class, () -> DEFAULTS.shingle(null));
    assertThrows(NullPointerException.class, () -> Shingler.builder().stemmer(null));
  }

  @Test
  void memoCapacityIsZeroOrAPowerOfTwo() {
    assertEquals(Shingler.DEFAULT_MEMO_CAPACITY, DEFAULTS.memoCapacity());
    assertEquals(0, Shingler.builder().memoCapacity(0).build().memoCapacity());
    assertEquals(0, Shingler.builder().stem(false).build().memoCapacity(), "nothing to memoize");
    assertEquals(64, Shingler.builder().memoCapacity(64).build().memoCapacity());
    for (int bad : new int[] {-2, 1, 3, 1000, Shingler.MAX_MEMO_CAPACITY * 2}) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> Shingler.builder().memoCapacity(bad))
          .getMessage().contains("memoCapacity"), "rejects " + bad);
    }
  }

  @Test
  void theMemoNeverChangesResults() {
    Shingler without = Shingler.builder().memoCapacity(0).build();
    Shingler tiny = Shingler.builder().memoCapacity(2).build(); // evicts all the time
    for (String prefix : new String[] {"000", "001", "002", "003", "004"}) {
      String text = seed(prefix);
      ShingleSet expected = without.shingle(text);
      assertEquals(expected, DEFAULTS.shingle(text), prefix);
      assertEquals(expected, DEFAULTS.shingle(text), prefix + ", memo warm");
      assertEquals(expected, tiny.shingle(text), prefix + ", tiny memo");
    }
  }

  @Test
  void concurrentUseOfOneMemoGivesTheSingleThreadedResults() throws Exception {
    Shingler shared = Shingler.builder().memoCapacity(8).build(); // small: threads overwrite slots
    Shingler reference = Shingler.builder().memoCapacity(0).build();
    String[] texts = new String[5];
    ShingleSet[] expected = new ShingleSet[5];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = seed("00" + i);
      expected[i] = reference.shingle(texts[i]);
    }
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          int mismatches = 0;
          for (int round = 0; round < 200; round++) {
            int i = (round + offset) % texts.length;
            if (!shared.shingle(texts[i]).equals(expected[i])) {
              mismatches++;
            }
          }
          return mismatches;
        }));
      }
      for (Future<Integer> f : results) {
        assertEquals(0, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void malformedTextHasADefinedResult() {
    ShingleSet s = DEFAULTS.shingle("بوتين \uD800 كيم \u0000 😀 سيارة");
    assertEquals(1, s.size(), "only the three Arabic words count");
    assertEquals(s, DEFAULTS.shingle("بوتين كيم سيارة"));
  }

  @Test
  void hugeRepetitiveTextCompletesWithTheSetOfTwoCopies() {
    String unit = seed("000") + "\n";
    String ten = unit.repeat((10_000_000 / unit.length()) + 1);
    assertTrue(ten.length() >= 10_000_000);
    ShingleSet huge = DEFAULTS.shingle(ten);
    assertEquals(DEFAULTS.shingle(unit + unit), huge);
  }

  @Test
  void bothVersionsGiveTheSameSetStructureOverSeededRandomText() {
    // The formats differ only in how a window's token hashes are combined: same sizes, same
    // Jaccard between two texts (no collision in either), over many options.
    Random random = new Random(131L);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    for (int round = 0; round < 40; round++) {
      StringBuilder a = new StringBuilder();
      for (int w = 0; w < 150; w++) {
        for (int c = 0, len = 2 + random.nextInt(6); c < len; c++) {
          a.append(letters.charAt(random.nextInt(letters.length())));
        }
        a.append(random.nextInt(12) == 0 ? "، " : " ");
      }
      String b = a.substring(0, a.length() / 2) + "كلمة مضافة " + a.substring(a.length() / 2);
      int n = 1 + random.nextInt(Shingler.MAX_WORD_NGRAMS);
      Shingler v2 = Shingler.builder().wordNgrams(n).seed(random.nextLong()).build();
      Shingler v1 = Shingler.builder().wordNgrams(n).seed(v2.seed()).formatVersion(1).build();
      ShingleSet a1 = v1.shingle(a);
      ShingleSet a2 = v2.shingle(a);
      assertEquals(a1.size(), a2.size(), "n=" + n);
      assertEquals(a1.exactJaccard(v1.shingle(b)), a2.exactJaccard(v2.shingle(b)), 1e-12, "n=" + n);
      assertNotEquals(a1, a2);
    }
  }

  @Test
  void versionTwoDependsOnSeedAndOrder() {
    Shingler v2 = Shingler.defaults();
    assertNotEquals(v2.shingle("أهدى بوتين كيم"), Shingler.builder().seed(1).build().shingle("أهدى بوتين كيم"));
    assertNotEquals(v2.shingle("أهدى بوتين كيم"), v2.shingle("أهدى كيم بوتين"));
    // A window is its tokens in order, whatever the n that cut it: a short text's one shingle of
    // all its tokens is the full window of the shingler whose n is that length.
    assertEquals(v2.shingle("بوتين كيم"), Shingler.builder().wordNgrams(2).build().shingle("بوتين كيم"));
    assertNotEquals(v2.shingle("بوتين كيم"), Shingler.builder().wordNgrams(1).build().shingle("بوتين كيم"));
  }

  @Test
  void onlyKnownVersionsAreAccepted() {
    for (int bad : new int[] {0, 3, -1, Integer.MAX_VALUE}) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Shingler.builder().formatVersion(bad));
      assertTrue(e.getMessage().contains("formatVersion"), e.getMessage());
    }
    assertTrue(Shingler.builder().formatVersion(1).build().toString().startsWith("Shingler[v1"));
  }

  @Test
  void sequenceIsTheShinglesInTextOrderWithRepeats() {
    Shingler words = Shingler.builder().wordNgrams(1).dropStopwords(true).build();
    String text = "أعلنت الوزارة القرار ثم أعلنت الوزارة موعدا آخر";
    long[] sequence = words.sequence(text);
    // Stopword ثم dropped: 7 content words, the first two repeated in place.
    assertEquals(7, sequence.length);
    assertEquals(sequence[0], sequence[3]);
    assertEquals(sequence[1], sequence[4]);
    assertNotEquals(sequence[0], sequence[1]);
    assertEquals(words.shingle(text), ShingleSet.of(sequence));
    // For any options, the distinct values of the sequence are the shingle set.
    for (String seedId : new String[] {"000", "003"}) {
      String story = seed(seedId);
      assertEquals(DEFAULTS.shingle(story), ShingleSet.of(DEFAULTS.sequence(story)));
      Shingler chars = Shingler.builder().charNgrams(4).build();
      assertEquals(chars.shingle(story), ShingleSet.of(chars.sequence(story)));
    }
    assertEquals(0, DEFAULTS.sequence("").length);
  }
}
