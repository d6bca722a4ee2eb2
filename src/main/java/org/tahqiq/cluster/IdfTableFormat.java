package org.tahqiq.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.tahqiq.format.BinaryReader;
import org.tahqiq.format.BinaryWriter;

/**
 * The codec of an {@link IdfTable}: format {@code TQIF}, version {@value #VERSION} (frozen; byte
 * map in {@link org.tahqiq.format.Formats}), on the common {@link BinaryWriter}/{@link
 * BinaryReader}: the same bytes the table's first, hand-rolled codec wrote, now read field by
 * field with every error naming the source and the field. Stateless.
 */
final class IdfTableFormat {
  static final byte[] MAGIC = {'T', 'Q', 'I', 'F'};
  static final int VERSION = 1;

  private IdfTableFormat() {}

  /** Hashes ascending (unsigned) with their document frequencies, as the table holds them. */
  static void write(long documents, long[] terms, int[] frequencies, OutputStream out) throws IOException {
    BinaryWriter w = new BinaryWriter(out);
    w.writePreamble(MAGIC, VERSION);
    w.writeInt(IdfTable.TERM_FORMAT_VERSION);
    w.writeLong(IdfTable.TERM_SEED);
    w.writeLong(documents);
    w.writeInt(terms.length);
    long previous = 0;
    for (int i = 0; i < terms.length; i++) {
      w.writeVarLong(terms[i] - previous);
      w.writeVarLong(frequencies[i]);
      previous = terms[i];
    }
    w.finishWithChecksum();
  }

  /** What {@link #read} gives: the table's fields. */
  record Table(long documents, long[] terms, int[] frequencies) {}

  /** One table, consuming exactly its bytes. */
  static Table read(InputStream in, String source) throws IOException {
    BinaryReader r = new BinaryReader(in, source, IdfFormatException::new);
    r.readPreamble(MAGIC, "Tahqiq IDF table", VERSION);
    int termVersion = r.readInt("term format version");
    long seed = r.readLong("term seed");
    if (termVersion != IdfTable.TERM_FORMAT_VERSION || seed != IdfTable.TERM_SEED) {
      throw r.error("IDF table of term format " + termVersion + " seed 0x" + Long.toHexString(seed)
          + ", expected " + IdfTable.TERM_FORMAT_VERSION + " seed 0x" + Long.toHexString(IdfTable.TERM_SEED), null);
    }
    long documents = r.readLong("documents");
    if (documents < 0) {
      throw r.error("invalid documents " + documents, null);
    }
    int n = r.readInt("entries", 0, Integer.MAX_VALUE - 8);
    // Grown as entries arrive: a corrupt huge count fails as truncation, not as an allocation.
    long[] terms = new long[Math.min(n, 1 << 16)];
    int[] frequencies = new int[terms.length];
    long previous = 0;
    for (int i = 0; i < n; i++) {
      if (i == terms.length) {
        terms = Arrays.copyOf(terms, terms.length * 2);
        frequencies = Arrays.copyOf(frequencies, terms.length);
      }
      long delta = r.readVarLong("term delta of entry " + i);
      long term = previous + delta;
      if (i > 0 && Long.compareUnsigned(term, previous) <= 0) {
        throw r.error("invalid term of entry " + i + ": terms must ascend"
            + (delta == 0 ? " (a term is repeated)" : ""), null);
      }
      long df = r.readVarLong("df of entry " + i);
      if (df < 1 || df > Integer.MAX_VALUE || df > documents) {
        throw r.error("invalid df " + df + " of entry " + i + " of " + documents + " documents", null);
      }
      terms[i] = term;
      frequencies[i] = (int) df;
      previous = term;
    }
    r.verifyChecksum();
    return new Table(documents, Arrays.copyOf(terms, n), Arrays.copyOf(frequencies, n));
  }
}
