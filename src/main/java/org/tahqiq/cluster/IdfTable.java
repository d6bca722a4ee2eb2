package org.tahqiq.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.tahqiq.article.Article;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;

/**
 * Document frequencies of terms: how many documents of a collection contain each term, and how
 * many documents there were. Event clustering weighs a shared term by its inverse document
 * frequency, so that what is specific to an event (names, places, rare words, numbers) counts for
 * more than the vocabulary of a news beat.
 *
 * <h2>Terms, format version {@value #TERM_FORMAT_VERSION}</h2>
 *
 * A term is a word or number token of the cleaned, normalized story or title ({@link
 * TextPipeline}); stopwords and one-letter words are dropped, Arabic words are light-stemmed with
 * the default {@link org.tahqiq.token.ArabicLightStemmer}, ASCII letters lower-cased. Tables store
 * the term's 64-bit hash: Komihash 5.0 seeded with {@link #TERM_SEED} over the term's UTF-16 chars
 * ({@link #termHash(CharSequence)}). A change to these rules or to the default lexicons changes
 * terms, and must bump the version.
 *
 * <h2>Weights</h2>
 *
 * {@link #idf(long)} is the smoothed inverse document frequency {@code ln((1 + N) / (1 + df))}: 0
 * for a term in every document, {@code ln(1 + N)} (the maximum) for a term never seen, so an
 * unknown name weighs as much as the rarest known term.
 *
 * <h2>Where tables come from</h2>
 *
 * {@link #of(Iterable)} learns a table from a collection; {@link #merge(IdfTable)} adds a
 * background table learnt elsewhere; {@link #defaults()} is a compact table shipped with the
 * library, learnt from 40,000 Egyptian and pan-Arab news articles of 2012–2013 (terms in at least
 * {@value #DEFAULT_MIN_DF} documents: 41,776 terms, 333 KB gzip). Regenerate it with {@code
 * org.tahqiq.bench.ClusterCorpus idf CORPUS.jsonl.gz OUT.bin.gz} (benchmarks module).
 *
 * <h2>Binary format, version {@value #FORMAT_VERSION}</h2>
 *
 * Format {@code TQIF} of {@link org.tahqiq.format.Formats} (the byte map of every format), little-endian: {@code "TQIF"} | i32 format version | i32 term format version | i64 term seed |
 * i64 documents N | i32 entries n | n × (unsigned LEB128 varint delta of the term hash from the
 * previous one, hashes ascending as unsigned numbers, the first from 0 | unsigned LEB128 varint
 * df) | i32 CRC-32C of all preceding bytes. {@link #readFrom(InputStream)} also accepts the same
 * bytes gzip-compressed (the default table is stored so).
 *
 * <p>Immutable and thread-safe.
 */
public final class IdfTable {

  /** Version of the binary format described in the class documentation. */
  public static final int FORMAT_VERSION = IdfTableFormat.VERSION;
  /** Version of the term rules described in the class documentation. */
  public static final int TERM_FORMAT_VERSION = 1;
  /** Seed of the term hash: ASCII "tahqiq" followed by 0x0002. */
  public static final long TERM_SEED = 0x7461_6871_6971_0002L;
  /** Smallest document frequency kept in the default table. */
  public static final int DEFAULT_MIN_DF = 3;
  /** Resource name of the default table, next to this class. */
  public static final String DEFAULT_RESOURCE = "default-idf.bin.gz";

  private static final int GZIP_MAGIC = 0x8b1f;
  private static final IdfTable EMPTY = new IdfTable(0, new long[0], new int[0]);

  private final long documents;
  /** Term hashes ascending as unsigned numbers, so that the serialized deltas are non-negative. */
  private final long[] terms;
  private final int[] frequencies;

  private IdfTable(long documents, long[] terms, int[] frequencies) {
    this.documents = documents;
    this.terms = terms;
    this.frequencies = frequencies;
  }

  /** The table of no documents (every IDF is {@code ln 1 = 0}); the identity of {@link #merge}. */
  public static IdfTable empty() {
    return EMPTY;
  }

  /** The built-in background table; loaded on first use. */
  public static IdfTable defaults() {
    return Defaults.INSTANCE;
  }

  /** Lazily loaded default table. */
  private static final class Defaults {
    static final IdfTable INSTANCE = load();

    private static IdfTable load() {
      try (InputStream in = IdfTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return readFrom(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the default IDF table " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /** Learns a table from {@code articles} processed by the default text pipeline. */
  public static IdfTable of(Iterable<Article> articles) {
    return of(articles, TextPipeline.defaults());
  }

  /** Learns a table from {@code articles} processed by {@code pipeline}. */
  public static IdfTable of(Iterable<Article> articles, TextPipeline pipeline) {
    Objects.requireNonNull(articles, "articles must not be null");
    Builder b = builder(pipeline);
    for (Article a : articles) {
      b.add(a);
    }
    return b.build();
  }

  /** A builder that learns from articles one at a time (for collections that do not fit in memory). */
  public static Builder builder(TextPipeline pipeline) {
    return new Builder(Objects.requireNonNull(pipeline, "pipeline must not be null"));
  }

  /** The hash of a term given in its final form (normalized, stemmed, lower-cased). */
  public static long termHash(CharSequence term) {
    Objects.requireNonNull(term, "term must not be null");
    return TermExtractor.hash(term);
  }

  /** Number of documents the table was learnt from. */
  public long documentCount() {
    return documents;
  }

  /** Number of distinct terms stored. */
  public int size() {
    return terms.length;
  }

  /** The number of documents containing the term, 0 when unknown. */
  public int documentFrequency(long termHash) {
    int i = indexOf(termHash);
    return i < 0 ? 0 : frequencies[i];
  }

  /** {@code ln((1 + N) / (1 + df))}; see the class documentation. */
  public double idf(long termHash) {
    return idf(documents, documentFrequency(termHash));
  }

  /** The smoothed IDF for {@code df} of {@code n} documents. */
  static double idf(long n, long df) {
    return Math.log((1.0 + n) / (1.0 + df));
  }

  /**
   * A table of the documents of both: N and every df add up (a df saturates at {@link
   * Integer#MAX_VALUE}). Use it to combine a background corpus with the collection at hand.
   */
  public IdfTable merge(IdfTable other) {
    Objects.requireNonNull(other, "other must not be null");
    if (other.documents == 0 && other.terms.length == 0) {
      return this;
    }
    if (documents == 0 && terms.length == 0) {
      return other;
    }
    long[] t = new long[terms.length + other.terms.length];
    int[] f = new int[t.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < terms.length || j < other.terms.length) {
      int c = i == terms.length ? 1 : j == other.terms.length ? -1 : Long.compareUnsigned(terms[i], other.terms[j]);
      if (c < 0) {
        t[n] = terms[i];
        f[n++] = frequencies[i++];
      } else if (c > 0) {
        t[n] = other.terms[j];
        f[n++] = other.frequencies[j++];
      } else {
        t[n] = terms[i];
        f[n++] = (int) Math.min(Integer.MAX_VALUE, (long) frequencies[i++] + other.frequencies[j++]);
      }
    }
    return new IdfTable(documents + other.documents, Arrays.copyOf(t, n), Arrays.copyOf(f, n));
  }

  /** This table without the terms of df below {@code minDf}; they read as unknown afterwards. */
  public IdfTable pruned(int minDf) {
    if (minDf < 1) {
      throw new IllegalArgumentException("minDf must be at least 1: " + minDf);
    }
    int n = 0;
    for (int f : frequencies) {
      if (f >= minDf) {
        n++;
      }
    }
    long[] t = new long[n];
    int[] f = new int[n];
    for (int i = 0, k = 0; i < terms.length; i++) {
      if (frequencies[i] >= minDf) {
        t[k] = terms[i];
        f[k++] = frequencies[i];
      }
    }
    return new IdfTable(documents, t, f);
  }

  /** Writes the binary format (uncompressed); does not close {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    IdfTableFormat.write(documents, terms, frequencies, out);
  }

  /**
   * Reads a table written by {@link #writeTo}, plain or gzip-compressed. Reads {@code in} to its
   * end (trailing bytes are an error) and does not close it.
   *
   * @throws IdfFormatException if the bytes are not a valid table of a supported version
   */
  public static IdfTable readFrom(InputStream in) throws IOException {
    return readFrom(in, "");
  }

  /**
   * As {@link #readFrom(InputStream)}, naming {@code source} (a file name; empty for an anonymous
   * stream) in every error, with the field.
   */
  public static IdfTable readFrom(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(source, "source must not be null");
    InputStream data = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    data.mark(2);
    int b0 = data.read();
    int b1 = data.read();
    data.reset();
    if (b0 >= 0 && b1 >= 0 && (b0 | (b1 << 8)) == GZIP_MAGIC) {
      data = new GZIPInputStream(data);
    }
    IdfTableFormat.Table t = IdfTableFormat.read(data, source);
    long trailing = data.transferTo(OutputStream.nullOutputStream());
    if (trailing > 0) {
      throw new IdfFormatException((source.isEmpty() ? "" : source + ": ") + trailing
          + " trailing bytes after the checksum; the input is corrupt");
    }
    return new IdfTable(t.documents(), t.terms(), t.frequencies());
  }

  private int indexOf(long termHash) {
    int lo = 0;
    int hi = terms.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Long.compareUnsigned(terms[mid], termHash);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }



  @Override
  public boolean equals(Object o) {
    return o instanceof IdfTable t
        && documents == t.documents
        && Arrays.equals(terms, t.terms)
        && Arrays.equals(frequencies, t.frequencies);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(documents) * 31 + Arrays.hashCode(terms);
  }

  @Override
  public String toString() {
    return "IdfTable[" + documents + " documents, " + terms.length + " terms]";
  }

  /**
   * Learns document frequencies one article at a time; not thread-safe. Memory grows with the
   * number of distinct terms seen.
   */
  public static final class Builder {
    private final TextPipeline pipeline;
    private final TermCounts counts = new TermCounts();
    private long documents;

    private Builder(TextPipeline pipeline) {
      this.pipeline = pipeline;
    }

    /** Counts the distinct terms of one article (an article without terms still counts as a document). */
    public Builder add(Article article) {
      Objects.requireNonNull(article, "article must not be null");
      ProcessedArticle p = pipeline.process(article);
      add(TermExtractor.of(pipeline).extract(p, pipeline.normalizer()));
      return this;
    }

    void add(TermVector v) {
      for (int i = 0; i < v.size(); i++) {
        counts.add(v.term(i), 1);
      }
      documents++;
    }

    /** The table of everything added so far. */
    public IdfTable build() {
      return fromCounts(documents, counts);
    }
  }

  static IdfTable fromCounts(long documents, TermCounts counts) {
    long[] keys = new long[counts.size()];
    int[] n = {0};
    counts.forEach((k, c) -> keys[n[0]++] = k);
    sortUnsigned(keys);
    int[] f = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      f[i] = counts.get(keys[i]);
    }
    return new IdfTable(documents, keys, f);
  }

  /** Sorts as unsigned numbers: flipping the sign bit maps unsigned order onto signed order. */
  private static void sortUnsigned(long[] a) {
    for (int i = 0; i < a.length; i++) {
      a[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(a);
    for (int i = 0; i < a.length; i++) {
      a[i] ^= Long.MIN_VALUE;
    }
  }

}
