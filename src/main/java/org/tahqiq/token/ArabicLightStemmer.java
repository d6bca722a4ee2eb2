package org.tahqiq.token;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Light stemmer for normalized Arabic words in the spirit of Larkey, Ballesteros and Connell,
 * "Light Stemming for Arabic Information Retrieval" (Light10): it strips a few frequent clitic
 * prefixes and inflectional suffixes, never reaching for roots, so {@code والرئيس} and {@code
 * الرئيس} and {@code رئيس} conflate while unrelated words stay apart.
 *
 * <p>Algorithm (input is a normalized word: alef forms folded to {@code ا}, {@code ى} to {@code
 * ي}, {@code ة} to {@code ه}, no diacritics):
 *
 * <ol>
 *   <li>Prefixes are parsed as an optional conjunction ({@code و ف}), an optional preposition
 *       ({@code ب ك ل}) and an optional definite article ({@code ال}; after {@code ل} it is written
 *       {@code ل}: {@code لل}). If an article is present, the whole chain ({@code ال وال فال بال
 *       كال لل وبال ولل ...}) is removed when at least {@value #MIN_STEM_AFTER_ARTICLE} letters
 *       remain. Otherwise a conjunction is removed when at least {@value
 *       #MIN_STEM_AFTER_CONJUNCTION} letters remain. A lone preposition (no article after it) is
 *       kept by default, as in Light10, because {@code ب ك ل} begin too many nouns ({@code كتاب},
 *       {@code لبنان}); {@link Builder#stripLonePrepositions(boolean)} removes it when at least
 *       {@value #MIN_STEM_AFTER_PREPOSITION} letters remain.
 *   <li>Protected words: before each prefix is removed, and on the input itself, the remainder is
 *       looked up in the protected set; a hit ends stemming with that remainder. So {@code بوتين}
 *       stays whole and {@code وبوتين}, {@code ببوتين} become {@code بوتين}.
 *   <li>Suffixes {@code ها ان ات ون ين يه ية ه ة ي} are tried once each, in that order, each removed
 *       when at least {@value #MIN_STEM_AFTER_SUFFIX} letters remain ({@code بالسياره} → {@code
 *       سيار}, the same stem as {@code سيارات}).
 * </ol>
 *
 * <p>Words shorter than three letters are returned unchanged by construction of the guards. Input
 * that is not Arabic matches no affix and is returned unchanged.
 *
 * <p>The default protected words are the resource {@code org/tahqiq/token/protected-words.txt}:
 * frequent names of people and places in Arabic news that the rules would damage ({@code واشنطن}
 * is not {@code و} + {@code اشنطن}). Callers extend the set through {@link #builder()}.
 *
 * <p>Immutable and thread-safe; {@link #stem(char[], int, int)} allocates nothing.
 */
public final class ArabicLightStemmer {

  /** Name of the default protected-words resource, next to this class. */
  public static final String DEFAULT_PROTECTED_RESOURCE = "protected-words.txt";

  /** Letters that must remain after removing a prefix chain that contains the article. */
  public static final int MIN_STEM_AFTER_ARTICLE = 2;
  /** Letters that must remain after removing a lone conjunction {@code و} or {@code ف}. */
  public static final int MIN_STEM_AFTER_CONJUNCTION = 3;
  /**
   * Letters that must remain after removing a lone preposition {@code ب ك ل}, when {@linkplain
   * Builder#stripLonePrepositions(boolean) enabled}.
   */
  public static final int MIN_STEM_AFTER_PREPOSITION = 4;
  /** Letters that must remain after removing a suffix. */
  public static final int MIN_STEM_AFTER_SUFFIX = 2;

  /** U+0627 ARABIC LETTER ALEF. */
  private static final char ALEF = '\u0627';
  /** U+0629 ARABIC LETTER TEH MARBUTA. */
  private static final char TEH_MARBUTA = '\u0629';
  /** U+062A ARABIC LETTER TEH. */
  private static final char TEH = '\u062A';
  /** U+0644 ARABIC LETTER LAM. */
  private static final char LAM = '\u0644';
  /** U+0646 ARABIC LETTER NOON. */
  private static final char NOON = '\u0646';
  /** U+0647 ARABIC LETTER HEH. */
  private static final char HEH = '\u0647';
  /** U+0648 ARABIC LETTER WAW. */
  private static final char WAW = '\u0648';
  /** U+064A ARABIC LETTER YEH. */
  private static final char YEH = '\u064A';

  /** Suffixes in the order they are tried, each at most once. */
  private static final char[][] SUFFIXES = {
    {HEH, ALEF}, // ها
    {ALEF, NOON}, // ان
    {ALEF, TEH}, // ات
    {WAW, NOON}, // ون
    {YEH, NOON}, // ين
    {YEH, HEH}, // يه (normalized ية)
    {YEH, TEH_MARBUTA}, // ية (un-normalized input)
    {HEH}, // ه (normalized ة)
    {TEH_MARBUTA}, // ة
    {YEH}, // ي
  };

  /** First char of the Arabic block, which every suffix letter is in. */
  private static final char ARABIC_BLOCK_START = '\u0600';
  /**
   * Per char of the Arabic block (index {@code c - ARABIC_BLOCK_START}), the bit set of the
   * indexes in {@link #SUFFIXES} of the suffixes ending with it, so that only the few suffixes
   * that can match a word's current last letter are compared.
   */
  private static final int[] SUFFIXES_BY_LAST_LETTER = suffixesByLastLetter();

  private static int[] suffixesByLastLetter() {
    int[] table = new int[256];
    for (int k = 0; k < SUFFIXES.length; k++) {
      char last = SUFFIXES[k][SUFFIXES[k].length - 1];
      table[last - ARABIC_BLOCK_START] |= 1 << k;
    }
    return table;
  }

  private final CharArraySet protectedWords;
  private final boolean stripLonePrepositions;

  private ArabicLightStemmer(CharArraySet protectedWords, boolean stripLonePrepositions) {
    this.protectedWords = protectedWords;
    this.stripLonePrepositions = stripLonePrepositions;
  }

  /** The stemmer with the default protected words. */
  public static ArabicLightStemmer defaults() {
    return Defaults.INSTANCE;
  }

  /** Lazily built defaults: the resource is read on first use only. */
  private static final class Defaults {
    static final ArabicLightStemmer INSTANCE = new Builder().build();
  }

  /**
   * A builder starting from the default protected words; {@link Builder#withoutDefaults()} starts
   * from none.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code word} (normalized) is protected from stemming. */
  public boolean isProtected(CharSequence word) {
    Objects.requireNonNull(word, "word must not be null");
    return protectedWords.contains(word);
  }

  /**
   * Whether the word {@code buf[off, off + len)} (normalized) is protected from stemming; the
   * allocation-free form of {@link #isProtected(CharSequence)}, for stages that read words as
   * slices (the fact extractor keeps a protected word's clitic letters, as this stemmer does).
   *
   * @throws IndexOutOfBoundsException if the slice is not within {@code buf}
   */
  public boolean isProtected(char[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    return protectedWords.contains(buf, off, len);
  }

  /** Whether a preposition not followed by the article is removed. */
  public boolean stripsLonePrepositions() {
    return stripLonePrepositions;
  }

  /** Number of protected words. */
  public int protectedWordCount() {
    return protectedWords.size();
  }

  /**
   * Stems the word {@code buf[off, off + len)} in place. The stem is written to {@code buf[off,
   * off + result)}: removed prefixes shift the remaining chars left; chars of {@code buf} beyond
   * the stem and outside the slice are left as they were. Allocates nothing.
   *
   * @return the stem length, {@code 0 < result <= len} for {@code len > 0} (0 for an empty slice)
   */
  public int stem(char[] buf, int off, int len) {
    Objects.requireNonNull(buf, "buf must not be null");
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    int p = stripPrefixes(buf, off, len);
    if (p < 0) {
      // A protected word was found after removing -p - 1 chars: keep it whole.
      int cut = -p - 1;
      return shiftLeft(buf, off, len, cut);
    }
    return stripSuffixes(buf, off, shiftLeft(buf, off, len, p));
  }

  /**
   * Tries the suffixes in order, each once, removing each that matches with enough letters left.
   * A suffix not ending with the word's current last letter cannot match, so only those that do
   * are compared (same result as trying all in order).
   */
  private static int stripSuffixes(char[] buf, int off, int n) {
    for (int k = 0; ; k++) {
      int last = buf[off + n - 1] - ARABIC_BLOCK_START;
      int candidates = last >= 0 && last < SUFFIXES_BY_LAST_LETTER.length
          ? SUFFIXES_BY_LAST_LETTER[last] >>> k << k
          : 0;
      if (candidates == 0) {
        return n;
      }
      k = Integer.numberOfTrailingZeros(candidates);
      char[] suffix = SUFFIXES[k];
      if (n - suffix.length >= MIN_STEM_AFTER_SUFFIX && endsWithBeforeLast(buf, off, n, suffix)) {
        n -= suffix.length;
      }
    }
  }

  /** The stem of {@code word}; see {@link #stem(char[], int, int)}. */
  public String stem(String word) {
    Objects.requireNonNull(word, "word must not be null");
    char[] buf = word.toCharArray();
    return new String(buf, 0, stem(buf, 0, buf.length));
  }

  /**
   * Decides how many leading chars to remove. Returns {@code cut >= 0} for an ordinary prefix cut,
   * or {@code -(cut + 1)} when the remainder after {@code cut} chars is a protected word ({@code
   * -1}: the word itself is).
   */
  private int stripPrefixes(char[] buf, int off, int len) {
    int conj = len > 0 && Proclitics.isConjunction(buf[off]) ? 1 : 0;
    int prep = 0;
    if (conj < len && Proclitics.isPreposition(buf[off + conj])) {
      prep = 1;
    }
    // The article: ال after nothing or ب / ك; after ل its alef is dropped in writing (لل).
    int article = 0;
    int at = off + conj + prep;
    int left = len - conj - prep;
    if (prep == 1 && buf[at - 1] == LAM) {
      if (left >= 1 && buf[at] == LAM) {
        article = 1;
      }
    } else if (left >= 2 && buf[at] == ALEF && buf[at + 1] == LAM) {
      article = 2;
    }

    if (protectedWords.contains(buf, off, len)) {
      return -(0 + 1);
    }
    // Protected remainders, shortest prefix first: وبوتين → بوتين, والرياض → الرياض.
    if (conj == 1 && protectedWords.contains(buf, off + 1, len - 1)) {
      return -(1 + 1);
    }
    if (prep == 1 && protectedWords.contains(buf, off + conj + 1, len - conj - 1)) {
      return -(conj + 1 + 1);
    }
    int chain = conj + prep + article;
    if (article > 0 && len - chain >= MIN_STEM_AFTER_ARTICLE) {
      if (protectedWords.contains(buf, off + chain, len - chain)) {
        return -(chain + 1);
      }
      return chain;
    }
    // No usable article: lone clitics with their own guards.
    int cut = 0;
    if (conj == 1 && len - 1 >= MIN_STEM_AFTER_CONJUNCTION) {
      cut = 1;
    }
    if (stripLonePrepositions
        && cut == conj
        && prep == 1
        && len - conj - 1 >= MIN_STEM_AFTER_PREPOSITION) {
      cut = conj + 1;
    }
    return cut;
  }

  private static int shiftLeft(char[] buf, int off, int len, int cut) {
    if (cut > 0) {
      System.arraycopy(buf, off + cut, buf, off, len - cut);
    }
    return len - cut;
  }

  /**
   * Whether {@code buf[off, off + len)} ends with {@code suffix}, given that its last char is
   * known to be the suffix's last char: only the chars before it are compared (none, for the
   * one-letter suffixes).
   */
  private static boolean endsWithBeforeLast(char[] buf, int off, int len, char[] suffix) {
    int start = off + len - suffix.length;
    for (int i = 0, last = suffix.length - 1; i < last; i++) {
      if (buf[start + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Collects protected words; not thread-safe. Invalid entries fail at once, naming them. */
  public static final class Builder {
    private final List<String> entries = new ArrayList<>();
    private boolean defaults = true;
    private boolean stripLonePrepositions;

    private Builder() {}

    /**
     * Whether a preposition {@code ب ك ل} not followed by the article is removed (default {@code
     * false}). More conflation ({@code لروسيا} → {@code روسيا}) at the price of false cuts ({@code
     * كتابها} → {@code تاب}).
     */
    public Builder stripLonePrepositions(boolean strip) {
      this.stripLonePrepositions = strip;
      return this;
    }

    /** Leaves the default protected words out. */
    public Builder withoutDefaults() {
      defaults = false;
      return this;
    }

    /**
     * Protects words (any spelling; they are normalized).
     *
     * @throws IllegalArgumentException for a blank word or one containing white space
     */
    public Builder addProtected(CharSequence... words) {
      Objects.requireNonNull(words, "words must not be null");
      return addProtected(Arrays.asList(words));
    }

    /** Protects all {@code words}; see {@link #addProtected(CharSequence...)}. */
    public Builder addProtected(Collection<? extends CharSequence> words) {
      Objects.requireNonNull(words, "words must not be null");
      for (CharSequence w : words) {
        entries.add(Lexicon.normalizeEntry(w, "protected word"));
      }
      return this;
    }

    /**
     * Protects the entries of a list in the resource format (one word a line, {@code #}
     * comments); does not close {@code reader}.
     *
     * @throws IllegalArgumentException naming the line of an invalid entry
     */
    public Builder addProtectedFrom(Reader reader) throws IOException {
      entries.addAll(Lexicon.read(reader, "protected-word list"));
      return this;
    }

    public ArabicLightStemmer build() {
      List<String> all = new ArrayList<>();
      if (defaults) {
        all.addAll(Lexicon.readResource(DEFAULT_PROTECTED_RESOURCE));
      }
      all.addAll(entries);
      return new ArabicLightStemmer(new CharArraySet(all), stripLonePrepositions);
    }
  }
}
