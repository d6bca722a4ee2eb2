package org.tahqiq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bulk appends of {@link MappedText.Builder} equal the char-by-char appends they replace. */
class MappedTextBuilderTest {

  private static final String RAW = "قال الرئيسُ إنّ الاجتماعَ سيُعقد غداً\nفي القاهرة.";

  @Test
  void appendRawMapsEachCharToItself() {
    MappedText bulk = MappedText.builder(RAW, 0).appendRaw(4, 12).appendRaw(20, 20).appendRaw(30, RAW.length()).build();
    MappedText.Builder one = MappedText.builder(RAW, 0);
    for (int[] range : new int[][] {{4, 12}, {30, RAW.length()}}) {
      for (int i = range[0]; i < range[1]; i++) {
        one.append(RAW.charAt(i), i, i + 1);
      }
    }
    assertSameMapping(one.build(), bulk);
    assertThrows(IllegalArgumentException.class, () -> MappedText.builder(RAW, 4).appendRaw(5, RAW.length() + 1));
    assertThrows(IllegalArgumentException.class, () -> MappedText.builder(RAW, 4).appendRaw(5, 4));
  }

  @Test
  void bulkCopiesFromASourceEqualCharByCharCopies() {
    Random random = new Random(7L);
    for (int round = 0; round < 200; round++) {
      MappedText source = randomMapping(random);
      int from = random.nextInt(source.length() + 1);
      int to = from + random.nextInt(source.length() - from + 1);
      char[] replacement = new char[to - from + 3];
      for (int k = 0; k < replacement.length; k++) {
        replacement[k] = (char) ('\u0621' + random.nextInt(40));
      }
      MappedText.Builder expectedCopy = MappedText.builder(RAW, 1);
      MappedText.Builder expectedReplaced = MappedText.builder(RAW, 1);
      MappedText.Builder expectedOneByOne = MappedText.builder(RAW, 1);
      for (int i = from; i < to; i++) {
        expectedCopy.append(source.charAt(i), source.rawStart(i), source.rawEnd(i));
        expectedReplaced.append(replacement[3 + i - from], source.rawStart(i), source.rawEnd(i));
        expectedOneByOne.append(replacement[i - from], source.rawStart(i), source.rawEnd(i));
      }
      MappedText.Builder oneByOne = MappedText.builder(RAW, 1);
      for (int i = from; i < to; i++) {
        oneByOne.appendReplacing(source, i, replacement[i - from]);
      }
      assertSameMapping(expectedCopy.build(), MappedText.builder(RAW, 1).append(source, from, to).build());
      assertSameMapping(expectedReplaced.build(),
          MappedText.builder(RAW, 1).appendReplacing(source, from, to, replacement, 3).build());
      assertSameMapping(expectedOneByOne.build(), oneByOne.build());
    }
  }

  @Test
  void bulkCopiesRejectAnotherRawTextAndBadRanges() {
    MappedText other = MappedText.identity("نص آخر");
    MappedText source = MappedText.identity(RAW);
    assertThrows(IllegalArgumentException.class, () -> MappedText.builder(RAW, 4).append(other, 0, 2));
    assertThrows(IllegalArgumentException.class, () -> MappedText.builder(RAW, 4).appendReplacing(other, 0, 'ا'));
    assertThrows(IndexOutOfBoundsException.class, () -> MappedText.builder(RAW, 4).append(source, 3, RAW.length() + 1));
    assertThrows(IndexOutOfBoundsException.class, () -> MappedText.builder(RAW, 4).appendReplacing(source, RAW.length(), 'ا'));
    assertThrows(IndexOutOfBoundsException.class,
        () -> MappedText.builder(RAW, 4).appendReplacing(source, 0, 5, new char[4], 0));
  }

  @Test
  void offsetsAreBoundedByTheTextEvenWithSpareCapacity() {
    // A builder with room to spare keeps its arrays; indexes past the text must still fail.
    MappedText text = MappedText.builder(RAW, RAW.length()).appendRaw(0, RAW.length() - 2).build();
    assertEquals(RAW.length() - 2, text.length());
    assertEquals(RAW.length() - 3, text.rawStart(text.length() - 1));
    assertThrows(IndexOutOfBoundsException.class, () -> text.rawStart(text.length()));
    assertThrows(IndexOutOfBoundsException.class, () -> text.rawEnd(text.length()));
    assertEquals(new TextSpan(RAW.length() - 2, RAW.length() - 2), text.rawSpan(text.length(), text.length()));
  }

  /** A text over RAW with deletions, widened ranges and a repeated range, as normalizers make. */
  private static MappedText randomMapping(Random random) {
    MappedText.Builder b = MappedText.builder(RAW, 8);
    for (int i = 0; i < RAW.length(); i++) {
      switch (random.nextInt(4)) {
        case 0 -> { } // deleted
        case 1 -> b.append(RAW.charAt(i), i, i + 1).append('ـ', i, i + 1);
        case 2 -> b.append(RAW.charAt(i), i, i + 1).extendLast(Math.min(RAW.length(), i + 2));
        default -> b.append(RAW.charAt(i), i, i + 1);
      }
    }
    return b.build();
  }

  private static void assertSameMapping(MappedText expected, MappedText actual) {
    assertEquals(expected.text(), actual.text());
    for (int i = 0; i < expected.length(); i++) {
      assertEquals(expected.rawStart(i), actual.rawStart(i), "raw start of char " + i);
      assertEquals(expected.rawEnd(i), actual.rawEnd(i), "raw end of char " + i);
    }
  }

  @Test
  void getCharsCopiesARangeOfTheTextLikeString() {
    MappedText text = MappedText.builder(RAW, 4).appendRaw(4, 12).appendRaw(30, RAW.length()).build();
    String expected = text.text();
    char[] dst = new char[expected.length() + 4];
    dst[0] = '#';
    text.getChars(3, 9, dst, 1);
    assertEquals('#', dst[0], "nothing before dstBegin is written");
    assertEquals(expected.substring(3, 9), new String(dst, 1, 6));
    text.getChars(0, text.length(), dst, 4);
    assertEquals(expected, new String(dst, 4, text.length()));
    text.getChars(5, 5, dst, dst.length); // empty: allowed at the very end
    assertThrows(IndexOutOfBoundsException.class, () -> text.getChars(-1, 2, dst, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> text.getChars(2, text.length() + 1, dst, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> text.getChars(3, 2, dst, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> text.getChars(0, 6, dst, dst.length - 5));
  }
}
