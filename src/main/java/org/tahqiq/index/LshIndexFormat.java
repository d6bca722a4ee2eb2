package org.tahqiq.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.tahqiq.format.BinaryReader;
import org.tahqiq.format.BinaryWriter;
import org.tahqiq.signature.MinHashScheme;

/**
 * The codec of {@link LshIndex}: format {@code TQLX}, version {@value #VERSION} (frozen; byte map
 * in {@link org.tahqiq.format.Formats}), on the shared {@link BinaryWriter}/{@link BinaryReader}.
 * Stateless.
 */
final class LshIndexFormat {
  static final byte[] MAGIC = {'T', 'Q', 'L', 'X'};
  static final int VERSION = 1;
  private static final int KIND_REGULAR = 0;
  private static final int KIND_EMPTY = 1;
  /** Initial capacity cap on reading: a corrupt count must not allocate gigabytes. */
  private static final int MAX_INITIAL_CAPACITY = 1 << 16;

  private LshIndexFormat() {}

  /** Writes {@code index}; the caller holds its read lock. */
  static void write(LshIndex index, OutputStream out) throws IOException {
    BinaryWriter writer = new BinaryWriter(out);
    writer.writePreamble(MAGIC, VERSION);
    writer.writeInt(index.parameters().bands());
    writer.writeInt(index.parameters().rows());
    writer.writeInt(index.k());
    writer.writeInt(index.schemeOrNull() == null ? 0 : index.schemeOrNull().code());
    writer.writeLong(index.seed());
    writer.writeInt(index.sizeUnlocked());
    for (int slot : index.slotsByKey()) {
      writer.writeString(index.keyAt(slot));
      if (index.isEmptySlot(slot)) {
        writer.writeByte(KIND_EMPTY);
      } else {
        writer.writeByte(KIND_REGULAR);
        writer.writeInts(index.page(slot), index.base(slot), index.k());
      }
    }
    writer.finishWithChecksum();
  }

  /** Reads an index, consuming exactly its bytes; {@code source} is named in errors. */
  static LshIndex read(InputStream in, String source) throws IOException {
    BinaryReader reader = new BinaryReader(in, source, IndexFormatException::new);
    reader.readPreamble(MAGIC, "Tahqiq LSH index", VERSION);
    int bands = reader.readInt("bands");
    int rows = reader.readInt("rows");
    LshParameters parameters;
    try {
      parameters = new LshParameters(bands, rows);
    } catch (IllegalArgumentException e) {
      throw reader.error("invalid banding: " + e.getMessage(), e);
    }
    int k = reader.readInt("k");
    if (k != 0 && (k < parameters.componentsUsed() || k > LshIndex.MAX_COMPONENTS)) {
      throw reader.error("invalid k " + k + ": must be 0 (not fixed) or in [" + parameters.componentsUsed()
          + ", " + LshIndex.MAX_COMPONENTS + "] for " + bands + " bands of " + rows + " rows", null);
    }
    int schemeCode = reader.readInt("scheme code");
    MinHashScheme scheme;
    try {
      scheme = schemeCode == 0 ? null : MinHashScheme.fromCode(schemeCode);
    } catch (IllegalArgumentException e) {
      throw reader.error("invalid scheme code " + schemeCode, e);
    }
    long seed = reader.readLong("seed");
    int count = reader.readInt("document count");
    if (count < 0 || (count > 0 && (k == 0 || scheme == null))) {
      throw reader.error("invalid document count " + count + " (k " + k + ", scheme code " + schemeCode + ")", null);
    }
    LshIndex index = LshIndex.restoring(parameters, k, scheme, seed, Math.min(count, MAX_INITIAL_CAPACITY));
    int[] components = new int[Math.max(k, 1)];
    for (int i = 0; i < count; i++) {
      long keyOffset = reader.offset();
      int keyLength = reader.readInt("key length of document " + i);
      if (keyLength < 0) {
        throw reader.error("invalid key length " + keyLength + " of document " + i + " at byte offset " + keyOffset, null);
      }
      String key = Utf8.decode(reader, reader.readBytes(keyLength, "key of document " + i), "key of document " + i);
      int kind = reader.readByte("kind of document " + i + " (\"" + key + "\")");
      if (kind != KIND_REGULAR && kind != KIND_EMPTY) {
        throw reader.error("invalid kind " + kind + " of document " + i + " (\"" + key + "\")", null);
      }
      if (kind == KIND_REGULAR) {
        reader.readInts(components, 0, k, "components of document " + i + " (\"" + key + "\")");
      }
      if (index.containsUnlocked(key)) {
        throw reader.error("duplicate key \"" + key + "\" at document " + i, null);
      }
      index.restore(key, kind == KIND_REGULAR ? components : null);
    }
    reader.verifyChecksum();
    return index;
  }

  /** Strict UTF-8 decoding with the reader's error naming. */
  private static final class Utf8 {
    static String decode(BinaryReader reader, byte[] bytes, String field) throws IOException {
      try {
        return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw reader.error(field + " is not valid UTF-8: " + BinaryReader.hex(bytes), e);
      }
    }
  }
}
