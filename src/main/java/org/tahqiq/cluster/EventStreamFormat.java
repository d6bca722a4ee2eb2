package org.tahqiq.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.tahqiq.article.Article;
import org.tahqiq.format.BinaryReader;
import org.tahqiq.format.BinaryWriter;
import org.tahqiq.format.FormatException;
import org.tahqiq.signature.MinHashPolicy;
import org.tahqiq.signature.Signature;

/**
 * The codec of an {@link EventStream}'s state: format {@code TQES}, version {@value #VERSION}
 * written, versions 1 to 4 read (1 to 3 frozen; byte map in {@link org.tahqiq.format.Formats}).
 * What is stored is what the stream's result is a function of: the window, the clock and each held
 * article's metadata, term vector and signature; candidate links and document frequencies are
 * rebuilt on reading, so the restored stream's result equals the saved one's. Version 2 adds the
 * stable event ids ({@link EventStream#events()}) and leaves out the signatures, which are
 * recomputed from the terms (a third of version 1's size with eight candidate tables); a version-1
 * state reads with its stored signatures and no event ids given yet, so its events take fresh ids
 * when first reported. Version 3 adds each article's place keys (the disjoint-places rule of {@link
 * EventClusterer}); articles of a version 1 or 2 state have none, so that rule does not apply to
 * their pairs (as for an article that names no place) and the restored stream's result is the saved
 * one's. Version 4 adds each article's headline and lead terms (the disjoint-headlines rule);
 * articles of an older state have none, so that rule does not apply to their pairs. Stateless.
 */
final class EventStreamFormat {
  static final byte[] MAGIC = {'T', 'Q', 'E', 'S'};
  static final int VERSION = 4;
  /** The version with places and without headlines: read, no longer written. */
  static final int VERSION_3 = 3;
  /** The version with event ids and without places: read, no longer written. */
  static final int VERSION_2 = 2;
  /** The first version, without event ids: read, no longer written. */
  static final int VERSION_1 = 1;
  /** Event index of an article not yet reported under an event id. */
  private static final int NO_EVENT = -1;

  private EventStreamFormat() {}

  static void write(EventClusterer c, Duration window, long clock, Collection<EventClusterer.Features> held,
      EventIds ids, OutputStream out) throws IOException {
    BinaryWriter w = new BinaryWriter(out);
    w.writePreamble(MAGIC, VERSION);
    writeClusterer(w, c);
    w.writeLong(window == null ? 0 : window.getSeconds());
    w.writeLong(clock);
    // The event ids of the written articles, oldest first, then each article's index among them.
    java.util.TreeMap<Long, String> events = new java.util.TreeMap<>();
    for (EventClusterer.Features f : held) {
      ids.eventOf(f.article().id()).ifPresent(e -> events.put(ids.numberOf(e), e));
    }
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    w.writeLong(ids.nextNumber());
    w.writeInt(events.size());
    for (java.util.Map.Entry<Long, String> e : events.entrySet()) {
      index.put(e.getValue(), index.size());
      w.writeString(e.getValue());
      w.writeLong(e.getKey());
    }
    w.writeInt(held.size());
    for (EventClusterer.Features f : held) {
      Article a = f.article();
      w.writeString(a.id());
      w.writeString(a.source());
      w.writeTime(a.published());
      TermVector t = f.terms();
      w.writeInt(t.size());
      for (int i = 0; i < t.size(); i++) {
        w.writeLong(t.term(i));
        w.writeInt(t.count(i));
      }
      // Version 2 stores no signatures: they are a function of the terms (EventClusterer.signatures).
      writeAscending(w, f.reportedDays());
      writeAscending(w, f.places());
      writeAscending(w, f.headlineTerms());
      writeAscending(w, f.leadTerms());
      w.writeInt(ids.eventOf(a.id()).map(index::get).orElse(NO_EVENT));
    }
    w.finishWithChecksum();
  }

  private static void writeAscending(BinaryWriter w, long[] values) throws IOException {
    w.writeInt(values.length);
    for (long v : values) {
      w.writeLong(v);
    }
  }

  /** An ascending set of 64-bit values as written by {@link #writeAscending}; what names it in errors. */
  private static long[] readAscending(BinaryReader r, String what) throws IOException {
    long[] values = new long[r.readInt(what + " count", 0, 1 << 20)];
    for (int q = 0; q < values.length; q++) {
      values[q] = r.readLong(what + " " + q);
      if (q > 0 && values[q] <= values[q - 1]) {
        throw r.error(what + " must ascend", null);
      }
    }
    return values;
  }

  private static void writeClusterer(BinaryWriter w, EventClusterer c) throws IOException {
    w.writeInt(c.policy().k());
    w.writeInt(c.policy().scheme().code());
    w.writeLong(c.policy().seed());
    w.writeInt(c.lshTables().tables());
    w.writeInt(c.lshParameters().bands());
    w.writeInt(c.lshParameters().rows());
    w.writeDouble(c.edgeThreshold());
    w.writeDouble(c.mergeThreshold());
    w.writeInt(c.minTerms());
    w.writeLong(c.background().documentCount());
    w.writeByte(c.learnsIdfFromInput() ? 1 : 0);
  }

  /** The stream read, continued with {@code c}, which must have the parameters it was saved with. */
  static EventStream read(InputStream in, String source, EventClusterer c) throws IOException {
    BinaryReader r = new BinaryReader(in, source, FormatException::new);
    int version = r.readPreamble(MAGIC, "Tahqiq event stream state", VERSION_1, VERSION_2, VERSION_3, VERSION);
    MinHashPolicy p = c.policy();
    int k = r.readInt("k");
    expect(r, "k", k, p.k());
    expect(r, "scheme code", r.readInt("scheme code"), p.scheme().code());
    expect(r, "seed", r.readLong("seed"), p.seed());
    expect(r, "tables", r.readInt("tables"), c.lshTables().tables());
    expect(r, "bands", r.readInt("bands"), c.lshParameters().bands());
    expect(r, "rows", r.readInt("rows"), c.lshParameters().rows());
    expectDouble(r, "edge threshold", r.readDouble("edge threshold"), c.edgeThreshold());
    expectDouble(r, "merge threshold", r.readDouble("merge threshold"), c.mergeThreshold());
    expect(r, "minimum terms", r.readInt("minimum terms"), c.minTerms());
    expect(r, "background document count", r.readLong("background document count"), c.background().documentCount());
    expect(r, "learns IDF from input", r.readByte("learns IDF from input"), c.learnsIdfFromInput() ? 1 : 0);
    long windowSeconds = r.readLong("window");
    if (windowSeconds < 0) {
      throw r.error("invalid window " + windowSeconds, null);
    }
    EventStream stream = windowSeconds == 0 ? c.newStream() : c.newStream(Duration.ofSeconds(windowSeconds));
    long clock = r.readLong("clock");
    String[] eventIds = new String[0];
    long[] eventNumbers = new long[0];
    if (version >= 2) {
      long next = r.readLong("next event number");
      if (next < 0) {
        throw r.error("invalid next event number " + next, null);
      }
      stream.eventIds().restoreNext(next);
      int events = r.readInt("event id count", 0, Integer.MAX_VALUE - 8);
      eventIds = new String[Math.min(events, 1 << 16)];
      eventNumbers = new long[eventIds.length];
      for (int e = 0; e < events; e++) {
        if (e == eventIds.length) {
          eventIds = java.util.Arrays.copyOf(eventIds, e * 2);
          eventNumbers = java.util.Arrays.copyOf(eventNumbers, e * 2);
        }
        eventIds[e] = r.readString("event id " + e);
        eventNumbers[e] = r.readLong("number of event " + e + " (\"" + eventIds[e] + "\")");
        if (eventNumbers[e] < 0 || eventNumbers[e] >= next || (e > 0 && eventNumbers[e] <= eventNumbers[e - 1])) {
          throw r.error("invalid number " + eventNumbers[e] + " of event " + e + " (\"" + eventIds[e]
              + "\"): numbers ascend and stay below the next event number " + next, null);
        }
      }
      eventIds = java.util.Arrays.copyOf(eventIds, events);
    }
    int count = r.readInt("article count", 0, Integer.MAX_VALUE - 8);
    for (int i = 0; i < count; i++) {
      String where = " of article " + i;
      String id = r.readString("id" + where);
      String src = r.readString("source" + where + " (\"" + id + "\")");
      Optional<LocalDateTime> published = r.readTime("published" + where + " (\"" + id + "\")");
      int n = r.readInt("term count" + where + " (\"" + id + "\")", 0, Integer.MAX_VALUE / 12);
      long[] terms = new long[Math.min(n, 1 << 16)];
      int[] counts = new int[terms.length];
      for (int j = 0; j < n; j++) {
        if (j == terms.length) {
          terms = java.util.Arrays.copyOf(terms, terms.length * 2);
          counts = java.util.Arrays.copyOf(counts, counts.length * 2);
        }
        terms[j] = r.readLong("term " + j + where);
        counts[j] = r.readInt("count of term " + j + where, 1, Integer.MAX_VALUE);
      }
      int kind = version >= 2 ? -1 : r.readByte("signature kind" + where);
      Signature[] sigs = null;
      if (kind == -1) {
        sigs = c.signatures(new TermVector(java.util.Arrays.copyOf(terms, n), java.util.Arrays.copyOf(counts, n)));
      } else if (kind == 1) {
        sigs = new Signature[c.lshTables().tables()];
        for (int t = 0; t < sigs.length; t++) {
          int[] comps = new int[k];
          r.readInts(comps, 0, k, "components of table " + t + where + " (\"" + id + "\")");
          sigs[t] = Signature.of(p.scheme(), c.tablePolicy(t).seed(), comps);
        }
      } else if (kind != 0) {
        throw r.error("invalid signature kind " + kind + where, null);
      }
      long[] days = readAscending(r, "reported days" + where);
      long[] places = version >= VERSION_3 ? readAscending(r, "places" + where) : new long[0];
      long[] headline = version > VERSION_3 ? readAscending(r, "headline terms" + where) : new long[0];
      long[] lead = version > VERSION_3 ? readAscending(r, "lead terms" + where) : new long[0];
      int event = version < 2 ? NO_EVENT
          : r.readInt("event index" + where + " (\"" + id + "\")", NO_EVENT, eventIds.length - 1);
      try {
        Article a = new Article(id, src, published, Optional.empty(), "");
        TermVector t = new TermVector(java.util.Arrays.copyOf(terms, n), java.util.Arrays.copyOf(counts, n));
        stream.insert(new EventClusterer.Features(a, t, sigs,
            published.map(p0 -> p0.toEpochSecond(ZoneOffset.UTC)).orElse(EventClusterer.NO_TIME), days, places,
            headline, lead));
        if (event != NO_EVENT) {
          stream.eventIds().restore(id, eventIds[event], eventNumbers[event]);
        }
      } catch (RuntimeException e) {
        throw r.error("invalid article " + i + " (\"" + id + "\"): " + e.getMessage(), e);
      }
    }
    r.verifyChecksum();
    stream.restoreClock(clock);
    return stream;
  }

  private static void expect(BinaryReader r, String field, long saved, long current) throws IOException {
    if (saved != current) {
      throw r.error(field + ": saved with " + saved + ", the clusterer has " + current
          + "; continue with the same clusterer, or start a new archive", null);
    }
  }

  private static void expectDouble(BinaryReader r, String field, double saved, double current) throws IOException {
    if (Double.compare(saved, current) != 0) {
      throw r.error(field + ": saved with " + saved + ", the clusterer has " + current
          + "; continue with the same clusterer, or start a new archive", null);
    }
  }
}
