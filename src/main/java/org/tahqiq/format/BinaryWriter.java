package org.tahqiq.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * Buffered little-endian writer of a {@link Formats} file: the common preamble ({@link
 * #writePreamble magic and i32 version}), primitive fields, and a closing CRC-32C of every byte
 * written before it ({@link #finishWithChecksum()}). Never closes the stream it was given. Not
 * thread-safe; one instance per file written.
 */
public final class BinaryWriter {
  private static final int BUFFER_BYTES = 1 << 13;

  private final OutputStream out;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();

  /** A writer onto {@code out}, which it never closes. */
  public BinaryWriter(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out must not be null");
  }

  /** The four magic bytes then the format version as an i32: the preamble of every format. */
  public void writePreamble(byte[] magic, int version) throws IOException {
    if (magic.length != Formats.MAGIC_BYTES) {
      throw new IllegalArgumentException("magic must be " + Formats.MAGIC_BYTES + " bytes");
    }
    writeBytes(magic);
    writeInt(version);
  }

  public void writeByte(int value) throws IOException {
    ensure(Byte.BYTES);
    buffer.put((byte) value);
  }

  public void writeInt(int value) throws IOException {
    ensure(Integer.BYTES);
    buffer.putInt(value);
  }

  public void writeLong(long value) throws IOException {
    ensure(Long.BYTES);
    buffer.putLong(value);
  }

  public void writeDouble(double value) throws IOException {
    writeLong(Double.doubleToRawLongBits(value));
  }

  /** {@code value} as an unsigned LEB128 varint (1 to 10 bytes); see {@link BinaryReader#readVarLong}. */
  public void writeVarLong(long value) throws IOException {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    writeByte((int) v);
  }

  public void writeInts(int[] values, int offset, int length) throws IOException {
    for (int i = offset, end = offset + length; i < end; i++) {
      writeInt(values[i]);
    }
  }

  public void writeBytes(byte[] bytes) throws IOException {
    if (bytes.length <= buffer.remaining()) {
      buffer.put(bytes);
      return;
    }
    flushBuffer();
    crc.update(bytes);
    out.write(bytes);
  }

  /** A string as its UTF-8 byte length (i32) and bytes; see {@link BinaryReader#readString}. */
  public void writeString(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeInt(bytes.length);
    writeBytes(bytes);
  }

  /**
   * A publisher wall-clock time: i64 epoch second of the time read as UTC ({@link
   * Formats#NO_TIME} for none) and i32 nanoseconds; see {@link BinaryReader#readTime}.
   */
  public void writeTime(java.util.Optional<java.time.LocalDateTime> time) throws IOException {
    writeLong(time.map(t -> t.toEpochSecond(java.time.ZoneOffset.UTC)).orElse(Formats.NO_TIME));
    writeInt(time.map(java.time.LocalDateTime::getNano).orElse(0));
  }

  /** Appends the CRC-32C of everything written so far (the checksum itself excluded) and flushes. */
  public void finishWithChecksum() throws IOException {
    flushBuffer();
    buffer.putInt((int) crc.getValue());
    out.write(buffer.array(), 0, buffer.position());
    buffer.clear();
    out.flush();
  }

  private void ensure(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    crc.update(buffer.array(), 0, buffer.position());
    out.write(buffer.array(), 0, buffer.position());
    buffer.clear();
  }
}
