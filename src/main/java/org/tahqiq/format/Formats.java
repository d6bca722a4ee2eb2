package org.tahqiq.format;

/**
 * The byte map of every format Tahqiq persists, in one place (in the manner of DataSketches'
 * {@code PreambleUtil}). Every multi-byte integer is little-endian, whatever the platform; strings
 * are an i32 UTF-8 byte length and the bytes; doubles are IEEE 754 bits as i64. Every format opens
 * with the same preamble and closes with a CRC-32C (Castagnoli) of every byte before it:
 *
 * <pre>
 * offset  size  field
 *      0     4  magic: four ASCII bytes naming the format (below)
 *      4     4  format version: i32 (one width for every format)
 *      8     …  parameters, seed, then the body, per format and version
 *    end-4   4  CRC-32C of bytes [0, end-4)
 * </pre>
 *
 * A reader checks the magic first (a foreign file is rejected by name), then the version (one it
 * does not know is rejected, never guessed), then every field against its valid range, then the
 * checksum; every error names the file and the field. A current version is frozen: a change of
 * layout or of the values stored (hash functions, seeds) is a new version, and readers of the old
 * ones stay. Golden files of each version are under {@code src/test/resources/formats/}.
 *
 * <h2>{@code TQLX} — {@code LshIndex}, version 1 (current)</h2>
 * <pre>
 * i32 bands | i32 rows | i32 k (0: not fixed yet) | i32 scheme code (0: not fixed yet) | i64 seed
 * | i32 count | count × (string key | u8 kind (0 regular, 1 empty) | regular only: k × i32)
 * | CRC-32C
 * </pre>
 * Documents in key order, so equal contents give equal bytes; band tables are rebuilt on reading.
 *
 * <h2>{@code TQSG} — {@code Signature}, version 2 (current)</h2>
 * <pre>
 * i32 scheme code (1 CLASSIC, 2 ONE_PERMUTATION, 3 SUPER_MINHASH) | i32 k (1..65536) | i64 seed
 * | u8 flags (bit 0: empty; others 0) | k × i32 components (all 0 when empty) | CRC-32C
 * </pre>
 * {@code 29 + 4k} bytes. Files that embed many signatures (index, archive) store their components
 * alone under their own checksum.
 *
 * <h2>{@code TQSG} — version 1 (frozen, still read; the one exception to the preamble)</h2>
 * <pre>
 * u8 version (1) | u8 scheme code | u8 flags (bit 0: empty) | u8 bits per component (32)
 * | i32 k | i64 seed | k × i32 components
 * </pre>
 * {@code 20 + 4k} bytes, no checksum. Its four bytes after the magic, read as the i32 version,
 * have 1 in the low byte; later TQSG versions never take an i32 with low byte 1 (257, 513, ...),
 * so readers tell the layouts apart.
 *
 * <h2>{@code TQIF} — {@code IdfTable}, version 1 (current)</h2>
 * <pre>
 * i32 term format version | i64 term seed | i64 documents N | i32 entries n
 * | n × (unsigned LEB128 delta of the term hash from the previous, hashes ascending unsigned,
 *   the first from 0 | unsigned LEB128 df) | CRC-32C
 * </pre>
 * Also read gzip-compressed (the shipped default table is). Read and written through this layer
 * ({@code IdfTableFormat}), byte for byte as the first codec wrote it; {@code IdfTable.readFrom}
 * also rejects trailing bytes after the checksum.
 *
 * <h2>{@code TQDS} — {@code DuplicateStream} state, version 1 (current)</h2>
 * <pre>
 * i32 k | i32 scheme code | i64 seed | i32 bands | i32 rows | f64 threshold
 * | i32 similarity measure (1 JACCARD, 2 CONTAINMENT) | i32 minimum shingles
 * | i32 count | count × (string id | string source | i64 published (epoch second of the
 *   publisher's wall clock read as UTC; Long.MIN_VALUE: none) | i32 published nanos
 *   | i32 shingle count | u8 signature kind (0 none: too short, 1 regular, 2 empty)
 *   | kinds 1, 2: k × i32 components)
 * | i32 pairs | pairs × (i32 first slot | i32 second slot | f64 similarity) | CRC-32C
 * </pre>
 * Articles in the order they were added; groups are rebuilt from the pairs on reading. The reader
 * checks every detector parameter against the detector it continues with and names the first
 * that differs.
 *
 * <h2>{@code TQES} — {@code EventStream} state, version 4 (current)</h2>
 * <pre>
 * i32 k | i32 scheme code | i64 seed | i32 tables T | i32 bands | i32 rows | f64 edge threshold
 * | f64 merge threshold | i32 minimum terms | i64 background document count
 * | u8 learns IDF from input | i64 window seconds (0: none) | i64 clock (epoch second)
 * | i64 next event number | i32 events E | E × (string event id | i64 event number; ascending,
 *   below the next event number)
 * | i32 count | count × (string id | string source | i64 published (as in TQDS) | i32 nanos
 *   | i32 terms n | n × (i64 term hash | i32 count) | i32 days d | d × i64 reported epoch day, ascending
 *   | i32 places q | q × i64 place key, ascending
 *   | i32 headline terms h | h × i64 term hash, ascending (the title's specific terms; 0 when the
 *     title makes no claim) | i32 lead terms l | l × i64 term hash, ascending (title and lead)
 *   | i32 event index into the E events (−1: not reported under an event id yet))
 * | CRC-32C
 * </pre>
 * Articles in {@code ArticleOrder}; signatures (a function of the terms and the clusterer),
 * candidate links and document frequencies are rebuilt on reading, so the restored stream's
 * clusters equal the saved one's, and its stable event ids ({@code EventStream.events()}) the
 * saved ones.
 *
 * <h2>{@code TQES} — version 3 (frozen, still read)</h2>
 * As version 4 without the headline and lead terms; read with none, so the disjoint-headlines rule
 * does not apply to its articles.
 *
 * <h2>{@code TQES} — version 2 (frozen, still read)</h2>
 * As version 3 without the places ({@code i32 places q | q × i64}); read with no places, so the
 * disjoint-places rule does not apply to its articles.
 *
 * <h2>{@code TQES} — version 1 (frozen, still read)</h2>
 * <pre>
 * (as version 3 up to the clock) | i32 count | count × (string id | string source | i64 published
 *   | i32 nanos | i32 terms n | n × (i64 term hash | i32 count) | u8 has signatures
 *   | (if so) T × k × i32 components, table by table | i32 days d | d × i64 reported epoch day,
 *   ascending)
 * | CRC-32C
 * </pre>
 * Read with its stored signatures and no event ids given yet.
 *
 * <p>Not instantiable; constants only.
 */
public final class Formats {
  /** Length of every format's magic. */
  public static final int MAGIC_BYTES = 4;
  /** The epoch second of "no time" in a time field (i64 second | i32 nanos). */
  public static final long NO_TIME = Long.MIN_VALUE;
  /** Length of the closing checksum. */
  public static final int CHECKSUM_BYTES = 4;

  private Formats() {}
}
