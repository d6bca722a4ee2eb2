package org.tahqiq.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * Buffered little-endian primitive writer that keeps a CRC-32C of everything written. Not
 * thread-safe; one instance per {@code writeTo} call.
 */
final class LittleEndianWriter {
  private static final int BUFFER_BYTES = 1 << 13;

  private final OutputStream out;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();

  LittleEndianWriter(OutputStream out) {
    this.out = out;
  }

  void writeByte(int value) throws IOException {
    ensure(Byte.BYTES);
    buffer.put((byte) value);
  }

  void writeInt(int value) throws IOException {
    ensure(Integer.BYTES);
    buffer.putInt(value);
  }

  void writeLong(long value) throws IOException {
    ensure(Long.BYTES);
    buffer.putLong(value);
  }

  void writeInts(int[] values, int offset, int length) throws IOException {
    for (int i = offset, end = offset + length; i < end; i++) {
      writeInt(values[i]);
    }
  }

  void writeBytes(byte[] bytes) throws IOException {
    if (bytes.length <= buffer.remaining()) {
      buffer.put(bytes);
      return;
    }
    flushBuffer();
    crc.update(bytes);
    out.write(bytes);
  }

  /** Appends the CRC-32C of everything written so far (the checksum itself excluded) and flushes. */
  void finishWithChecksum() throws IOException {
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
