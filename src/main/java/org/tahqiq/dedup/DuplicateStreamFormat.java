package org.tahqiq.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Optional;
import org.tahqiq.format.BinaryReader;
import org.tahqiq.format.BinaryWriter;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.Signature;

/**
 * The codec of a {@link DuplicateStream}'s state: format {@code TQDS}, version {@value #VERSION}
 * (frozen; byte map in {@link org.tahqiq.format.Formats}). The detector's parameters are stored and
 * checked on reading, so that a state is never continued with another detector. Stateless.
 */
final class DuplicateStreamFormat {
  static final byte[] MAGIC = {'T', 'Q', 'D', 'S'};
  static final int VERSION = 1;

  private DuplicateStreamFormat() {}

  /** What the stream writes: its articles in slot order and its verified pairs, by slot. */
  interface State {
    int articleCount();

    Article0 article(int slot);

    int pairCount();

    int pairFirst(int pair);

    int pairSecond(int pair);

    double pairSimilarity(int pair);
  }

  /** One stored article: metadata, shingle count and signature (null when too short). */
  record Article0(String id, String source, Optional<LocalDateTime> published, int shingles, Signature signature) {}

  static void writeHeader(BinaryWriter w, NearDuplicateDetector d) throws IOException {
    w.writePreamble(MAGIC, VERSION);
    MinHashPolicy p = d.policy();
    w.writeInt(p.k());
    w.writeInt(p.scheme().code());
    w.writeLong(p.seed());
    w.writeInt(d.lshParameters().bands());
    w.writeInt(d.lshParameters().rows());
    w.writeDouble(d.threshold());
    w.writeInt(d.measure().ordinal() + 1);
    w.writeInt(d.minShingles());
  }

  static void write(State s, NearDuplicateDetector d, OutputStream out) throws IOException {
    BinaryWriter w = new BinaryWriter(out);
    writeHeader(w, d);
    int k = d.policy().k();
    w.writeInt(s.articleCount());
    for (int slot = 0; slot < s.articleCount(); slot++) {
      Article0 a = s.article(slot);
      w.writeString(a.id());
      w.writeString(a.source());
      w.writeTime(a.published());
      w.writeInt(a.shingles());
      if (a.signature() == null) {
        w.writeByte(0);
      } else {
        w.writeByte(a.signature().isEmpty() ? 2 : 1);
        w.writeInts(a.signature().components(), 0, k);
      }
    }
    w.writeInt(s.pairCount());
    for (int i = 0; i < s.pairCount(); i++) {
      w.writeInt(s.pairFirst(i));
      w.writeInt(s.pairSecond(i));
      w.writeDouble(s.pairSimilarity(i));
    }
    w.finishWithChecksum();
  }

  /** Receives what {@link #read} decodes, in order. */
  interface Sink {
    void article(Article0 article);

    void pair(int first, int second, double similarity);
  }

  static void read(InputStream in, String source, NearDuplicateDetector d, Sink sink) throws IOException {
    BinaryReader r = new BinaryReader(in, source, StreamFormatException::new);
    r.readPreamble(MAGIC, "Tahqiq duplicate stream state", VERSION);
    MinHashPolicy p = d.policy();
    int k = r.readInt("k");
    int scheme = r.readInt("scheme code");
    long seed = r.readLong("seed");
    int bands = r.readInt("bands");
    int rows = r.readInt("rows");
    double threshold = r.readDouble("threshold");
    int measure = r.readInt("similarity measure");
    int minShingles = r.readInt("minimum shingles");
    // The threshold first: it is what a user sets, and the banding follows from it.
    if (Double.compare(threshold, d.threshold()) != 0) {
      throw r.error("threshold: saved with " + threshold + ", the detector has " + d.threshold()
          + "; continue with the same --threshold, or start a new archive", null);
    }
    expect(r, "k", k, p.k());
    expect(r, "scheme code", scheme, p.scheme().code());
    expect(r, "seed", seed, p.seed());
    expect(r, "bands", bands, d.lshParameters().bands());
    expect(r, "rows", rows, d.lshParameters().rows());
    expect(r, "similarity measure", measure, d.measure().ordinal() + 1);
    expect(r, "minimum shingles", minShingles, d.minShingles());
    int count = r.readInt("article count", 0, Integer.MAX_VALUE - 8);
    int[] components = new int[k];
    for (int i = 0; i < count; i++) {
      String where = " of article " + i;
      String id = r.readString("id" + where);
      String src = r.readString("source" + where + " (\"" + id + "\")");
      Optional<LocalDateTime> published = r.readTime("published" + where + " (\"" + id + "\")");
      int shingles = r.readInt("shingle count" + where + " (\"" + id + "\")", 0, Integer.MAX_VALUE);
      int kind = r.readByte("signature kind" + where + " (\"" + id + "\")");
      Signature sig = null;
      if (kind == 1) {
        r.readInts(components, 0, k, "components" + where + " (\"" + id + "\")");
        sig = Signature.of(p.scheme(), p.seed(), components.clone());
      } else if (kind == 2) {
        r.readInts(components, 0, k, "components" + where + " (\"" + id + "\")");
        sig = Signature.empty(p.scheme(), k, p.seed());
      } else if (kind != 0) {
        throw r.error("invalid signature kind " + kind + where + " (\"" + id + "\")", null);
      }
      try {
        sink.article(new Article0(id, src, published, shingles, sig));
      } catch (IllegalArgumentException e) {
        throw r.error("invalid article " + i + " (\"" + id + "\"): " + e.getMessage(), e);
      }
    }
    int pairs = r.readInt("pair count", 0, Integer.MAX_VALUE);
    for (int i = 0; i < pairs; i++) {
      int a = r.readInt("first slot of pair " + i, 0, count - 1);
      int b = r.readInt("second slot of pair " + i, 0, count - 1);
      double sim = r.readDouble("similarity of pair " + i);
      if (!(sim >= 0 && sim <= 1) || a == b) {
        throw r.error("invalid pair " + i + ": slots " + a + ", " + b + ", similarity " + sim, null);
      }
      sink.pair(a, b, sim);
    }
    r.verifyChecksum();
  }

  private static void expect(BinaryReader r, String field, long saved, long detector) throws IOException {
    if (saved != detector) {
      throw r.error(field + ": saved with " + saved + ", the detector has " + detector
          + "; continue with the same detector, or start a new archive", null);
    }
  }
}
