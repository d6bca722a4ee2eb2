package org.tahqiq.shingle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The memo's keys identify words exactly, and a lookup answers what the hasher would. */
class WordHashMemoTest {

  private static char[] chars(String s) {
    return s.toCharArray();
  }

  /** A stand-in hasher that counts its calls and, like stemming, overwrites the word. */
  private static final class CountingHasher implements WordHashMemo.WordHasher {
    int calls;

    @Override
    public long hash(char[] word, int length) {
      calls++;
      long h = length;
      for (int i = 0; i < length; i++) {
        h = h * 0x100000001B3L + word[i];
        word[i] = '#';
      }
      return h;
    }

    long expected(String word) {
      int before = calls;
      long h = hash(word.toCharArray(), word.length());
      calls = before;
      return h;
    }
  }

  @Test
  void keysOfDistinctWordsDiffer() {
    Random random = new Random(0x6D656D6FL);
    Map<Long, String> seen = new HashMap<>();
    for (int round = 0; round < 200_000; round++) {
      int length = 1 + random.nextInt(WordHashMemo.MAX_WORD_LENGTH);
      char[] word = new char[length];
      for (int i = 0; i < length; i++) {
        word[i] = (char) ('\u0621' + random.nextInt(63)); // U+0621..U+065F
      }
      String w = new String(word);
      long key = WordHashMemo.key(word, length);
      assertNotEquals(WordHashMemo.NOT_MEMOIZED, key, w);
      String previous = seen.putIfAbsent(key, w);
      if (previous != null) {
        assertEquals(previous, w, "two words share key " + Long.toHexString(key));
      }
    }
    // A prefix relation is no exception: the key also encodes the length.
    assertNotEquals(WordHashMemo.key(chars("بوتين"), 5), WordHashMemo.key(chars("بوتين"), 4));
    assertNotEquals(WordHashMemo.key(chars("ابا"), 3), WordHashMemo.key(chars("با"), 2));
  }

  @Test
  void onlyShortArabicLetterWordsAreMemoized() {
    assertNotEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars("والمصريه"), 8));
    assertNotEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars("ءاؤئ"), 4));
    assertEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars(""), 0));
    assertEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars("والاستثمارات"), 12), "too long");
    assertEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars("گزارش"), 5), "Persian gaf");
    assertEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars("ب\u0620"), 2), "below range");
    assertEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars("putin"), 5), "Latin");
    assertEquals(WordHashMemo.NOT_MEMOIZED, WordHashMemo.key(chars("ب\u0660"), 2), "a digit");
  }

  @Test
  void aHitAnswersWithoutTheHasherAndEqualsTheComputedHash() {
    WordHashMemo memo = new WordHashMemo(1024);
    CountingHasher hasher = new CountingHasher();
    long first = memo.hash(chars("بوتين"), 5, hasher);
    assertEquals(1, hasher.calls);
    long second = memo.hash(chars("بوتين"), 5, hasher);
    assertEquals(1, hasher.calls, "the second lookup is a hit");
    assertEquals(first, second);
    assertEquals(hasher.expected("بوتين"), second);
    // Words the memo does not take are computed every time.
    memo.hash(chars("گزارش"), 5, hasher);
    memo.hash(chars("گزارش"), 5, hasher);
    assertEquals(3, hasher.calls);
  }

  @Test
  void wordsCompetingForFewSlotsAlwaysGetTheirOwnHash() {
    WordHashMemo memo = new WordHashMemo(2);
    CountingHasher hasher = new CountingHasher();
    String[] words = {"كيم", "جونغ", "اون", "بوتين", "بيونغ", "يانغ", "روسيا", "كوريا"};
    Random random = new Random(7);
    for (int round = 0; round < 10_000; round++) {
      String w = words[random.nextInt(words.length)];
      assertEquals(hasher.expected(w), memo.hash(chars(w), w.length(), hasher), w);
    }
  }

  @Test
  void capacityMustBeAPowerOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> new WordHashMemo(0));
    assertThrows(IllegalArgumentException.class, () -> new WordHashMemo(3));
    assertEquals(4, new WordHashMemo(4).capacity());
  }
}
