package org.tahqiq.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.IdfTable;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.dedup.TwoDays;
import org.tahqiq.index.LshIndex;
import org.tahqiq.index.LshParameters;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.MinHashScheme;
import org.tahqiq.signature.Signature;

/**
 * One golden file per format and version under {@code src/test/resources/formats/}: today's
 * readers read each one to the content it was written from, and today's writers reproduce the
 * bytes of every current version exactly. A failure means persisted files would no longer read
 * back, or would read back differently: that is a new format version, never new golden bytes.
 * ({@code -Dtahqiq.writeGoldenFiles=true} wrote them once; it is not part of the test.)
 */
class FormatGoldenFilesTest {
  private static final Path DIR = Path.of("src/test/resources/formats");

  private static Signature signature(int k, long n) {
    return MinHashPolicy.create(MinHashScheme.ONE_PERMUTATION, k, 42).newHasher().sign(LongStream.rangeClosed(1, n).toArray());
  }

  private static LshIndex index() {
    LshIndex index = LshIndex.builder().parameters(new LshParameters(4, 4)).build();
    index.insert("خبر-1", signature(16, 20));
    index.insert("b", signature(16, 18));
    index.insert("empty", MinHashPolicy.create(MinHashScheme.ONE_PERMUTATION, 16, 42).newHasher().sign());
    return index;
  }

  private static IdfTable idf() {
    return IdfTable.of(List.of(
        Article.of("1", "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في زيارة رسمية."),
        Article.of("2", "التقى الرئيس الروسي زعيم كوريا الشمالية كيم جونغ أون في بيونغ يانغ.")));
  }

  private static DuplicateStream stream() {
    DuplicateStream s = NearDuplicateDetector.defaults().newStream();
    TwoDays.articles().get(1).forEach(s::add);
    return s;
  }

  private interface Writer {
    void write(java.io.OutputStream out) throws IOException;
  }

  private static byte[] bytes(Writer w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      w.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The golden file's bytes; writes it first when asked to (once, by hand). */
  private static byte[] golden(String name, byte[] current) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("tahqiq.writeGoldenFiles")) {
      Files.createDirectories(DIR);
      Files.write(file, current);
    }
    return Files.readAllBytes(file);
  }

  private static InputStream in(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  /** Version 1 (frozen, no longer written): still read. */
  @Test
  void signatureVersion1() throws IOException {
    byte[] golden = Files.readAllBytes(DIR.resolve("tqsg-v1.bin"));
    assertEquals(signature(16, 5), Signature.fromByteArray(golden));
    assertEquals(signature(16, 5), Signature.readFrom(in(golden)));
    assertEquals(1, golden[4], "version byte");
  }

  @Test
  void signatureVersion2() throws IOException {
    Signature s = signature(16, 5);
    byte[] golden = golden("tqsg-v2.bin", s.toByteArray());
    assertArrayEquals(golden, s.toByteArray());
    assertEquals(s, Signature.fromByteArray(golden));
    Signature empty = MinHashPolicy.create(MinHashScheme.ONE_PERMUTATION, 16, 42).newHasher().sign();
    assertTrue(Signature.fromByteArray(empty.toByteArray()).isEmpty());
  }

  @Test
  void lshIndexVersion1() throws IOException {
    LshIndex index = index();
    byte[] golden = golden("tqlx-v1.bin", bytes(index::writeTo));
    assertArrayEquals(golden, bytes(index::writeTo));
    LshIndex read = LshIndex.readFrom(in(golden), "tqlx-v1.bin");
    assertEquals(3, read.size());
    assertEquals(signature(16, 20), read.signature("خبر-1").orElseThrow());
    assertTrue(read.signature("empty").orElseThrow().isEmpty());
    assertEquals(index.query(signature(16, 19), 0.5), read.query(signature(16, 19), 0.5));
  }

  @Test
  void idfTableVersion1() throws IOException {
    IdfTable table = idf();
    byte[] golden = golden("tqif-v1.bin", bytes(table::writeTo));
    assertArrayEquals(golden, bytes(table::writeTo));
    assertEquals(table, IdfTable.readFrom(in(golden)));
    assertEquals(2, IdfTable.readFrom(in(golden)).documentCount());
  }

  @Test
  void duplicateStreamVersion1() throws IOException {
    DuplicateStream s = stream();
    byte[] golden = golden("tqds-v1.bin", bytes(s::writeTo));
    assertArrayEquals(golden, bytes(s::writeTo));
    DuplicateStream read = DuplicateStream.readFrom(in(golden), "tqds-v1.bin", NearDuplicateDetector.defaults());
    assertEquals(s.report(), read.report());
    assertEquals(s.articleIds(), read.articleIds());
  }

  private static org.tahqiq.cluster.EventStream eventStream() {
    org.tahqiq.cluster.EventStream s = org.tahqiq.cluster.EventClusterer.defaults().newStream();
    TwoDays.articles().get(1).forEach(s::add);
    return s;
  }

  /**
   * Versions 1 to 3 (frozen, no longer written): still read; v1 has no event ids, v1 and v2 no
   * places, none headline terms.
   */
  @Test
  void eventStreamVersions1To3() throws IOException {
    for (String name : List.of("tqes-v1.bin", "tqes-v2.bin", "tqes-v3.bin")) {
      org.tahqiq.cluster.EventStream s = eventStream();
      byte[] golden = Files.readAllBytes(DIR.resolve(name));
      org.tahqiq.cluster.EventStream read = org.tahqiq.cluster.EventStream.readFrom(in(golden), name,
          org.tahqiq.cluster.EventClusterer.defaults());
      assertEquals(s.result(), read.result(), name);
      assertEquals(s.articleIds(), read.articleIds(), name);
      // v1's events are new to the restored stream, named as their clusters; v2 keeps its ids
      assertEquals(s.events(), read.events(), name);
    }
  }

  @Test
  void eventStreamVersion4() throws IOException {
    org.tahqiq.cluster.EventStream s = eventStream();
    s.events(); // ids given, so that the file holds them
    byte[] golden = golden("tqes-v4.bin", bytes(s::writeTo));
    assertArrayEquals(golden, bytes(s::writeTo));
    org.tahqiq.cluster.EventStream read = org.tahqiq.cluster.EventStream.readFrom(in(golden), "tqes-v4.bin",
        org.tahqiq.cluster.EventClusterer.defaults());
    assertEquals(s.result(), read.result());
    assertEquals(s.articleIds(), read.articleIds());
    assertEquals(s.events(), read.events());
    assertArrayEquals(golden, bytes(read::writeTo), "read back, written again: the same bytes");
  }

  @Test
  void everyFormatOpensWithItsMagicAndAnInt32Version() throws IOException {
    for (String name : List.of("tqlx-v1.bin", "tqif-v1.bin", "tqds-v1.bin", "tqes-v1.bin", "tqes-v2.bin", "tqes-v3.bin", "tqes-v4.bin",
        "tqsg-v2.bin")) {
      byte[] b = Files.readAllBytes(DIR.resolve(name));
      String magic = new String(b, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
      assertEquals(name.substring(0, 4).toUpperCase(java.util.Locale.ROOT), magic, name);
      int version = name.charAt(name.length() - 5) - '0';
      assertEquals(version, java.nio.ByteBuffer.wrap(b, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(), name);
    }
  }
}
