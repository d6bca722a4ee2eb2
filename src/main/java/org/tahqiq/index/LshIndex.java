package org.tahqiq.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.tahqiq.signature.IncompatibleSignatureException;
import org.tahqiq.signature.MinHashScheme;
import org.tahqiq.signature.Signature;

/**
 * A MinHash LSH index: finds the stored documents whose signatures are likely within a Jaccard
 * threshold of a query signature, without comparing against every document.
 *
 * <p><b>Banding.</b> The first {@code bands × rows} components of each signature are cut into
 * {@link LshParameters bands}; a stored document is a <em>candidate</em> for a query when all
 * components of at least one band are equal. Band contents are compared exactly, so {@link
 * #query(Signature)} returns precisely the documents sharing a band with the query. A pair of
 * Jaccard similarity {@code s} is a candidate with probability {@link
 * LshParameters#candidateProbability(double) 1 − (1 − s^rows)^bands}.
 *
 * <p><b>Thresholds.</b> The banding fixes the recall curve at build time, but the answer does
 * not: {@link #query(Signature, double)} verifies the candidates by their estimated Jaccard
 * similarity (the fraction of equal components over all {@code k}) against any threshold given at
 * query time, and {@link #topK(Signature, int)} ranks them. Re-querying at a threshold above the
 * build threshold is exact filtering; below it, recall falls off along the S-curve because pairs
 * that share no band are never seen.
 *
 * <p><b>Empty signatures</b> (of documents without content) are stored and can be looked up, but
 * never enter a band: they are never a candidate and a query with one finds nothing. Two empty
 * documents are not duplicates of each other.
 *
 * <p><b>Memory.</b> Per document the index keeps the {@code k} components (4 bytes each, in pages
 * of 1024 documents, so growth never copies them), one 4-byte link per band, two to four 4-byte
 * hash-table cells per band (load ≤ ½), one key reference and two to four 4-byte cells of the key
 * table; no object is allocated per document and band. Relative to the raw {@code 4·k} signature
 * bytes that is about {@code 1 + (3..5)·bands/k + 5/k}, plus the slack of the last page: at k = 128
 * and the default threshold 0.8 (9 bands of 13 rows) between 1.3× and 1.7× from a thousand
 * documents on, approaching 1.3–1.5× for large indexes. Lower thresholds use more bands (25 at
 * 0.5) and cost more. Key strings come on top (see {@link #estimatedMemoryBytes()}).
 *
 * <p><b>Capacity.</b> At most {@code min((2³¹ − 9) / bands, 2²⁹)} documents and {@code 2²⁹}
 * distinct band entries (at most {@code documents × bands}): about 59 million documents with 9
 * bands. Beyond that {@link #insert} throws {@link IllegalStateException}.
 *
 * <p><b>Thread-safety.</b> Safe for any number of concurrent readers and writers. Every operation
 * is atomic and linearizable: writes ({@link #insert}, {@link #remove}) run one at a time and
 * exclude readers; reads (queries, lookups, {@link #size()}, {@link #writeTo}) run in parallel and
 * see every write completed before them and no part of a write in progress. A long {@link
 * #writeTo} therefore delays writers until it finishes.
 *
 * <p><b>Persistence.</b> {@link #writeTo(OutputStream)} writes a versioned little-endian format
 * that {@link #readFrom(InputStream)} reads back; its codec is {@code LshIndexFormat}, its byte map
 * in {@link org.tahqiq.format.Formats}.
 */
public final class LshIndex {

  /** Largest number of signature components the index accepts. */
  public static final int MAX_COMPONENTS = 1 << 16;

  /**
   * A verified candidate: the document's key and its estimated Jaccard similarity to the query (the
   * fraction of equal components). Immutable value; thread-safe.
   */
  public record Match(String key, double similarity) {
    /** Validates the key and the similarity. */
    public Match {
      Objects.requireNonNull(key, "key must not be null");
      if (!(similarity >= 0.0 && similarity <= 1.0)) {
        throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
      }
    }
  }

  /** Similarity descending, then key ascending: a total, deterministic order. */
  private static final Comparator<Match> BY_SIMILARITY =
      Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::key);

  private static final int NONE = -1;
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
  private static final int MIN_SLOTS = 16;
  /** Component pages hold 1024 documents: growth allocates a page instead of copying the pool. */
  private static final int PAGE_SHIFT = 10;
  private static final int PAGE_SLOTS = 1 << PAGE_SHIFT;
  private static final int PAGE_MASK = PAGE_SLOTS - 1;
  /** Bytes counted per object reference by {@link #estimatedMemoryBytes()} (no compressed oops). */
  private static final int REFERENCE_BYTES = 8;

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final LshParameters parameters;
  private final int bands;
  private final int rows;

  // Signature format: fixed by the builder or by the first insert. Guarded by lock.
  private int k; // 0 until fixed
  private MinHashScheme scheme; // null until fixed, together with seed
  private long seed;

  // Documents by dense slot in [0, highWater); a free slot has a null key. Guarded by lock.
  private String[] keys;
  private long[] emptyBits;
  private int[][] pages; // components: slot s at pages[s >>> PAGE_SHIFT][(s & PAGE_MASK) * k]
  private int highWater;
  private int freeHead = NONE; // free slots chained through next[slot * bands]
  private int size;

  // Band chains. Node (slot, band) = slot * bands + band; next[node] is the following node of the
  // same band contents or NONE. heads holds each chain's head node, found by (band, contents).
  private int[] next;
  private final BandChainTable heads;

  // Key lookup: the slot of each stored key.
  private final KeyTable keyTable;

  private LshIndex(
      LshParameters parameters, int k, MinHashScheme scheme, long seed, int initialCapacity) {
    this.parameters = parameters;
    this.bands = parameters.bands();
    this.rows = parameters.rows();
    this.k = k;
    this.scheme = scheme;
    this.seed = seed;
    int slots = Math.max(MIN_SLOTS, Math.min(initialCapacity, maxSlots()));
    this.keys = new String[slots];
    this.emptyBits = new long[ceilShift(slots, 6)];
    this.next = new int[slots * bands];
    this.pages = new int[ceilShift(slots, PAGE_SHIFT)][];
    this.heads = new BandChainTable(this, bands, rows, (long) slots * bands);
    this.keyTable = new KeyTable(slots, this::keyAt);
  }

  /** A builder; the defaults are threshold 0.8 with equal false-positive and -negative weights. */
  public static Builder builder() {
    return new Builder();
  }

  /** The banding of this index. */
  public LshParameters parameters() {
    return parameters;
  }

  /**
   * Adds a document.
   *
   * @param key unique document key; any string without unpaired surrogates (so that it survives
   *     the UTF-8 of {@link #writeTo})
   * @param signature its signature; the first insert fixes the scheme, seed and {@code k} unless
   *     the builder did
   * @throws IllegalArgumentException if {@code key} is already present (remove it first to
   *     replace it) or contains an unpaired surrogate
   * @throws IncompatibleSignatureException if the signature's scheme, seed or {@code k} differ from
   *     the index's, or {@code k} is smaller than {@code bands × rows} or above {@link
   *     #MAX_COMPONENTS}
   * @throws IllegalStateException if the index is full (see the class documentation)
   */
  public void insert(String key, Signature signature) {
    requireValidKey(key);
    Objects.requireNonNull(signature, "signature must not be null");
    Lock w = lock.writeLock();
    w.lock();
    try {
      requireFits(signature);
      if (scheme == null) {
        scheme = signature.scheme();
        seed = signature.seed();
      }
      if (k == 0) {
        k = signature.k();
      }
      insertLocked(key, signature.isEmpty() ? null : signature.components(), 0);
    } finally {
      w.unlock();
    }
  }

  /**
   * Removes a document.
   *
   * @return whether {@code key} was present
   */
  public boolean remove(String key) {
    Objects.requireNonNull(key, "key must not be null");
    Lock w = lock.writeLock();
    w.lock();
    try {
      int position = keyTable.find(key);
      if (position < 0) {
        return false;
      }
      int slot = keyTable.slotAt(position);
      if (!isEmptySlot(slot)) {
        for (int band = 0; band < bands; band++) {
          unlink(slot, band);
        }
      }
      keyTable.delete(position);
      keys[slot] = null;
      emptyBits[slot >>> 6] &= ~(1L << slot);
      next[slot * bands] = freeHead;
      freeHead = slot;
      size--;
      return true;
    } finally {
      w.unlock();
    }
  }

  /** Whether a document with this key is stored. */
  public boolean contains(String key) {
    Objects.requireNonNull(key, "key must not be null");
    Lock r = lock.readLock();
    r.lock();
    try {
      return keyTable.find(key) >= 0;
    } finally {
      r.unlock();
    }
  }

  /** Number of stored documents, empty ones included. */
  public int size() {
    Lock r = lock.readLock();
    r.lock();
    try {
      return size;
    } finally {
      r.unlock();
    }
  }

  /** The stored signature of {@code key}, if present. */
  public Optional<Signature> signature(String key) {
    Objects.requireNonNull(key, "key must not be null");
    Lock r = lock.readLock();
    r.lock();
    try {
      int position = keyTable.find(key);
      if (position < 0) {
        return Optional.empty();
      }
      int slot = keyTable.slotAt(position);
      if (isEmptySlot(slot)) {
        return Optional.of(Signature.empty(scheme, k, seed));
      }
      int base = base(slot);
      return Optional.of(Signature.of(scheme, seed, Arrays.copyOfRange(page(slot), base, base + k)));
    } finally {
      r.unlock();
    }
  }

  /**
   * The keys of all documents sharing at least one band with {@code signature}, sorted by {@link
   * String#compareTo}. A document inserted with an identical signature is among them; an empty
   * {@code signature} has none.
   *
   * @throws IncompatibleSignatureException if the signature does not fit this index
   */
  public List<String> query(Signature signature) {
    Objects.requireNonNull(signature, "signature must not be null");
    Lock r = lock.readLock();
    r.lock();
    try {
      requireFits(signature);
      if (signature.isEmpty() || size == 0) {
        return List.of();
      }
      int[] slots = candidateSlots(signature.components());
      String[] result = new String[slots.length];
      for (int i = 0; i < slots.length; i++) {
        result[i] = keys[slots[i]];
      }
      Arrays.sort(result);
      return Collections.unmodifiableList(Arrays.asList(result));
    } finally {
      r.unlock();
    }
  }

  /**
   * The candidates of {@code signature} whose estimated Jaccard similarity (fraction of equal
   * components) is at least {@code minSimilarity}, by similarity descending, then key. Any
   * threshold can be used without rebuilding; below the build threshold recall drops along the
   * S-curve of {@link LshParameters#candidateProbability(double)}.
   *
   * @param minSimilarity in {@code [0, 1]}
   * @throws IncompatibleSignatureException if the signature does not fit this index
   */
  public List<Match> query(Signature signature, double minSimilarity) {
    Objects.requireNonNull(signature, "signature must not be null");
    if (!(minSimilarity >= 0.0 && minSimilarity <= 1.0)) {
      throw new IllegalArgumentException("minSimilarity must be in [0, 1]: " + minSimilarity);
    }
    return verifiedCandidates(signature, minSimilarity, Integer.MAX_VALUE);
  }

  /**
   * The at most {@code limit} candidates of {@code signature} with the highest estimated Jaccard
   * similarity, by similarity descending, then key. Only LSH candidates are ranked: documents
   * sharing no band with the query are not considered.
   *
   * @param limit at least 1
   * @throws IncompatibleSignatureException if the signature does not fit this index
   */
  public List<Match> topK(Signature signature, int limit) {
    Objects.requireNonNull(signature, "signature must not be null");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    return verifiedCandidates(signature, 0.0, limit);
  }

  /**
   * Bytes held by the index's arrays, at their allocated capacities: components, band links, the
   * band and key hash tables, the key reference array (8 bytes per reference) and emptiness bits.
   * Excluded: the key {@code String} objects (about {@code 40 + length} bytes each for Latin-1
   * keys, {@code 40 + 2·length} otherwise, on a 64-bit JVM, and shared with the caller) and a
   * constant few hundred bytes of object headers. Compare with {@code size() · k · 4} raw
   * signature bytes.
   */
  public long estimatedMemoryBytes() {
    Lock r = lock.readLock();
    r.lock();
    try {
      long bytes = (long) keys.length * REFERENCE_BYTES;
      bytes += (long) emptyBits.length * Long.BYTES;
      bytes += (long) next.length * Integer.BYTES;
      bytes += heads.memoryBytes();
      bytes += keyTable.memoryBytes();
      bytes += (long) pages.length * REFERENCE_BYTES;
      for (int[] page : pages) {
        if (page != null) {
          bytes += (long) page.length * Integer.BYTES;
        }
      }
      return bytes;
    } finally {
      r.unlock();
    }
  }

  /**
   * Writes the index in format version 1, little-endian: the magic {@code "TQLX"}, the version,
   * {@code bands}, {@code rows}, {@code k}, the {@linkplain MinHashScheme#code() scheme code} and
   * the seed ({@code k} and scheme code are 0 while not yet fixed), the document count, then per
   * document in key order its UTF-8 key prefixed by its byte length, a kind byte (0 regular, 1
   * empty) and, for regular documents, the {@code k} components; last a CRC-32C of all preceding
   * bytes. Band tables are not written: {@link #readFrom} rebuilds them, so the format does not
   * depend on the in-memory layout and equal contents give equal bytes.
   *
   * <p>Holds the read lock while writing (writers wait; readers proceed). Does not close {@code
   * out}.
   */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    Lock r = lock.readLock();
    r.lock();
    try {
      LshIndexFormat.write(this, out);
    } finally {
      r.unlock();
    }
  }

  /**
   * Reads an index written by {@link #writeTo}, consuming exactly its bytes, and rebuilds the band
   * tables. Does not close {@code in}.
   *
   * @throws IndexFormatException if the input is not a Tahqiq LSH index, has an unsupported
   *     version, is truncated, holds invalid values (e.g. {@code bands ≤ 0}, an unknown scheme code,
   *     malformed UTF-8, a duplicate key) or fails its checksum; the message names what was read
   * @throws IOException if reading {@code in} fails
   */
  public static LshIndex readFrom(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return LshIndexFormat.read(in, "");
  }

  /**
   * As {@link #readFrom(InputStream)}, naming {@code source} (a file name) in every error message.
   *
   * @throws IndexFormatException see {@link #readFrom(InputStream)}, with {@code source} named
   */
  public static LshIndex readFrom(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return LshIndexFormat.read(in, Objects.requireNonNull(source, "source must not be null"));
  }

  // ---------------------------------------------------------------------------------------------
  // For the codec (LshIndexFormat): the writer holds the read lock; the reader owns an unpublished
  // index.

  /** An empty index with the given format, for the codec to fill. */
  static LshIndex restoring(LshParameters parameters, int k, MinHashScheme scheme, long seed, int capacity) {
    return new LshIndex(parameters, k, scheme, seed, capacity);
  }

  int k() {
    return k;
  }

  MinHashScheme schemeOrNull() {
    return scheme;
  }

  long seed() {
    return seed;
  }

  int sizeUnlocked() {
    return size;
  }

  String keyAt(int slot) {
    return keys[slot];
  }

  boolean containsUnlocked(String key) {
    return keyTable.find(key) >= 0;
  }

  /** Stores a restored document: {@code components} ({@code k} ints) or null for an empty one. */
  void restore(String key, int[] components) {
    insertLocked(key, components, 0);
  }

  @Override
  public String toString() {
    Lock r = lock.readLock();
    r.lock();
    try {
      return "LshIndex[size=" + size + ", " + bands + " bands × " + rows + " rows, " + format()
          + "]";
    } finally {
      r.unlock();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writes (caller holds the write lock, or owns an unpublished index)

  /**
   * Stores {@code key} with components {@code src[srcOffset, srcOffset + k)}, or as an empty
   * document when {@code src} is null. The key must be absent.
   */
  private void insertLocked(String key, int[] src, int srcOffset) {
    long hash = KeyTable.hash(key);
    int keyPosition = keyTable.find(key, hash);
    if (keyPosition >= 0) {
      throw new IllegalArgumentException("key already present: \"" + key + "\"");
    }
    int newChains = src == null ? 0 : bands;
    if (!heads.canHold(newChains)) {
      throw new IllegalStateException(
          "index is full: " + (ProbingTable.MAX_LENGTH / 2) + " distinct band entries is the limit");
    }
    heads.reserve(newChains); // may rehash: positions found before are stale
    if (!keyTable.canHoldOneMore()) {
      throw new IllegalStateException(
          "index is full: " + (ProbingTable.MAX_LENGTH / 2) + " documents is the key table's limit");
    }
    if (keyTable.reserveOne()) {
      keyPosition = keyTable.find(key, hash);
    }
    int slot = allocateSlot();
    keys[slot] = key;
    keyTable.add(~keyPosition, slot, hash);
    size++;
    if (src == null) {
      emptyBits[slot >>> 6] |= 1L << slot;
      return;
    }
    int[] page = writablePage(slot);
    int base = base(slot);
    System.arraycopy(src, srcOffset, page, base, k);
    for (int band = 0; band < bands; band++) {
      int node = slot * bands + band;
      long bandHash = heads.bandHash(page, base + band * rows, band);
      int position = heads.find(page, base + band * rows, band, bandHash);
      if (position >= 0) {
        next[node] = heads.headAt(position); // prepend: O(1)
        heads.replaceHead(position, node);
      } else {
        next[node] = NONE;
        heads.addChain(~position, node, bandHash);
      }
    }
  }

  /** Removes node (slot, band) from its chain, deleting the chain's cell when it empties. */
  private void unlink(int slot, int band) {
    int node = slot * bands + band;
    int position = heads.find(page(slot), base(slot) + band * rows, band);
    int head = heads.headAt(position);
    if (head == node) {
      if (next[node] == NONE) {
        heads.deleteChain(position);
      } else {
        heads.replaceHead(position, next[node]);
      }
      return;
    }
    // Singly linked: O(chain length), which is the number of documents sharing this band.
    int previous = head;
    while (next[previous] != node) {
      previous = next[previous];
    }
    next[previous] = next[node];
  }

  private int allocateSlot() {
    if (freeHead != NONE) {
      int slot = freeHead;
      freeHead = next[slot * bands];
      return slot;
    }
    if (highWater == keys.length) {
      growSlots();
    }
    return highWater++;
  }

  private void growSlots() {
    int max = maxSlots();
    int capacity = keys.length;
    if (capacity >= max) {
      throw new IllegalStateException(
          "index is full: " + max + " documents is the limit for " + bands + " bands");
    }
    int grown = (int) Math.min(max, Math.max(MIN_SLOTS, capacity + (long) (capacity >> 1)));
    keys = Arrays.copyOf(keys, grown);
    emptyBits = Arrays.copyOf(emptyBits, ceilShift(grown, 6));
    next = Arrays.copyOf(next, grown * bands);
    int pageCount = ceilShift(grown, PAGE_SHIFT);
    if (pageCount > pages.length) {
      pages = Arrays.copyOf(pages, pageCount);
    }
  }

  /**
   * The page of {@code slot}, allocated or grown so that it covers the slot. The last page grows
   * geometrically up to its full size, so small indexes stay small.
   */
  private int[] writablePage(int slot) {
    int index = slot >>> PAGE_SHIFT;
    int[] page = pages[index];
    int needed = ((slot & PAGE_MASK) + 1) * k;
    if (page == null || page.length < needed) {
      int full = PAGE_SLOTS * k;
      int length = page == null ? Math.min(full, MIN_SLOTS * k) : Math.min(full, page.length * 2);
      page = page == null ? new int[Math.max(length, needed)] : Arrays.copyOf(page, Math.max(length, needed));
      pages[index] = page;
    }
    return page;
  }

  // ---------------------------------------------------------------------------------------------
  // Reads (caller holds a lock)

  private List<Match> verifiedCandidates(Signature signature, double minSimilarity, int limit) {
    Lock r = lock.readLock();
    r.lock();
    try {
      requireFits(signature);
      if (signature.isEmpty() || size == 0) {
        return List.of();
      }
      int[] query = signature.components();
      int[] slots = candidateSlots(query);
      List<Match> matches = new ArrayList<>(slots.length);
      for (int slot : slots) {
        int[] page = page(slot);
        int base = base(slot);
        int equal = 0;
        for (int i = 0; i < k; i++) {
          if (page[base + i] == query[i]) {
            equal++;
          }
        }
        // Same arithmetic as Signature.estimateJaccard, so the two always agree.
        double similarity = equal / (double) k;
        if (similarity >= minSimilarity) {
          matches.add(new Match(keys[slot], similarity));
        }
      }
      matches.sort(BY_SIMILARITY);
      return List.copyOf(matches.size() > limit ? matches.subList(0, limit) : matches);
    } finally {
      r.unlock();
    }
  }

  /** Distinct slots sharing at least one band with {@code query}, ascending. */
  private int[] candidateSlots(int[] query) {
    int[] found = new int[16];
    int count = 0;
    for (int band = 0; band < bands; band++) {
      int position = heads.find(query, band * rows, band);
      if (position < 0) {
        continue;
      }
      for (int node = heads.headAt(position); node != NONE; node = next[node]) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = node / bands;
      }
    }
    Arrays.sort(found, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || found[distinct - 1] != found[i]) {
        found[distinct++] = found[i];
      }
    }
    return Arrays.copyOf(found, distinct);
  }

  /** Stored slots ordered by key, for a canonical serialization. */
  int[] slotsByKey() {
    String[] sorted = new String[size];
    int n = 0;
    for (int slot = 0; slot < highWater; slot++) {
      if (keys[slot] != null) {
        sorted[n++] = keys[slot];
      }
    }
    Arrays.sort(sorted);
    int[] slots = new int[n];
    for (int i = 0; i < n; i++) {
      slots[i] = keyTable.slotAt(keyTable.find(sorted[i]));
    }
    return slots;
  }

  boolean isEmptySlot(int slot) {
    return (emptyBits[slot >>> 6] & (1L << slot)) != 0;
  }

  int[] page(int slot) {
    return pages[slot >>> PAGE_SHIFT];
  }

  int base(int slot) {
    return (slot & PAGE_MASK) * k;
  }

  /** {@code ⌈n / 2^shift⌉} without overflow. */
  private static int ceilShift(int n, int shift) {
    return n == 0 ? 0 : ((n - 1) >>> shift) + 1;
  }

  private int maxSlots() {
    return MAX_ARRAY_LENGTH / bands;
  }

  private void requireFits(Signature signature) {
    boolean fits =
        (scheme == null || (signature.scheme() == scheme && signature.seed() == seed))
            && (k == 0
                ? signature.k() >= parameters.componentsUsed() && signature.k() <= MAX_COMPONENTS
                : signature.k() == k);
    if (!fits) {
      throw new IncompatibleSignatureException(
          "signature "
              + signature.scheme()
              + "(k="
              + signature.k()
              + ", seed="
              + signature.seed()
              + ") does not fit this index of "
              + format()
              + " signatures banded "
              + bands
              + " × "
              + rows);
    }
  }

  private String format() {
    return (scheme == null ? "any scheme" : scheme.toString())
        + "(k="
        + (k == 0 ? (parameters.componentsUsed() + ".." + MAX_COMPONENTS) : Integer.toString(k))
        + (scheme == null ? "" : ", seed=" + seed)
        + ")";
  }

  private static void requireValidKey(String key) {
    Objects.requireNonNull(key, "key must not be null");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < key.length()
          && Character.isLowSurrogate(key.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            String.format(
                "key contains an unpaired surrogate U+%04X at index %d: \"%s\"", (int) c, i, key));
      }
    }
  }

  /**
   * Options of an {@link LshIndex}. Either a {@linkplain #threshold(double) threshold} (default
   * 0.8) with {@linkplain #numComponents(int) the number of components}, from which the banding is
   * {@linkplain LshParameters#optimal(double, int, double, double) optimised}, or explicit
   * {@linkplain #parameters(LshParameters) parameters}. Not thread-safe; build on one thread.
   */
  public static final class Builder {
    private Double threshold;
    private double falsePositiveWeight = 0.5;
    private double falseNegativeWeight = 0.5;
    private boolean weightsSet;
    private LshParameters parameters;
    private int numComponents;
    private MinHashScheme scheme;
    private long seed;
    private int initialCapacity = MIN_SLOTS;

    private Builder() {}

    /** Jaccard similarity the banding should separate at, in {@code [0, 1]}; default 0.8. */
    public Builder threshold(double threshold) {
      if (!(threshold >= 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * Relative weights of false positives and false negatives when optimising the banding for the
     * threshold; default 0.5 each.
     */
    public Builder weights(double falsePositiveWeight, double falseNegativeWeight) {
      LshParameters.requireWeights(falsePositiveWeight, falseNegativeWeight);
      this.falsePositiveWeight = falsePositiveWeight;
      this.falseNegativeWeight = falseNegativeWeight;
      this.weightsSet = true;
      return this;
    }

    /** Explicit banding, instead of a threshold. */
    public Builder parameters(LshParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
      return this;
    }

    /**
     * Number of signature components, in {@code [1, MAX_COMPONENTS]}; required with a threshold,
     * optional with explicit parameters (the first insert fixes it then).
     */
    public Builder numComponents(int numComponents) {
      if (numComponents < 1 || numComponents > MAX_COMPONENTS) {
        throw new IllegalArgumentException(
            "numComponents must be in [1, " + MAX_COMPONENTS + "]: " + numComponents);
      }
      this.numComponents = numComponents;
      return this;
    }

    /** Fixes the signatures' scheme and seed now instead of at the first insert. */
    public Builder scheme(MinHashScheme scheme, long seed) {
      this.scheme = Objects.requireNonNull(scheme, "scheme must not be null");
      this.seed = seed;
      return this;
    }

    /** Documents to allocate room for up front (not a limit); default 16. */
    public Builder initialCapacity(int initialCapacity) {
      if (initialCapacity < 0) {
        throw new IllegalArgumentException("initialCapacity must be non-negative: " + initialCapacity);
      }
      this.initialCapacity = initialCapacity;
      return this;
    }

    /**
     * A new, empty index.
     *
     * @throws IllegalStateException if both a threshold (or weights) and parameters were given,
     *     if a threshold is used without {@code numComponents}, or if {@code numComponents} is
     *     smaller than {@code bands × rows}
     */
    public LshIndex build() {
      LshParameters banding = parameters;
      if (banding != null) {
        if (threshold != null || weightsSet) {
          throw new IllegalStateException(
              "give either a threshold (and weights) or explicit parameters, not both");
        }
        if (numComponents != 0 && numComponents < banding.componentsUsed()) {
          throw new IllegalStateException(
              "numComponents "
                  + numComponents
                  + " is smaller than bands × rows = "
                  + banding.componentsUsed());
        }
      } else {
        if (numComponents == 0) {
          throw new IllegalStateException(
              "numComponents is required to derive the banding from a threshold");
        }
        banding =
            LshParameters.optimal(
                threshold == null ? 0.8 : threshold,
                numComponents,
                falsePositiveWeight,
                falseNegativeWeight);
      }
      return new LshIndex(banding, numComponents, scheme, seed, initialCapacity);
    }
  }
}
