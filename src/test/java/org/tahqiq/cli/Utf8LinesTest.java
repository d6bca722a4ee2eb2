package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {

  private static Utf8Lines lines(byte[] bytes) {
    return new Utf8Lines(new ByteArrayInputStream(bytes));
  }

  @Test
  void splitsOnLineFeedDropsCarriageReturnAndByteOrderMark() throws IOException {
    Utf8Lines l = lines("\uFEFFسطر أول\r\nثانٍ\n\nأخير بلا نهاية".getBytes(StandardCharsets.UTF_8));
    assertEquals("سطر أول", l.next().text());
    assertEquals("ثانٍ", l.next().text());
    assertEquals("", l.next().text());
    Utf8Lines.Line last = l.next();
    assertEquals("أخير بلا نهاية", last.text());
    assertEquals(4, last.number());
    assertNull(l.next());
  }

  @Test
  void linesLongerThanTheBufferStayWhole() throws IOException {
    String longLine = "كلمة ".repeat(50_000); // 500,000 bytes, several buffers
    Utf8Lines l = lines((longLine + "\nبعد").getBytes(StandardCharsets.UTF_8));
    assertEquals(longLine, l.next().text());
    assertEquals("بعد", l.next().text());
  }

  @Test
  void invalidBytesAreReportedWithLineAndColumnAndReadingGoesOn() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("جيد\nab".getBytes(StandardCharsets.UTF_8));
    b.write(0xED); // a UTF-16 surrogate encoded in UTF-8 (CESU): invalid
    b.write(0xA0);
    b.write(0x80);
    b.writeBytes("\nجيد أيضاً\n".getBytes(StandardCharsets.UTF_8));
    Utf8Lines l = lines(b.toByteArray());
    l.next();
    Utf8Lines.Line bad = l.next();
    assertFalse(bad.valid());
    assertEquals(2, bad.number());
    assertEquals(3, bad.invalidByteColumn());
    assertEquals("جيد أيضاً", l.next().text());
  }

  @Test
  void truncatedSequenceAtTheEndOfALineIsInvalid() {
    byte[] bytes = "سطر\nكلمة".getBytes(StandardCharsets.UTF_8);
    Utf8Lines.Line whole = Utf8Lines.decodeAll(java.util.Arrays.copyOf(bytes, bytes.length - 1));
    assertFalse(whole.valid());
    assertEquals(2, whole.number());
    assertEquals("كلمة".getBytes(StandardCharsets.UTF_8).length - 1, whole.invalidByteColumn());
  }

  /** The JDK's strict decoding of {@code bytes}, or null where it reports an error. */
  private static String strict(byte[] bytes) {
    try {
      CharBuffer out = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** {@link Utf8Lines#decodeBasic}'s chars, or null where it leaves the line to the JDK's decoder. */
  private static String basic(byte[] bytes) {
    char[] out = new char[bytes.length];
    int n = Utf8Lines.decodeBasic(bytes, 0, bytes.length, out);
    return n < 0 ? null : new String(out, 0, n);
  }

  @Test
  void theFastPathDecodesEveryBasicPlaneCharAsTheJdkDoes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = "ب" + (char) c + "x";
      assertEquals(s, basic(s.getBytes(StandardCharsets.UTF_8)), () -> "U+" + Integer.toHexString(s.charAt(1)));
    }
  }

  @Test
  void theFastPathNeverAcceptsWhatTheStrictDecoderRejects() {
    // Overlong forms, encoded surrogates, cut and stray bytes: each left to the strict decoder.
    byte[][] invalid = {
      {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xD8}, {'a', (byte) 0xE2, (byte) 0x80},
      {(byte) 0x80}, {(byte) 0xBF, 'a'}, {(byte) 0xD8, 'a'}, {(byte) 0xF8, (byte) 0x80},
      {(byte) 0xFF},
    };
    for (byte[] b : invalid) {
      assertNull(strict(b));
      assertNull(basic(b));
    }
    // A four-byte sequence is valid, and left to the strict decoder, which gives the pair.
    byte[] emoji = "خبر 😀".getBytes(StandardCharsets.UTF_8);
    assertNull(basic(emoji));
    assertEquals("خبر 😀", strict(emoji));
  }

  @Test
  void onRandomBytesTheFastPathAgreesWithTheStrictDecoderWhereverItDecides() {
    // Seeded: lines mixing ASCII, Arabic, three-byte chars, emoji and random bytes.
    SplittableRandom random = new SplittableRandom(20261203L);
    String[] pieces = {"a", " ", "{\"", "م", "ة", "ٌ", "،", "\u200c", "“", "😀", "٣"};
    int decidedByFastPath = 0;
    for (int round = 0; round < 20_000; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int parts = 1 + random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        if (random.nextInt(8) == 0) {
          out.write(random.nextInt(256));
        } else {
          out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] bytes = out.toByteArray();
      String fast = basic(bytes);
      if (fast != null) {
        decidedByFastPath++;
        assertEquals(strict(bytes), fast, () -> java.util.Arrays.toString(bytes));
      }
    }
    assertTrue(decidedByFastPath > 5_000, "the fast path decided " + decidedByFastPath + " lines");
  }

  @Test
  void aLineTheFastPathLeavesIsStillReadAndItsErrorsLocated() throws IOException {
    byte[] valid = "{\"text\":\"😀 خبر\"}\n".getBytes(StandardCharsets.UTF_8);
    Utf8Lines ok = lines(valid);
    assertEquals("{\"text\":\"😀 خبر\"}", ok.next().text());
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.writeBytes("خبر ".getBytes(StandardCharsets.UTF_8));
    bad.write(0xED);
    bad.write(0xA0);
    bad.write(0x80);
    Utf8Lines.Line line = lines(bad.toByteArray()).next();
    assertFalse(line.valid());
    assertEquals("خبر ".getBytes(StandardCharsets.UTF_8).length + 1, line.invalidByteColumn());
  }
}
