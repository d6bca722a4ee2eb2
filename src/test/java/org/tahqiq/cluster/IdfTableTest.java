package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

class IdfTableTest {

  private static byte[] bytes(IdfTable t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void learntFromSeedsCountsDocuments() {
    IdfTable t = IdfTable.of(Seeds.all());
    assertEquals(5, t.documentCount());
    // "بوتين" is in every seed; "أوروس" (stemmed and normalized as terms are) in three.
    assertEquals(5, t.documentFrequency(IdfTable.termHash("بوتين")));
    assertEquals(0.0 + Math.log(6.0 / 6.0), t.idf(IdfTable.termHash("بوتين")), 1e-12);
    assertEquals(0, t.documentFrequency(IdfTable.termHash("غير-موجود")));
    assertEquals(Math.log(6.0), t.idf(IdfTable.termHash("غير-موجود")), 1e-12);
  }

  @Test
  void roundTripPlainAndGzip() throws IOException {
    IdfTable t = IdfTable.of(Seeds.all());
    byte[] plain = bytes(t);
    assertEquals(t, IdfTable.readFrom(new ByteArrayInputStream(plain)));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      t.writeTo(g);
    }
    assertEquals(t, IdfTable.readFrom(new ByteArrayInputStream(gz.toByteArray())));
    assertArrayEquals(plain, bytes(IdfTable.readFrom(new ByteArrayInputStream(plain))));
    assertEquals(IdfTable.empty(), IdfTable.readFrom(new ByteArrayInputStream(bytes(IdfTable.empty()))));
  }

  @Test
  void headerIsLittleEndianAndVersioned() throws IOException {
    byte[] b = bytes(IdfTable.of(List.of(Article.of("x", "مرحبا بالعالم"))));
    assertArrayEquals(new byte[] {'T', 'Q', 'I', 'F', 1, 0, 0, 0, 1, 0, 0, 0}, java.util.Arrays.copyOf(b, 12));
    // N = 1 at offset 20, little-endian.
    assertEquals(1, b[20]);
  }

  @Test
  void corruptInputFailsWithTypedError() throws IOException {
    byte[] good = bytes(IdfTable.of(Seeds.all()));
    byte[] flipped = good.clone();
    flipped[40] ^= 0x01;
    assertThrows(IdfFormatException.class, () -> IdfTable.readFrom(new ByteArrayInputStream(flipped)));
    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 7);
    assertThrows(IdfFormatException.class, () -> IdfTable.readFrom(new ByteArrayInputStream(truncated)));
    byte[] version = good.clone();
    version[4] = 9;
    IdfFormatException e = assertThrows(IdfFormatException.class, () -> IdfTable.readFrom(new ByteArrayInputStream(version)));
    assertTrue(e.getMessage().contains("version 9"), e.getMessage());
    assertThrows(IdfFormatException.class, () -> IdfTable.readFrom(new ByteArrayInputStream(new byte[] {'X'})));
  }

  @Test
  void errorsNameTheSourceAndTheField() throws IOException {
    byte[] good = bytes(IdfTable.of(Seeds.all()));
    IdfFormatException cut = assertThrows(IdfFormatException.class,
        () -> IdfTable.readFrom(new ByteArrayInputStream(java.util.Arrays.copyOf(good, 40)), "idf.bin"));
    assertTrue(cut.getMessage().startsWith("idf.bin: truncated input: "), cut.getMessage());
    assertTrue(cut.getMessage().contains(" of entry "), cut.getMessage());
    byte[] foreign = good.clone();
    foreign[0] = 'X';
    IdfFormatException magic = assertThrows(IdfFormatException.class,
        () -> IdfTable.readFrom(new ByteArrayInputStream(foreign), "idf.bin"));
    assertTrue(magic.getMessage().startsWith("idf.bin: not a Tahqiq IDF table: magic bytes"), magic.getMessage());
    byte[] trailing = java.util.Arrays.copyOf(good, good.length + 2);
    IdfFormatException extra = assertThrows(IdfFormatException.class,
        () -> IdfTable.readFrom(new ByteArrayInputStream(trailing), "idf.bin"));
    assertTrue(extra.getMessage().startsWith("idf.bin: 2 trailing bytes"), extra.getMessage());
  }

  @Test
  void mergeAddsDocumentsAndFrequencies() {
    List<Article> seeds = Seeds.all();
    IdfTable a = IdfTable.of(seeds.subList(0, 2));
    IdfTable b = IdfTable.of(seeds.subList(2, 5));
    IdfTable all = IdfTable.of(seeds);
    assertEquals(all, a.merge(b));
    assertEquals(all, b.merge(a));
    assertEquals(all, all.merge(IdfTable.empty()));
  }

  @Test
  void prunedDropsRareTerms() {
    IdfTable t = IdfTable.of(Seeds.all());
    IdfTable p = t.pruned(5);
    assertTrue(p.size() < t.size());
    assertEquals(5, p.documentFrequency(IdfTable.termHash("بوتين")));
    assertEquals(t.documentCount(), p.documentCount());
  }

  @Test
  void defaultTableLoadsAndRanksCommonBelowRare() {
    IdfTable d = IdfTable.defaults();
    assertEquals(40_000, d.documentCount());
    assertTrue(d.size() > 10_000, d::toString);
    // "مصر" is everywhere in Egyptian news; "أوروس" (a Russian car brand) never appears in 2013.
    double common = d.idf(IdfTable.termHash("مصر"));
    double unknown = d.idf(IdfTable.termHash("اوروس"));
    assertTrue(common < 3 && unknown == Math.log(40_001.0), common + " " + unknown);
  }
}
