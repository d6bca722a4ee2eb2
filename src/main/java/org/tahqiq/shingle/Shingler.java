package org.tahqiq.shingle;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.tahqiq.text.MappedText;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.token.Stopwords;
import org.tahqiq.token.TokenSink;
import org.tahqiq.token.TokenType;
import org.tahqiq.token.Tokenizer;

/**
 * Turns normalized text into the set of 64-bit shingle hashes that MinHash signs: overlapping word
 * n-grams ("w-shingles", Broder 1997) and optionally character n-grams.
 *
 * <h2>Tokens</h2>
 *
 * Text is split by {@link Tokenizer#defaults()}; only the {@linkplain Builder#countedTypes counted
 * types} take part (punctuation never does). A token is reduced to its identity first: combining
 * marks, tatweel and format chars are left out (so un-normalized text with harakat shingles like
 * its bare form), stopwords are dropped if {@linkplain Builder#dropStopwords enabled}, and Arabic
 * words are stemmed by {@link ArabicLightStemmer} if {@linkplain Builder#stem enabled}.
 *
 * <h2>Word shingles</h2>
 *
 * Each kept token is hashed once; every window of {@code n} consecutive token hashes gives one
 * shingle. A document with fewer than {@code n} (but at least one) kept tokens gives exactly one
 * shingle of all its tokens, so short texts still have content. A text with no kept token gives
 * the empty set, which by {@link ShingleSet}'s convention is similar to nothing.
 *
 * <h2>Character shingles</h2>
 *
 * When {@code k > 0}, the kept tokens (marks removed, not stemmed) are joined by one space —
 * whitespace runs and punctuation between them collapse to that space — and every window of {@code
 * k} chars of that stream is one more shingle (one shingle of the whole stream if it is shorter
 * than {@code k}).
 *
 * <h2>Hash formats</h2>
 *
 * Token and character hashes use hash4j's Komihash 5.0 seeded with {@link #seed()}; hash4j
 * serializes every value little-endian, so results do not depend on platform or JVM.
 *
 * <ul>
 *   <li>token hash = komihash(chars of the reduced token as UTF-16 code units)
 *   <li>char shingle = komihash(long {@link #CHAR_DOMAIN}, int m, char c<sub>1</sub>, ..., char
 *       c<sub>m</sub>)
 * </ul>
 *
 * A word shingle combines the m token hashes h<sub>1</sub>, ..., h<sub>m</sub> of its window, in
 * text order, in one of two ways ({@link Builder#formatVersion}):
 *
 * <ul>
 *   <li>version {@value #FORMAT_VERSION} (the default): a multiply–xorshift chain over the token
 *       hashes, which are already uniform 64-bit values, so nothing is hashed twice: a<sub>0</sub>
 *       = fmix64(seed ⊕ {@link #WORD_DOMAIN}) ⊕ m·{@link #MIX_GAMMA}; for each i, x =
 *       (a<sub>i−1</sub> ⊕ h<sub>i</sub>)·{@link #MIX_MULTIPLIER}, a<sub>i</sub> = x ⊕ (x ⋙ 29);
 *       the shingle is fmix64(a<sub>m</sub>), where fmix64 is the 64-bit finalizer of
 *       MurmurHash3 (Appleby), as in SplitMix64 (Steele, Lea and Flood, "Fast splittable
 *       pseudorandom number generators", OOPSLA 2014). A window costs m + 2 multiplications
 *       instead of hashing 12 + 8m bytes.
 *   <li>version {@value #FORMAT_VERSION_1}: komihash(long {@link #WORD_DOMAIN}, int m, long
 *       h<sub>1</sub>, ..., long h<sub>m</sub>), kept for sets and signatures stored with it.
 * </ul>
 *
 * The distinct domain constants keep word and char shingles from colliding systematically. For a
 * fixed seed, options and format version the output is frozen; any change to the tokenizer, the
 * folding, the stemmer, the default lexicons or a combination must bump the version (stored sets
 * of different versions are not comparable).
 *
 * <p>Thread-safe, and immutable in everything that decides results: each {@link #shingle} call uses
 * its own scratch buffers and allocates a constant number of them that grow with the text, nothing
 * per token or shingle. The one part that changes is a bounded, lock-free memo of the token hashes
 * of stemmed words, shared by all threads ({@link Builder#memoCapacity}); it only saves time, and
 * the output is the same with it, without it and under any concurrent use.
 */
public final class Shingler {

  /**
   * Version of the default shingle hash format described in the class documentation: word
   * shingles combine their token hashes with a multiply–xorshift mixer.
   */
  public static final int FORMAT_VERSION = 2;

  /** The first shingle hash format: word shingles hash their token hashes with Komihash. */
  public static final int FORMAT_VERSION_1 = 1;

  /** Odd multiplier of the version-2 word shingle mixer: MurmurHash3's first finalizer constant. */
  public static final long MIX_MULTIPLIER = 0xFF51_AFD7_ED55_8CCDL;

  /** Weyl increment of the version-2 mixer, times the window length: 2^64 / golden ratio. */
  public static final long MIX_GAMMA = 0x9E37_79B9_7F4A_7C15L;

  /** The default seed: ASCII "tahqiq" followed by 0x0001. */
  public static final long DEFAULT_SEED = 0x7461_6871_6971_0001L;

  /** Default word n-gram size; see {@link Builder#wordNgrams(int)} for the reasoning. */
  public static final int DEFAULT_WORD_NGRAMS = 3;

  /** Largest word n-gram size accepted. */
  public static final int MAX_WORD_NGRAMS = 8;

  /** Largest character n-gram size accepted. */
  public static final int MAX_CHAR_NGRAMS = 16;

  /** Default for {@link Builder#memoCapacity(int)}, in words (256 KiB of memo). */
  public static final int DEFAULT_MEMO_CAPACITY = 1 << 14;

  /** Largest memo accepted by {@link Builder#memoCapacity(int)}, in words (256 MiB of memo). */
  public static final int MAX_MEMO_CAPACITY = 1 << 24;

  /** Domain tag hashed before the token hashes of a word shingle: ASCII "THQ-WORD". */
  public static final long WORD_DOMAIN = 0x5448_512D_574F_5244L;

  /** Domain tag hashed before the chars of a character shingle: ASCII "THQ-CHAR". */
  public static final long CHAR_DOMAIN = 0x5448_512D_4348_4152L;

  private static final Shingler DEFAULTS = new Builder().build();

  private final int wordN;
  private final int charN;
  private final boolean stem;
  private final ArabicLightStemmer stemmer;
  private final boolean dropStopwords;
  private final Stopwords stopwords;
  private final int countedMask;
  private final Set<TokenType> countedTypes;
  private final long seed;
  private final int formatVersion;
  /** a<sub>0</sub> of the version-2 word mixer, before the window length is mixed in. */
  private final long wordMixSeed;
  private final Hasher64 hasher;
  /** Token hashes of stemmed Arabic words, or null if memoizing is off or nothing is stemmed. */
  private final WordHashMemo memo;

  private Shingler(Builder b) {
    this.wordN = b.wordN;
    this.charN = b.charN;
    this.stem = b.stem;
    this.stemmer = b.stemmer;
    this.dropStopwords = b.dropStopwords;
    this.stopwords = b.stopwords;
    this.countedTypes = Collections.unmodifiableSet(EnumSet.copyOf(b.countedTypes));
    int mask = 0;
    for (TokenType t : b.countedTypes) {
      mask |= 1 << t.ordinal();
    }
    this.countedMask = mask;
    this.seed = b.seed;
    this.formatVersion = b.formatVersion;
    this.wordMixSeed = fmix64(b.seed ^ WORD_DOMAIN);
    this.hasher = Hashing.komihash5_0(b.seed);
    this.memo = b.stem && b.memoCapacity > 0 ? new WordHashMemo(b.memoCapacity) : null;
  }

  /** The shingler with every default option. */
  public static Shingler defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The shingle set of {@code normalizedText} (typically the {@link org.tahqiq.text.MappedText}
   * produced by {@link org.tahqiq.normalize.ArabicNormalizer}). Never fails on content: any text,
   * including empty, blank, non-Arabic or malformed UTF-16, gives a defined set.
   */
  public ShingleSet shingle(CharSequence normalizedText) {
    Objects.requireNonNull(normalizedText, "normalizedText must not be null");
    char[] chars = MappedText.charsOf(normalizedText);
    Run run = new Run(this, chars);
    Tokenizer.defaults().tokenize(chars, run);
    return run.finish();
  }

  /**
   * The shingles of {@code normalizedText} in text order, repeats kept: the same hashes as {@link
   * #shingle} (whose set is exactly the distinct values of this array), each where its window ends
   * in the text (a token's character shingles before its word shingle when both are on). With {@code
   * wordNgrams(1)} and no character shingles this is the text's sequence of kept (stemmed) tokens,
   * which order-aware comparisons read (the rewrite mode of {@code org.tahqiq.dedup}). Total over
   * any text, like {@link #shingle}; a new array on every call.
   */
  public long[] sequence(CharSequence normalizedText) {
    Objects.requireNonNull(normalizedText, "normalizedText must not be null");
    char[] chars = MappedText.charsOf(normalizedText);
    Run run = new Run(this, chars);
    Tokenizer.defaults().tokenize(chars, run);
    return run.finishSequence();
  }

  public int wordNgramSize() {
    return wordN;
  }

  /** Character n-gram size, 0 when character shingles are off. */
  public int charNgramSize() {
    return charN;
  }

  public boolean stems() {
    return stem;
  }

  public boolean dropsStopwords() {
    return dropStopwords;
  }

  /**
   * The stemmer of Arabic words: the one every stage that reads this shingler's pipeline stems
   * with (clustering's terms too), so that a user's protected word reaches all of them.
   */
  public ArabicLightStemmer stemmer() {
    return stemmer;
  }

  /** The stopwords: dropped here when {@link #dropsStopwords()}, and by clustering's terms always. */
  public Stopwords stopwords() {
    return stopwords;
  }

  /** The token types that take part in shingles. */
  public Set<TokenType> countedTypes() {
    return countedTypes;
  }

  public long seed() {
    return seed;
  }

  /** The hash format version of the word shingles: {@link #FORMAT_VERSION} or {@link #FORMAT_VERSION_1}. */
  public int formatVersion() {
    return formatVersion;
  }

  /** MurmurHash3's 64-bit finalizer: a bijection whose every output bit depends on every input bit. */
  static long fmix64(long x) {
    x ^= x >>> 33;
    x *= 0xFF51_AFD7_ED55_8CCDL;
    x ^= x >>> 33;
    x *= 0xC4CE_B9FE_1A85_EC53L;
    x ^= x >>> 33;
    return x;
  }

  /** Words the memo of stemmed words' token hashes holds; 0 if there is none. */
  public int memoCapacity() {
    return memo == null ? 0 : memo.capacity();
  }

  @Override
  public String toString() {
    return "Shingler[v"
        + formatVersion
        + ", words="
        + wordN
        + ", chars="
        + charN
        + ", stem="
        + stem
        + ", dropStopwords="
        + dropStopwords
        + ", types="
        + countedTypes
        + ", seed=0x"
        + Long.toHexString(seed)
        + "]";
  }

  /** Little-endian view of a {@code byte[]} as longs, the byte order hash4j streams use. */
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** Little-endian view of a {@code byte[]} as ints. */
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  /** Little-endian view of a {@code byte[]} as chars. */
  private static final VarHandle CHAR_LE =
      MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * The state of one {@link #shingle} call; confined to the calling thread.
   *
   * <p>Hashing goes through hash4j's one-shot methods rather than a hash stream, which hash4j
   * defines to give the same value: a token is hashed as a {@link CharSequence} view of the
   * scratch buffer ({@code hashCharsToLong}, the same as {@code putChars}), and a shingle's fields
   * are laid out little-endian in a reused byte buffer ({@code hashBytesToLong}, the same as the
   * corresponding {@code putLong}/{@code putInt}/{@code putChar} calls).
   */
  private static final class Run implements TokenSink, WordHashMemo.WordHasher {
    private static final char SPACE = ' ';
    /** Bytes of the domain tag and the count that start every shingle's hashed bytes. */
    private static final int HEADER_BYTES = Long.BYTES + Integer.BYTES;

    private final Shingler p;
    private final char[] chars;
    private final Hasher64 hasher;
    private final CharsView tokenView = new CharsView();
    private char[] scratch = new char[32];
    /** Ring of the last {@code wordN} token hashes; {@code head} is the next slot to write. */
    private final long[] window;
    private int head;
    private int filled;
    /** Ring of the last {@code charN} stream chars. */
    private final char[] charWindow;
    private int charHead;
    private int charFilled;
    private boolean anyToken;
    /** The bytes hashed for one word or char shingle. */
    private final byte[] shingleBytes;
    private long[] out;
    private int size;

    /**
     * @param chars the chars of the text being tokenized, which tokens are copied from (an array
     *     load per char, where the sink's {@code CharSequence} would cost an interface call); the
     *     tokenizer scans the same array, so the text is copied once
     */
    Run(Shingler p, char[] chars) {
      this.p = p;
      this.chars = chars;
      int textLength = chars.length;
      this.hasher = p.hasher;
      this.window = new long[p.wordN];
      this.charWindow = new char[p.charN];
      this.shingleBytes =
          new byte[HEADER_BYTES + Math.max(Long.BYTES * p.wordN, Character.BYTES * p.charN)];
      // About one word shingle per 6 chars of Arabic news text, plus one char shingle per char;
      // sized for one per 5 chars, so that only texts far denser than average need to grow.
      int expected = textLength / 5 + (p.charN > 0 ? textLength : 0);
      this.out = new long[Math.max(16, Math.min(expected, 1 << 20))];
    }

    @Override
    public void token(CharSequence text, int start, int end, TokenType type) {
      if ((p.countedMask & (1 << type.ordinal())) == 0) {
        return;
      }
      if (scratch.length < end - start) {
        scratch = new char[Math.max(end - start, scratch.length * 2)];
      }
      int len = Tokenizer.copyWithoutIgnorables(chars, start, end, scratch);
      if (len == 0 || (p.dropStopwords && p.stopwords.contains(scratch, 0, len))) {
        return;
      }
      if (p.charN > 0) {
        if (anyToken) {
          pushChar(SPACE);
        }
        for (int i = 0; i < len; i++) {
          pushChar(scratch[i]);
        }
      }
      anyToken = true;
      long tokenHash;
      if (p.stem && type == TokenType.ARABIC_WORD) {
        tokenHash = p.memo != null ? p.memo.hash(scratch, len, this) : hash(scratch, len);
      } else {
        tokenHash = hasher.hashCharsToLong(tokenView.of(scratch, len));
      }
      window[head] = tokenHash;
      head = head + 1 == window.length ? 0 : head + 1;
      if (filled < window.length) {
        filled++;
      }
      if (filled == window.length) {
        emitWordShingle();
      }
    }

    /** The token hash of an Arabic word: its stem's chars, hashed (the word is stemmed in place). */
    @Override
    public long hash(char[] word, int length) {
      int stemLength = p.stemmer.stem(word, 0, length);
      return hasher.hashCharsToLong(tokenView.of(word, stemLength));
    }

    private void emitWordShingle() {
      if (p.formatVersion == FORMAT_VERSION_1) {
        emitWordShingleV1();
        return;
      }
      int n = window.length;
      long a = p.wordMixSeed ^ (filled * MIX_GAMMA);
      int at = head - filled;
      if (at < 0) {
        at += n;
      }
      for (int i = 0; i < filled; i++) {
        long x = (a ^ window[at]) * MIX_MULTIPLIER;
        a = x ^ (x >>> 29);
        at = at + 1 == n ? 0 : at + 1;
      }
      add(fmix64(a));
    }

    private void emitWordShingleV1() {
      int n = window.length;
      byte[] b = shingleBytes;
      LONG_LE.set(b, 0, WORD_DOMAIN);
      INT_LE.set(b, Long.BYTES, filled);
      int from = head - filled;
      if (from < 0) {
        from += n;
      }
      int pos = HEADER_BYTES;
      for (int i = 0, at = from; i < filled; i++, pos += Long.BYTES) {
        LONG_LE.set(b, pos, window[at]);
        at = at + 1 == n ? 0 : at + 1;
      }
      add(hasher.hashBytesToLong(b, 0, pos));
    }

    private void pushChar(char c) {
      int k = charWindow.length;
      charWindow[charHead] = c;
      charHead = charHead + 1 == k ? 0 : charHead + 1;
      if (charFilled < k) {
        charFilled++;
      }
      if (charFilled == k) {
        emitCharShingle();
      }
    }

    /** Hashes the {@code charFilled} most recent chars, oldest first. */
    private void emitCharShingle() {
      int k = charWindow.length;
      byte[] b = shingleBytes;
      LONG_LE.set(b, 0, CHAR_DOMAIN);
      INT_LE.set(b, Long.BYTES, charFilled);
      int from = charHead - charFilled;
      if (from < 0) {
        from += k;
      }
      int pos = HEADER_BYTES;
      for (int i = 0, at = from; i < charFilled; i++, pos += Character.BYTES) {
        CHAR_LE.set(b, pos, charWindow[at]);
        at = at + 1 == k ? 0 : at + 1;
      }
      add(hasher.hashBytesToLong(b, 0, pos));
    }

    private void add(long h) {
      if (size == out.length) {
        out = Arrays.copyOf(out, out.length + (out.length >> 1));
      }
      out[size++] = h;
    }

    ShingleSet finish() {
      emitShortTails();
      return ShingleSet.fromBuffer(out, size);
    }

    long[] finishSequence() {
      emitShortTails();
      return Arrays.copyOf(out, size);
    }

    /** Documents shorter than one window still get one shingle of everything they have. */
    private void emitShortTails() {
      if (filled > 0 && filled < window.length) {
        emitWordShingle();
      }
      if (charFilled > 0 && charFilled < charWindow.length) {
        emitCharShingle();
      }
    }
  }

  /**
   * A reusable read-only {@link CharSequence} over the start of a {@code char[]}, so a token in a
   * scratch buffer can be hashed without copying it into a string. Confined to one {@link Run}.
   */
  private static final class CharsView implements CharSequence {
    private char[] chars;
    private int length;

    CharsView of(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
      return this;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      Objects.checkIndex(index, length);
      return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      Objects.checkFromToIndex(start, end, length);
      return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /** Options of a {@link Shingler}; not thread-safe. Invalid values fail at once, naming them. */
  public static final class Builder {
    private int wordN = DEFAULT_WORD_NGRAMS;
    private int charN = 0;
    private boolean stem = true;
    private ArabicLightStemmer stemmer = ArabicLightStemmer.defaults();
    private boolean dropStopwords = false;
    private Stopwords stopwords = Stopwords.defaults();
    private final EnumSet<TokenType> countedTypes =
        EnumSet.of(TokenType.ARABIC_WORD, TokenType.LATIN_WORD, TokenType.NUMBER);
    private long seed = DEFAULT_SEED;
    private int memoCapacity = DEFAULT_MEMO_CAPACITY;
    private int formatVersion = FORMAT_VERSION;

    private Builder() {}

    /**
     * The word shingle hash format: {@link #FORMAT_VERSION} (the default) or {@link
     * #FORMAT_VERSION_1}, to compare with sets or signatures stored by a version-1 shingler.
     *
     * @throws IllegalArgumentException for any other version
     */
    public Builder formatVersion(int version) {
      if (version != FORMAT_VERSION && version != FORMAT_VERSION_1) {
        throw new IllegalArgumentException("shingle formatVersion must be " + FORMAT_VERSION_1 + " or "
            + FORMAT_VERSION + ": " + version);
      }
      this.formatVersion = version;
      return this;
    }

    /**
     * Word n-gram size, 1 to {@value #MAX_WORD_NGRAMS} (default {@value #DEFAULT_WORD_NGRAMS}).
     * Three: Arabic attaches conjunctions, prepositions, articles and pronouns to words, so one
     * Arabic token carries about as much as 1.5 English ones; 3-word windows are about as
     * selective as the 4–5-word shingles used for English near-duplicate detection, while one
     * edited word disturbs only 3 shingles.
     */
    public Builder wordNgrams(int n) {
      if (n < 1 || n > MAX_WORD_NGRAMS) {
        throw new IllegalArgumentException(
            "wordNgrams must be in [1, " + MAX_WORD_NGRAMS + "]: " + n);
      }
      this.wordN = n;
      return this;
    }

    /** Character n-gram size, 0 (off, the default) or 1 to {@value #MAX_CHAR_NGRAMS}. */
    public Builder charNgrams(int k) {
      if (k < 0 || k > MAX_CHAR_NGRAMS) {
        throw new IllegalArgumentException(
            "charNgrams must be 0 (off) or in [1, " + MAX_CHAR_NGRAMS + "]: " + k);
      }
      this.charN = k;
      return this;
    }

    /**
     * Whether Arabic words are light-stemmed before hashing (default {@code true}: a rewrite that
     * adds a conjunction or swaps an article, {@code قال}/{@code وقال}, keeps its shingles).
     */
    public Builder stem(boolean stem) {
      this.stem = stem;
      return this;
    }

    /** The stemmer to use when stemming (default {@link ArabicLightStemmer#defaults()}). */
    public Builder stemmer(ArabicLightStemmer stemmer) {
      this.stemmer = Objects.requireNonNull(stemmer, "stemmer must not be null");
      return this;
    }

    /**
     * Whether stopwords are dropped before shingling (default {@code false}: classic w-shingling
     * keeps function words, which carry the sentence structure that tells a copy from a text about
     * the same topic). When on, a text of stopwords only has the empty set.
     */
    public Builder dropStopwords(boolean drop) {
      this.dropStopwords = drop;
      return this;
    }

    /** The stopwords to drop when dropping (default {@link Stopwords#defaults()}). */
    public Builder stopwords(Stopwords stopwords) {
      this.stopwords = Objects.requireNonNull(stopwords, "stopwords must not be null");
      return this;
    }

    /**
     * Token types that take part (default Arabic words, Latin words, numbers).
     *
     * @throws IllegalArgumentException if empty or containing {@link TokenType#PUNCTUATION}
     */
    public Builder countedTypes(Set<TokenType> types) {
      Objects.requireNonNull(types, "countedTypes must not be null");
      if (types.isEmpty()) {
        throw new IllegalArgumentException("countedTypes must not be empty");
      }
      for (TokenType t : types) {
        Objects.requireNonNull(t, "countedTypes must not contain null");
      }
      if (types.contains(TokenType.PUNCTUATION)) {
        throw new IllegalArgumentException("countedTypes must not contain PUNCTUATION: " + types);
      }
      this.countedTypes.clear();
      this.countedTypes.addAll(types);
      return this;
    }

    /** Hash seed (default {@link #DEFAULT_SEED}); sets of different seeds are not comparable. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Size of the memo of stemmed words' token hashes, in words: 0 for none, else a power of two
     * from 2 to {@link #MAX_MEMO_CAPACITY}; default {@link #DEFAULT_MEMO_CAPACITY}. Each word
     * takes 16 bytes, allocated when the shingler is built if it stems. Arabic words of up to 10
     * letters are memoized; a hit skips stemming and hashing the word. The memo never changes
     * results, only speed: a larger one helps texts with a larger vocabulary.
     *
     * @throws IllegalArgumentException if {@code words} is neither 0 nor such a power of two
     */
    public Builder memoCapacity(int words) {
      if (words != 0 && (words < 2 || words > MAX_MEMO_CAPACITY || Integer.bitCount(words) != 1)) {
        throw new IllegalArgumentException(
            "memoCapacity must be 0 (off) or a power of two in [2, " + MAX_MEMO_CAPACITY + "]: " + words);
      }
      this.memoCapacity = words;
      return this;
    }

    public Shingler build() {
      return new Shingler(this);
    }
  }
}
