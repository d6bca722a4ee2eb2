package org.tahqiq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MappedText} answers every offset query as a plain per-char table of raw starts and ends
 * would, whatever sequence of builder operations made it: a check of its run-length coding
 * against a model that stores the two offsets of each char.
 */
class MappedTextModelTest {

  private static final String RAW =
      "أعلنت وزارةُ الصحة المصريّة اليوم عن ارتفاع عدد الإصابات\n\nوقال المتحدث باسم الوزارة إنّ الحالات مستقرة.";

  @Test
  void randomBuildsMatchAPerCharModel() {
    Random random = new Random(20131L);
    for (int round = 0; round < 500; round++) {
      Model source = randomBuild(random, null);
      Model copy = randomBuild(random, source);
      for (Model m : new Model[] {source, copy}) {
        assertMatches(m, random);
      }
    }
  }

  @Test
  void charsOfCopiesJustTheTextOfEveryKind() {
    MappedText.Builder b = MappedText.builder("كتب الوزير", 64); // slack past the text
    b.appendRaw(0, 3);
    b.appendRaw(4, 10);
    MappedText mapped = b.build();
    assertEquals("كتبالوزير", new String(MappedText.charsOf(mapped)));
    assertEquals("نص", new String(MappedText.charsOf("نص")));
    assertEquals("", new String(MappedText.charsOf(new StringBuilder())));
    char[] copy = MappedText.charsOf(mapped);
    copy[0] = 'x';
    assertEquals('ك', mapped.charAt(0), "a copy: the text is not changed through it");
  }

  @Test
  void identityMapsEveryCharToItself() {
    Model m = new Model(MappedText.builder(RAW, 0));
    for (int i = 0; i < RAW.length(); i++) {
      m.add(RAW.charAt(i), i, i + 1);
    }
    m.text = MappedText.identity(RAW);
    assertMatches(m, new Random(3L));
    Model empty = new Model(MappedText.builder("", 0));
    empty.text = MappedText.identity("");
    assertMatches(empty, new Random(4L));
  }

  /** Random appends, raw copies, widenings and (with a source) bulk and single copies from it. */
  private static Model randomBuild(Random random, Model source) {
    Model m = new Model(MappedText.builder(RAW, random.nextInt(20)));
    int ops = random.nextInt(40);
    int rawAt = 0;
    for (int op = 0; op < ops; op++) {
      int n = RAW.length();
      switch (random.nextInt(source == null ? 4 : 6)) {
        case 0 -> { // one char, sometimes continuing the raw text, sometimes anywhere
          int s = random.nextBoolean() ? Math.min(rawAt, n) : random.nextInt(n + 1);
          int e = Math.min(n, s + random.nextInt(3));
          char c = (char) ('\u0621' + random.nextInt(40));
          m.builder.append(c, s, e);
          m.add(c, s, e);
          rawAt = e;
        }
        case 1 -> { // a raw stretch, often right after the previous one
          int s = random.nextBoolean() ? Math.min(rawAt, n) : random.nextInt(n + 1);
          int e = s + random.nextInt(n - s + 1);
          m.builder.appendRaw(s, e);
          for (int i = s; i < e; i++) {
            m.add(RAW.charAt(i), i, i + 1);
          }
          rawAt = e;
        }
        case 2 -> { // a deleted mark widening the last char
          int e = random.nextInt(n + 1);
          m.builder.extendLast(e);
          if (m.length > 0 && e > m.ends[m.length - 1]) {
            m.ends[m.length - 1] = e;
          }
        }
        case 3 -> { // an expansion: several chars with one raw range
          int s = random.nextInt(n);
          int e = s + 1;
          for (int k = random.nextInt(4); k > 0; k--) {
            m.builder.append('ل', s, e);
            m.add('ل', s, e);
          }
        }
        case 4 -> { // a bulk copy of a range of the source
          MappedText src = source.text;
          int from = random.nextInt(src.length() + 1);
          int to = from + random.nextInt(src.length() - from + 1);
          m.builder.append(src, from, to);
          for (int i = from; i < to; i++) {
            m.add(source.chars[i], source.starts[i], source.ends[i]);
          }
        }
        default -> { // one char of the source, replaced
          MappedText src = source.text;
          if (src.length() > 0) {
            int i = random.nextInt(src.length());
            m.builder.appendReplacing(src, i, 'ي');
            m.add('ي', source.starts[i], source.ends[i]);
          }
        }
      }
    }
    m.text = m.builder.build();
    return m;
  }

  private static void assertMatches(Model m, Random random) {
    MappedText t = m.text;
    assertEquals(m.length, t.length());
    assertEquals(new String(m.chars, 0, m.length), t.text());
    for (int i = 0; i < m.length; i++) {
      assertEquals(m.chars[i], t.charAt(i));
      assertEquals(m.starts[i], t.rawStart(i), "raw start of char " + i);
      assertEquals(m.ends[i], t.rawEnd(i), "raw end of char " + i);
    }
    for (int k = 0; k < 20; k++) {
      int begin = random.nextInt(m.length + 1);
      int end = begin + random.nextInt(m.length - begin + 1);
      TextSpan expected;
      if (begin < end) {
        if (m.starts[begin] > m.ends[end - 1]) {
          continue; // random builds break the non-decreasing contract that spans rely on
        }
        expected = new TextSpan(m.starts[begin], m.ends[end - 1]);
      } else {
        int at = begin < m.length ? m.starts[begin] : begin == 0 ? 0 : m.ends[begin - 1];
        expected = new TextSpan(at, at);
      }
      assertEquals(expected, t.rawSpan(begin, end), "raw span of [" + begin + ", " + end + ")");
    }
  }

  /** A builder and the per-char table it should amount to. */
  private static final class Model {
    final MappedText.Builder builder;
    char[] chars = new char[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int length;
    MappedText text;

    Model(MappedText.Builder builder) {
      this.builder = builder;
    }

    void add(char c, int start, int end) {
      if (length == chars.length) {
        chars = java.util.Arrays.copyOf(chars, 2 * length);
        starts = java.util.Arrays.copyOf(starts, 2 * length);
        ends = java.util.Arrays.copyOf(ends, 2 * length);
      }
      chars[length] = c;
      starts[length] = start;
      ends[length] = end;
      length++;
    }
  }
}
