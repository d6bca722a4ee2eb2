package org.tahqiq.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * Little-endian reader of a {@link Formats} file that names the source and the field in every
 * error, tracks the byte offset and keeps a CRC-32C of everything read. Reads exactly the bytes it
 * is asked for, never ahead, and never closes the stream it was given. Not thread-safe; one
 * instance per file read.
 */
public final class BinaryReader {
  private final InputStream in;
  private final String source;
  private final FormatException.Factory errors;
  private final byte[] scratch = new byte[Long.BYTES];
  private final ByteBuffer scratchView = ByteBuffer.wrap(scratch).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  private long offset;

  /**
   * A reader of {@code in}.
   *
   * @param source what is read, for messages: a file name, or empty for an anonymous stream
   * @param errors creates the format's own exception type
   */
  public BinaryReader(InputStream in, String source, FormatException.Factory errors) {
    this.in = Objects.requireNonNull(in, "in must not be null");
    this.source = Objects.requireNonNull(source, "source must not be null");
    this.errors = Objects.requireNonNull(errors, "errors must not be null");
  }

  /** Byte offset of the next byte to read. */
  public long offset() {
    return offset;
  }

  /**
   * Reads the preamble: checks the magic and returns the version, which must be one of {@code
   * supported} (the versions this library reads).
   */
  public int readPreamble(byte[] magic, String formatName, int... supported) throws IOException {
    readMagic(magic, formatName);
    int version = readInt("format version");
    for (int v : supported) {
      if (v == version) {
        return version;
      }
    }
    throw unsupportedVersion(version, supported);
  }

  /**
   * Checks the magic alone, for a format whose first version predates the common i32 version
   * ({@code TQSG} version 1); {@link #readPreamble} otherwise.
   */
  public void readMagic(byte[] magic, String formatName) throws IOException {
    byte[] found = readBytes(magic.length, "magic");
    if (!Arrays.equals(found, magic)) {
      throw error("not a " + formatName + ": magic bytes " + hex(found) + ", expected " + hex(magic)
          + " (\"" + new String(magic, StandardCharsets.US_ASCII) + "\")", null);
    }
  }

  /** The error for a version none of {@code supported}. */
  public FormatException unsupportedVersion(int version, int... supported) {
    String known = Arrays.stream(supported).mapToObj(Integer::toString)
        .collect(java.util.stream.Collectors.joining(", "));
    return error("unsupported format version " + version + " (this library reads version"
        + (supported.length == 1 ? " " : "s ") + known + ")", null);
  }

  /** An unsigned LEB128 varint written by {@link BinaryWriter#writeVarLong}: at most 10 bytes. */
  public long readVarLong(String field) throws IOException {
    long at = offset;
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte(field);
      if (shift == 63 && (b & 0x7E) != 0) {
        break; // more than 64 bits
      }
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw error("invalid varint " + field + " at byte offset " + at + ": longer than 64 bits", null);
  }

  public int readByte(String field) throws IOException {
    fill(Byte.BYTES, field, true);
    return scratch[0] & 0xFF;
  }

  public int readInt(String field) throws IOException {
    fill(Integer.BYTES, field, true);
    return scratchView.getInt(0);
  }

  public long readLong(String field) throws IOException {
    fill(Long.BYTES, field, true);
    return scratchView.getLong(0);
  }

  public double readDouble(String field) throws IOException {
    return Double.longBitsToDouble(readLong(field));
  }

  /** An i32 that must lie in {@code [min, max]}. */
  public int readInt(String field, int min, int max) throws IOException {
    long at = offset;
    int v = readInt(field);
    if (v < min || v > max) {
      throw error("invalid " + field + " " + v + " at byte offset " + at + ": must be in [" + min + ", " + max + "]", null);
    }
    return v;
  }

  /**
   * Reads {@code length} bytes. {@link InputStream#readNBytes(int)} grows its buffer as data
   * arrives, so a corrupt huge length fails as truncation instead of allocating it up front.
   */
  public byte[] readBytes(int length, String field) throws IOException {
    long start = offset;
    if (length < 0) {
      throw error("invalid length " + length + " of " + field + " at byte offset " + start, null);
    }
    byte[] bytes = in.readNBytes(length);
    offset += bytes.length;
    if (bytes.length < length) {
      throw truncated(field, start, length, bytes.length);
    }
    crc.update(bytes);
    return bytes;
  }

  /** A string written by {@link BinaryWriter#writeString}: i32 byte length, then strict UTF-8. */
  public String readString(String field) throws IOException {
    long at = offset;
    int length = readInt("length of " + field);
    byte[] bytes = readBytes(length, field);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw error(field + " at byte offset " + at + " is not valid UTF-8: " + hex(bytes), e);
    }
  }

  /** A time written by {@link BinaryWriter#writeTime}. */
  public java.util.Optional<java.time.LocalDateTime> readTime(String field) throws IOException {
    long second = readLong(field);
    int nano = readInt(field + " (nanoseconds)", 0, 999_999_999);
    if (second == Formats.NO_TIME) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(java.time.LocalDateTime.ofEpochSecond(second, nano, java.time.ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      throw error("invalid " + field + ": epoch second " + second, e);
    }
  }

  /** Reads {@code count} little-endian ints into {@code dst[offset, offset + count)}. */
  public void readInts(int[] dst, int dstOffset, int count, String field) throws IOException {
    byte[] bytes = readBytes(Math.multiplyExact(count, Integer.BYTES), field);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(dst, dstOffset, count);
  }

  /** Reads the stored CRC-32C and checks it against everything read before it. */
  public void verifyChecksum() throws IOException {
    int computed = (int) crc.getValue();
    fill(Integer.BYTES, "checksum", false);
    int stored = scratchView.getInt(0);
    if (stored != computed) {
      throw error(String.format(
          "checksum mismatch: stored CRC-32C 0x%08x, computed 0x%08x over %d bytes; the input is corrupt",
          stored, computed, offset - Integer.BYTES), null);
    }
  }

  /** The format's exception for {@code message}, prefixed by the source's name. */
  public FormatException error(String message, Throwable cause) {
    return errors.create(source.isEmpty() ? message : source + ": " + message, cause);
  }

  private void fill(int length, String field, boolean checksummed) throws IOException {
    long start = offset;
    int read = in.readNBytes(scratch, 0, length);
    offset += read;
    if (read < length) {
      throw truncated(field, start, length, read);
    }
    if (checksummed) {
      crc.update(scratch, 0, length);
    }
  }

  private FormatException truncated(String field, long at, int needed, int got) {
    return error("truncated input: " + field + " at byte offset " + at + " needs " + needed
        + " bytes, only " + got + " available", null);
  }

  /** Up to 16 bytes in hex, for messages. */
  public static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    int shown = Math.min(bytes.length, 16);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02X", bytes[i] & 0xFF));
    }
    if (shown < bytes.length) {
      sb.append(" … (").append(bytes.length).append(" bytes)");
    }
    return sb.toString();
  }
}
