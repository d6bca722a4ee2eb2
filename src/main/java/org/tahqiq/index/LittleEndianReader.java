package org.tahqiq.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * Little-endian primitive reader that names the field being read in every truncation error,
 * tracks the byte offset and keeps a CRC-32C of everything read. Reads exactly the bytes it is
 * asked for, never ahead. Not thread-safe; one instance per {@code readFrom} call.
 */
final class LittleEndianReader {
  private final InputStream in;
  private final byte[] scratch = new byte[Long.BYTES];
  private final ByteBuffer scratchView = ByteBuffer.wrap(scratch).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  private long offset;

  LittleEndianReader(InputStream in) {
    this.in = in;
  }

  /** Byte offset of the next byte to read. */
  long offset() {
    return offset;
  }

  int readByte(String field) throws IOException {
    fill(scratch, Byte.BYTES, field, true);
    return scratch[0] & 0xFF;
  }

  int readInt(String field) throws IOException {
    fill(scratch, Integer.BYTES, field, true);
    return scratchView.getInt(0);
  }

  long readLong(String field) throws IOException {
    fill(scratch, Long.BYTES, field, true);
    return scratchView.getLong(0);
  }

  /**
   * Reads {@code length} bytes. {@link InputStream#readNBytes(int)} grows its buffer as data
   * arrives, so a corrupt huge length fails as truncation instead of allocating it up front.
   */
  byte[] readBytes(int length, String field) throws IOException {
    long start = offset;
    byte[] bytes = in.readNBytes(length);
    offset += bytes.length;
    if (bytes.length < length) {
      throw truncated(field, start, length, bytes.length);
    }
    crc.update(bytes);
    return bytes;
  }

  /** Reads {@code count} little-endian ints into {@code dst[offset, offset + count)}. */
  void readInts(int[] dst, int dstOffset, int count, String field) throws IOException {
    byte[] bytes = readBytes(count * Integer.BYTES, field);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(dst, dstOffset, count);
  }

  /** Reads the stored CRC-32C and checks it against everything read before it. */
  void verifyChecksum() throws IOException {
    int computed = (int) crc.getValue();
    fill(scratch, Integer.BYTES, "checksum", false);
    int stored = scratchView.getInt(0);
    if (stored != computed) {
      throw new IndexFormatException(
          String.format(
              "checksum mismatch: stored CRC-32C 0x%08x, computed 0x%08x over %d bytes; the"
                  + " input is corrupt",
              stored, computed, offset - Integer.BYTES));
    }
  }

  private void fill(byte[] dst, int length, String field, boolean checksummed) throws IOException {
    long start = offset;
    int read = in.readNBytes(dst, 0, length);
    offset += read;
    if (read < length) {
      throw truncated(field, start, length, read);
    }
    if (checksummed) {
      crc.update(dst, 0, length);
    }
  }

  private static IndexFormatException truncated(String field, long at, int needed, int got) {
    return new IndexFormatException(
        "truncated input: " + field + " at byte offset " + at + " needs " + needed
            + " bytes, only " + got + " available");
  }
}
