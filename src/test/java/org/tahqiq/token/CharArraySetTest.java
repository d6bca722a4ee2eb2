package org.tahqiq.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharArraySetTest {

  @Test
  void answersLikeAHashSetForSlicesAndSequences() {
    // Words over a few letters, so that many non-members share first and last letters and length
    // with members: the filter in front of the table must not turn such a member into a miss.
    Random random = new Random(5L);
    String letters = "ابتلمنوي";
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      words.add(randomWord(random, letters));
    }
    CharArraySet set = new CharArraySet(words);
    Set<String> expected = new HashSet<>(words);
    assertEquals(expected.size(), set.size());
    char[] buf = new char[16];
    for (int i = 0; i < 20_000; i++) {
      String probe = i % 3 == 0 ? words.get(random.nextInt(words.size())) : randomWord(random, letters);
      int off = random.nextInt(4);
      probe.getChars(0, probe.length(), buf, off);
      assertEquals(expected.contains(probe), set.contains(buf, off, probe.length()), probe);
      assertEquals(expected.contains(probe), set.contains(probe), probe);
    }
  }

  @Test
  void emptyIsAMemberOnlyIfAdded() {
    assertFalse(new CharArraySet(List.of("في")).contains(new char[2], 1, 0));
    assertFalse(new CharArraySet(List.of("في")).contains(""));
    assertTrue(new CharArraySet(List.of("", "في")).contains(""));
    assertTrue(new CharArraySet(List.of("", "في")).contains(new char[2], 1, 0));
  }

  @Test
  void oneLetterWordsAreFound() {
    CharArraySet set = new CharArraySet(List.of("و", "في"));
    assertTrue(set.contains("و"));
    assertTrue(set.contains(new char[] {'ف', 'و'}, 1, 1));
    assertFalse(set.contains("ف"));
  }

  private static String randomWord(Random random, String letters) {
    int length = 1 + random.nextInt(6);
    StringBuilder w = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      w.append(letters.charAt(random.nextInt(letters.length())));
    }
    return w.toString();
  }
}
