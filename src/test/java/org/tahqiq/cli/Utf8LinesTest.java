package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
}
