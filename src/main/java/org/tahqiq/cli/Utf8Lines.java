package org.tahqiq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads UTF-8 lines from a byte stream, one at a time, and reports invalid UTF-8 with its line and
 * byte column instead of replacing it: a line is split at {@code \n} (a {@code \r} before it and a
 * byte order mark at the start of the stream are dropped) and decoded strictly. A line is decoded
 * into a reused char buffer ({@link #nextChars()}), which a parser reads without a copy, or into a
 * string ({@link #next()}). Not thread-safe; memory is proportional to the longest line.
 */
final class Utf8Lines {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int lineLength;
  /** The decoded chars of the current line (valid when {@link #nextChars()} returned a length). */
  private CharBuffer chars = CharBuffer.allocate(256);
  private int invalidByteColumn;
  private long lineNumber;
  private boolean eof;

  Utf8Lines(InputStream in) {
    this.in = Objects.requireNonNull(in, "in must not be null");
  }

  /** The outcome of reading one line: its text, or the byte column of its first invalid byte. */
  record Line(long number, String text, int invalidByteColumn) {
    boolean valid() {
      return text != null;
    }
  }

  /** {@link #nextChars()}'s result at the end of the stream. */
  static final int END = -1;
  /** {@link #nextChars()}'s result for a line that is not valid UTF-8. */
  static final int INVALID = -2;

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int n = nextChars();
    if (n == END) {
      return null;
    }
    return n == INVALID
        ? new Line(lineNumber, null, invalidByteColumn)
        : new Line(lineNumber, new String(chars.array(), 0, n), 0);
  }

  /**
   * Reads and decodes the next line into {@link #chars()}: its number of chars, {@link #END} at
   * the end of the stream, or {@link #INVALID} (see {@link #invalidByteColumn()}).
   */
  int nextChars() throws IOException {
    if (eof) {
      return END;
    }
    lineLength = 0;
    boolean sawByte = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, BUFFER);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          if (!sawByte) {
            return END;
          }
          break;
        }
      }
      sawByte = true;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      append(position, end);
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    int from = 0;
    if (lineNumber == 1 && lineLength >= 3
        && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
      from = 3; // UTF-8 byte order mark
    }
    int to = lineLength > from && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    return decode(from, to);
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(buffer, from, line, lineLength, n);
    lineLength += n;
  }

  /** The chars of the line {@link #nextChars()} decoded last; overwritten by the next call. */
  char[] chars() {
    return chars.array();
  }

  /** The number of the line read last, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  /** The 1-based byte column of the first invalid byte of the line, after {@link #INVALID}. */
  int invalidByteColumn() {
    return invalidByteColumn;
  }

  private int decode(int from, int to) {
    if (chars.capacity() < to - from) { // UTF-8 never has more chars than bytes
      chars = CharBuffer.allocate(Math.max(to - from, chars.capacity() * 2));
    }
    int n = decodeBasic(line, from, to, chars.array());
    return n >= 0 ? n : decodeStrictly(from, to);
  }

  /**
   * Decodes {@code bytes[from, to)} into {@code out} when it holds only well-formed sequences of
   * one to three bytes (every char of the Basic Multilingual Plane but surrogates: all of Arabic
   * news text but emoji and rare scripts) and returns the number of chars; else returns -1
   * without saying where, and {@link #decodeStrictly} decides (and locates any error). The rules
   * are those of the JDK's strict decoder for these lengths (RFC 3629: no overlong form, no
   * surrogate), so the two give the same chars. A plain loop over arrays, for the sake of a short
   * run's first-tier compiled code, which runs the JDK's decoder several times slower.
   */
  static int decodeBasic(byte[] bytes, int from, int to, char[] out) {
    int n = 0;
    int i = from;
    while (i < to) {
      int b = bytes[i];
      if (b >= 0) {
        out[n++] = (char) b;
        i++;
      } else if ((b & 0xE0) == 0xC0) {
        if (b < (byte) 0xC2 || i + 1 >= to) {
          return -1; // overlong, or cut
        }
        int b1 = bytes[i + 1];
        if ((b1 & 0xC0) != 0x80) {
          return -1;
        }
        out[n++] = (char) (((b & 0x1F) << 6) | (b1 & 0x3F));
        i += 2;
      } else if ((b & 0xF0) == 0xE0) {
        if (i + 2 >= to) {
          return -1;
        }
        int b1 = bytes[i + 1];
        int b2 = bytes[i + 2];
        if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
          return -1;
        }
        char c = (char) (((b & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
        if (c < 0x800 || Character.isSurrogate(c)) {
          return -1; // overlong, or a surrogate
        }
        out[n++] = c;
        i += 3;
      } else {
        return -1; // a four-byte sequence, or not UTF-8
      }
    }
    return n;
  }

  /** The JDK's strict decoder over the line: the chars, or {@link #INVALID} and the column. */
  private int decodeStrictly(int from, int to) {
    ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
    chars.clear();
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      invalidByteColumn = bytes.position() - from + 1;
      return INVALID;
    }
    return chars.position();
  }

  /**
   * Decodes a whole byte array strictly; on invalid UTF-8 returns null text with the 1-based line
   * and byte column of the first invalid byte.
   */
  static Line decodeAll(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult result = d.decode(in, out, true);
    if (!result.isError()) {
      result = d.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      long lineNo = 1;
      int lineStart = from;
      for (int i = from; i < at; i++) {
        if (bytes[i] == '\n') {
          lineNo++;
          lineStart = i + 1;
        }
      }
      return new Line(lineNo, null, at - lineStart + 1);
    }
    out.flip();
    return new Line(1, out.toString(), 0);
  }
}
