package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.tahqiq.signature.IncompatibleSignatureException;
import org.tahqiq.signature.MinHashScheme;
import org.tahqiq.signature.Signature;

class LshPersistenceTest {

  /** Format version 1 of the tiny index built by {@link #tinyIndex()}, field by field. */
  private static final String GOLDEN =
      "54514c58" // magic "TQLX"
          + "01000000" // format version 1
          + "02000000" // bands 2
          + "02000000" // rows 2
          + "04000000" // k 4
          + "01000000" // scheme code 1 (CLASSIC)
          + "2a00000000000000" // seed 42
          + "03000000" // 3 documents, in key order
          + "01000000" + "61" + "00" // key "a", regular
          + "ffffffff" + "00000000" + "04030201" + "05000000" // -1, 0, 0x01020304, 5
          + "01000000" + "62" + "00" // key "b", regular
          + "01000000" + "02000000" + "03000000" + "04000000" // 1, 2, 3, 4
          + "02000000" + "d981" + "01" // key "ف" (UTF-8 D9 81), empty
          + "41e5801c"; // CRC-32C of all preceding bytes

  private static LshIndex tinyIndex() {
    LshIndex index =
        LshIndex.builder()
            .parameters(new LshParameters(2, 2))
            .numComponents(4)
            .scheme(MinHashScheme.CLASSIC, 42)
            .build();
    // Inserted out of key order, with a removal, to show the bytes do not depend on history.
    index.insert("ف", Signature.empty(MinHashScheme.CLASSIC, 4, 42));
    index.insert("b", Signature.of(MinHashScheme.CLASSIC, 42, new int[] {1, 2, 3, 4}));
    index.insert("gone", Signature.of(MinHashScheme.CLASSIC, 42, new int[] {9, 9, 9, 9}));
    index.insert("a", Signature.of(MinHashScheme.CLASSIC, 42, new int[] {-1, 0, 0x01020304, 5}));
    index.remove("gone");
    return index;
  }

  @Test
  void tinyIndexHasTheGoldenBytes() throws IOException {
    assertEquals(GOLDEN, HexFormat.of().formatHex(bytes(tinyIndex())));
  }

  @Test
  void goldenBytesReadBackToTheSameIndex() throws IOException {
    LshIndex read = read(HexFormat.of().parseHex(GOLDEN));
    assertEquals(new LshParameters(2, 2), read.parameters());
    assertEquals(3, read.size());
    assertEquals(
        Signature.of(MinHashScheme.CLASSIC, 42, new int[] {-1, 0, 0x01020304, 5}),
        read.signature("a").orElseThrow());
    assertTrue(read.signature("ف").orElseThrow().isEmpty());
    assertEquals(
        List.of("b"), read.query(Signature.of(MinHashScheme.CLASSIC, 42, new int[] {1, 2, 7, 7})));
    assertThrows(
        IncompatibleSignatureException.class,
        () -> read.insert("c", Signature.of(MinHashScheme.CLASSIC, 43, new int[] {1, 2, 3, 4})));
  }

  @Test
  void roundTripPreservesEveryQueryAndIsCanonical() throws IOException {
    SplittableRandom random = new SplittableRandom(31);
    LshIndex index = LshIndex.builder().threshold(0.7).numComponents(128).build();
    List<long[]> bases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      bases.add(TestMinHash.randomSet(random, 80));
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      long[] set =
          i % 50 == 0
              ? new long[0]
              : TestMinHash.mutate(random, bases.get(random.nextInt(bases.size())), random.nextInt(30));
      String key = (i % 3 == 0 ? "مقال-" : "doc-") + i;
      index.insert(key, TestMinHash.sign(set, 128));
      keys.add(key);
    }
    for (int i = 0; i < 600; i += 7) {
      index.remove(keys.get(i));
    }
    byte[] written = bytes(index);
    LshIndex read = read(written);
    assertEquals(index.size(), read.size());
    assertEquals(index.parameters(), read.parameters());
    for (String key : keys) {
      assertEquals(index.signature(key), read.signature(key), key);
    }
    for (int q = 0; q < 50; q++) {
      Signature query =
          TestMinHash.sign(TestMinHash.mutate(random, bases.get(q % bases.size()), q), 128);
      assertEquals(index.query(query), read.query(query));
      assertEquals(index.query(query, 0.6), read.query(query, 0.6));
      assertEquals(index.topK(query, 3), read.topK(query, 3));
    }
    assertArrayEquals(written, bytes(read), "equal contents give equal bytes");
  }

  @Test
  void readingConsumesExactlyTheIndexBytes() throws IOException {
    byte[] golden = HexFormat.of().parseHex(GOLDEN);
    byte[] withTrailer = new byte[golden.length + 3];
    System.arraycopy(golden, 0, withTrailer, 0, golden.length);
    ByteArrayInputStream in = new ByteArrayInputStream(withTrailer);
    LshIndex.readFrom(in);
    assertEquals(3, in.available());
  }

  @Test
  void indexWithNothingFixedRoundTrips() throws IOException {
    LshIndex index = LshIndex.builder().parameters(new LshParameters(4, 4)).build();
    LshIndex read = read(bytes(index));
    assertEquals(0, read.size());
    Signature sig = TestMinHash.sign(new long[] {1, 2, 3}, 20, 5);
    read.insert("first", sig);
    assertEquals(List.of("first"), read.query(sig));
  }

  @Test
  void everyTruncationIsReportedWithTheFieldBeingRead() {
    byte[] golden = HexFormat.of().parseHex(GOLDEN);
    for (int length = 0; length < golden.length; length++) {
      byte[] prefix = java.util.Arrays.copyOf(golden, length);
      IndexFormatException e = assertThrows(IndexFormatException.class, () -> read(prefix));
      assertTrue(e.getMessage().startsWith("truncated input: "), e.getMessage());
    }
    IndexFormatException e =
        assertThrows(IndexFormatException.class, () -> read(java.util.Arrays.copyOf(golden, 30)));
    assertEquals(
        "truncated input: seed at byte offset 24 needs 8 bytes, only 6 available", e.getMessage());
  }

  @Test
  void foreignInputIsNamedByItsMagicBytes() {
    byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00};
    IndexFormatException e = assertThrows(IndexFormatException.class, () -> read(zip));
    assertEquals(
        "not a Tahqiq LSH index: magic bytes 50 4B 03 04, expected 54 51 4C 58 (\"TQLX\")",
        e.getMessage());
  }

  @Test
  void unsupportedVersionIsNamed() {
    byte[] bytes = HexFormat.of().parseHex(GOLDEN);
    bytes[4] = 2;
    IndexFormatException e = assertThrows(IndexFormatException.class, () -> read(bytes));
    assertEquals("unsupported format version 2 (this library reads version 1)", e.getMessage());
  }

  @Test
  void corruptedPayloadFailsTheChecksum() {
    byte[] bytes = HexFormat.of().parseHex(GOLDEN);
    bytes[50] ^= 0x10; // inside the components of "a"
    IndexFormatException e = assertThrows(IndexFormatException.class, () -> read(bytes));
    assertTrue(e.getMessage().startsWith("checksum mismatch: stored CRC-32C 0x1c80e541"), e.getMessage());
  }

  @Test
  void invalidHeaderAndRecordValuesAreNamed() {
    // Offsets: magic 0, version 4, bands 8, rows 12, k 16, scheme 20, seed 24, count 32, docs 36.
    assertInvalid(withInt(8, 0), "invalid banding: bands must be at least 1: 0");
    assertInvalid(withInt(12, 5), "invalid k 4: must be 0 (not fixed) or in [10, 65536]");
    assertInvalid(withInt(16, 3), "invalid k 3: must be 0 (not fixed) or in [4, 65536]");
    assertInvalid(withInt(16, 0), "invalid document count 3 (k 0, scheme code 1)");
    assertInvalid(withInt(20, 9), "invalid scheme code 9");
    assertInvalid(withInt(32, -1), "invalid document count -1");
    assertInvalid(withInt(36, -7), "invalid key length -7 of document 0 at byte offset 36");
    byte[] badKind = HexFormat.of().parseHex(GOLDEN);
    badKind[41] = 7;
    assertInvalid(badKind, "invalid kind 7 of document 0 (\"a\")");
    byte[] badUtf8 = HexFormat.of().parseHex(GOLDEN);
    badUtf8[40] = (byte) 0xFF;
    assertInvalid(badUtf8, "key of document 0 is not valid UTF-8: FF");
    byte[] duplicate = HexFormat.of().parseHex(GOLDEN);
    duplicate[62] = 'a'; // second key "b" → "a"
    assertInvalid(duplicate, "duplicate key \"a\" at document 1");
  }

  private static byte[] withInt(int offset, int value) {
    byte[] bytes = HexFormat.of().parseHex(GOLDEN);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    // Keep the checksum valid so the value check, not the checksum, must catch it.
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length - 4, (int) crc.getValue());
    return bytes;
  }

  private static void assertInvalid(byte[] bytes, String messageStart) {
    IndexFormatException e = assertThrows(IndexFormatException.class, () -> read(bytes));
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }

  private static byte[] bytes(LshIndex index) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.writeTo(out);
    return out.toByteArray();
  }

  private static LshIndex read(byte[] bytes) throws IOException {
    return LshIndex.readFrom(new ByteArrayInputStream(bytes));
  }
}
