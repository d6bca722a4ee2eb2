package org.tahqiq.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.tahqiq.format.BinaryReader;
import org.tahqiq.format.BinaryWriter;
import org.tahqiq.format.FormatException;

/**
 * The codec of a {@link Signature}: format {@code TQSG}, version {@value #VERSION} written,
 * versions 1 and 2 read (both frozen; byte map in {@link org.tahqiq.format.Formats}). Version 2 is
 * the common layout of every Tahqiq format (i32 version, parameters, seed, body, CRC-32C); version 1
 * predates it (a one-byte version, no checksum) and is still read. Stateless.
 */
final class SignatureFormat {
  static final byte[] MAGIC = {'T', 'Q', 'S', 'G'};
  /** The version written. */
  static final int VERSION = 2;
  /** The first version: one-byte version, scheme, flags and component width, no checksum. */
  static final int VERSION_1 = 1;
  static final int FLAG_EMPTY = 1;
  static final int BITS_PER_COMPONENT = 32;
  /** Bytes of version 2 besides the components: preamble, scheme, k, seed, flags, checksum. */
  static final int OVERHEAD_BYTES = 4 + 4 + 4 + 4 + 8 + 1 + 4;

  private SignatureFormat() {}

  static byte[] toByteArray(Signature s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(OVERHEAD_BYTES + 4 * s.k());
    try {
      write(s, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array never fails
    }
    return out.toByteArray();
  }

  static void write(Signature s, OutputStream out) throws IOException {
    BinaryWriter w = new BinaryWriter(out);
    w.writePreamble(MAGIC, VERSION);
    w.writeInt(s.scheme().code());
    w.writeInt(s.k());
    w.writeLong(s.seed());
    w.writeByte(s.isEmpty() ? FLAG_EMPTY : 0);
    w.writeInts(s.isEmpty() ? new int[s.k()] : s.components(), 0, s.k());
    w.finishWithChecksum();
  }

  /** One signature of either version, consuming exactly its bytes. */
  static Signature read(InputStream in, String source) throws IOException {
    BinaryReader r = new BinaryReader(in, source, SignatureFormatException::new);
    r.readMagic(MAGIC, "Tahqiq MinHash signature");
    // Version 1 has a one-byte version followed by three one-byte fields; version 2 an i32. The
    // i32 read here is either, told apart by its low byte (2 in version 2 is 02 00 00 00).
    int word = r.readInt("format version");
    int code;
    int flags;
    int k;
    long seed;
    if ((word & 0xFF) == VERSION_1) {
      code = (word >>> 8) & 0xFF;
      flags = (word >>> 16) & 0xFF;
      int bits = word >>> 24;
      checkScheme(r, code);
      checkFlags(r, flags);
      if (bits != BITS_PER_COMPONENT) {
        throw r.error("unsupported bits per component " + bits + ", expected " + BITS_PER_COMPONENT, null);
      }
      k = r.readInt("k (number of components)", 1, Signature.MAX_COMPONENTS);
      seed = r.readLong("seed");
    } else if (word == VERSION) {
      code = r.readInt("scheme code");
      checkScheme(r, code);
      k = r.readInt("k (number of components)", 1, Signature.MAX_COMPONENTS);
      seed = r.readLong("seed");
      flags = r.readByte("flags");
      checkFlags(r, flags);
    } else {
      throw r.unsupportedVersion(word, VERSION_1, VERSION);
    }
    int[] components = new int[k];
    r.readInts(components, 0, k, "components");
    boolean empty = (flags & FLAG_EMPTY) != 0;
    if (empty) {
      for (int i = 0; i < k; i++) {
        if (components[i] != 0) {
          throw r.error("empty signature with non-zero component " + i + " = 0x" + Integer.toHexString(components[i]), null);
        }
      }
    }
    if (word == VERSION) {
      r.verifyChecksum();
    }
    MinHashScheme scheme = MinHashScheme.fromCode(code);
    return empty ? Signature.empty(scheme, k, seed) : Signature.wrap(scheme, seed, components);
  }

  private static void checkScheme(BinaryReader r, int code) throws FormatException {
    if (!MinHashScheme.isKnownCode(code)) {
      throw r.error("unknown MinHash scheme code " + code, null);
    }
  }

  private static void checkFlags(BinaryReader r, int flags) throws FormatException {
    if ((flags & ~FLAG_EMPTY) != 0) {
      throw r.error("reserved flag bits set: flags 0x" + Integer.toHexString(flags), null);
    }
  }
}
