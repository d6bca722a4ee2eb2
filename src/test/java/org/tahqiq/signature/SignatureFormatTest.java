package org.tahqiq.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureFormatTest {

  private static final HexFormat HEX = HexFormat.of();

  private static SignatureFormatException rejected(byte[] bytes) {
    return assertThrows(SignatureFormatException.class, () -> Signature.fromByteArray(bytes));
  }

  private static byte[] valid() {
    return Signature.of(MinHashScheme.CLASSIC, 9, new int[] {1, 2, 3}).toByteArray();
  }

  /** Version 2 is frozen: these bytes must never change (a change needs a new format version). */
  @Test
  void goldenBytesOfVersionTwo() {
    Signature s = Signature.of(MinHashScheme.CLASSIC, 0x0102030405060708L, new int[] {1, -1, 0x12345678});
    String expected = "54515347" + "02000000" + "01000000" + "03000000" + "0807060504030201" + "00"
        + "01000000" + "ffffffff" + "78563412" + "3f151e2b";
    assertEquals(expected, HEX.formatHex(s.toByteArray()));
    assertEquals(expected.length() / 2, s.serializedSize());

    Signature empty = Signature.empty(MinHashScheme.ONE_PERMUTATION, 2, -1);
    assertEquals("54515347" + "02000000" + "02000000" + "02000000" + "ffffffffffffffff" + "01"
        + "00000000" + "00000000" + "4adadc49", HEX.formatHex(empty.toByteArray()));
  }

  /** Version 1, written by earlier releases, is still read: the same signatures. */
  @Test
  void version1IsStillRead() throws IOException {
    Signature s = Signature.of(MinHashScheme.CLASSIC, 0x0102030405060708L, new int[] {1, -1, 0x12345678});
    byte[] v1 = HEX.parseHex(
        "54515347" + "01" + "01" + "00" + "20" + "03000000" + "0807060504030201" + "01000000" + "ffffffff" + "78563412");
    assertEquals(s, Signature.fromByteArray(v1));
    assertEquals(s, Signature.readFrom(new ByteArrayInputStream(v1)));
    Signature empty = Signature.empty(MinHashScheme.ONE_PERMUTATION, 2, -1);
    assertEquals(empty, Signature.fromByteArray(HEX.parseHex(
        "54515347" + "01" + "02" + "01" + "20" + "02000000" + "ffffffffffffffff" + "00000000" + "00000000")));
    byte[] v1Flags = v1.clone();
    v1Flags[6] = (byte) 0x82;
    assertEquals("reserved flag bits set: flags 0x82", rejected(v1Flags).getMessage());
    byte[] v1Width = v1.clone();
    v1Width[7] = 16;
    assertEquals("unsupported bits per component 16, expected 32", rejected(v1Width).getMessage());
  }

  @ParameterizedTest
  @EnumSource(MinHashScheme.class)
  void roundTripsEveryScheme(MinHashScheme scheme) throws IOException {
    MinHasher h = MinHashPolicy.create(scheme, 200, -77).newHasher();
    Signature s = h.sign(new SplittableRandom(1).longs(1000).toArray());
    assertEquals(s, Signature.fromByteArray(s.toByteArray()));
    assertEquals(1.0, Signature.fromByteArray(s.toByteArray()).estimateJaccard(s));
    Signature empty = h.sign();
    assertEquals(empty, Signature.fromByteArray(empty.toByteArray()));
    assertTrue(Signature.fromByteArray(empty.toByteArray()).isEmpty());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeTo(out);
    empty.writeTo(out);
    s.writeTo(out);
    InputStream in = new ByteArrayInputStream(out.toByteArray());
    assertEquals(s, Signature.readFrom(in));
    assertEquals(empty, Signature.readFrom(in));
    assertEquals(s, Signature.readFrom(in));
    assertEquals(-1, in.read());
  }

  @Test
  void foreignBytesNameTheMagicRead() {
    byte[] pdf = "%PDF-1.7 some document bytes".getBytes(StandardCharsets.US_ASCII);
    SignatureFormatException e = rejected(pdf);
    assertEquals("not a Tahqiq MinHash signature: magic bytes 25 50 44 46, expected 54 51 53 47 (\"TQSG\")",
        e.getMessage());
  }

  @Test
  void unknownVersionIsRejected() {
    byte[] b = valid();
    b[4] = 3;
    assertEquals("unsupported format version 3 (this library reads versions 1, 2)", rejected(b).getMessage());
  }

  @Test
  void unknownSchemeIsRejected() {
    byte[] b = valid();
    b[8] = 9;
    assertEquals("unknown MinHash scheme code 9", rejected(b).getMessage());
  }

  @Test
  void reservedFlagsAreRejected() {
    byte[] b = valid();
    b[24] = (byte) 0x82;
    assertEquals("reserved flag bits set: flags 0x82", rejected(b).getMessage());
  }

  @Test
  void componentCountOutOfRangeIsRejectedBeforeAllocating() {
    for (int k : new int[] {0, -5, Signature.MAX_COMPONENTS + 1, Integer.MAX_VALUE}) {
      byte[] b = valid();
      b[12] = (byte) k;
      b[13] = (byte) (k >>> 8);
      b[14] = (byte) (k >>> 16);
      b[15] = (byte) (k >>> 24);
      assertEquals("invalid k (number of components) " + k + " at byte offset 12: must be in [1, 65536]",
          rejected(b).getMessage());
    }
  }

  @Test
  void corruptBytesFailTheChecksum() {
    byte[] b = valid();
    b[30] ^= 0x10; // inside component 1
    assertTrue(rejected(b).getMessage().startsWith("checksum mismatch: stored CRC-32C"), rejected(b).getMessage());
  }

  @Test
  void truncatedInputSaysWhatAndWhere() throws IOException {
    byte[] b = valid();
    assertEquals("truncated input: k (number of components) at byte offset 12 needs 4 bytes, only 2 available",
        rejected(Arrays.copyOf(b, 14)).getMessage());
    assertEquals("truncated input: components at byte offset 25 needs 12 bytes, only 7 available",
        rejected(Arrays.copyOf(b, 32)).getMessage());
    assertEquals("truncated input: magic at byte offset 0 needs 4 bytes, only 0 available",
        rejected(new byte[0]).getMessage());

    SignatureFormatException e =
        assertThrows(
            SignatureFormatException.class,
            () -> Signature.readFrom(new ByteArrayInputStream(Arrays.copyOf(b, 32))));
    assertEquals("truncated input: components at byte offset 25 needs 12 bytes, only 7 available", e.getMessage());
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] b = Arrays.copyOf(valid(), 44);
    assertEquals("3 trailing bytes after a signature of k=3 (41 bytes)", rejected(b).getMessage());
  }

  @Test
  void emptySignatureWithComponentsIsRejected() {
    byte[] b = Signature.empty(MinHashScheme.CLASSIC, 3, 0).toByteArray();
    b[29] = 5;
    assertEquals("empty signature with non-zero component 1 = 0x5", rejected(b).getMessage());
  }

  @Test
  void writingDoesNotExposeInternalState() {
    Signature s = Signature.of(MinHashScheme.SUPER_MINHASH, 1, new int[] {4, 5});
    byte[] b = s.toByteArray();
    b[25] = 99;
    assertArrayEquals(new int[] {4, 5}, s.components());
  }
}
