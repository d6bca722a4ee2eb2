package org.tahqiq.cluster;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.Arrays;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.token.AnalyzedText;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.token.Stopwords;
import org.tahqiq.token.TokenSink;
import org.tahqiq.token.TokenType;
import org.tahqiq.token.Tokenizer;

/**
 * Turns a processed article into its {@link TermVector}, following term format version {@value
 * IdfTable#TERM_FORMAT_VERSION} (see {@link IdfTable}): the tokens of the normalized story and of
 * the normalized title, words and numbers only; stopwords and one-letter words dropped; Arabic
 * words light-stemmed, Latin words lower-cased (ASCII); each term hashed with Komihash 5.0 seeded
 * with {@link IdfTable#TERM_SEED} over its UTF-16 chars. Title tokens count {@value #TITLE_WEIGHT}
 * times: a headline names the event.
 *
 * <p>Immutable and thread-safe; each call uses its own scratch buffers and allocates nothing per
 * token beyond amortized array growth.
 */
final class TermExtractor {

  /** Occurrences credited to each title token. */
  static final int TITLE_WEIGHT = 2;

  private static final TermExtractor DEFAULTS =
      new TermExtractor(Stopwords.defaults(), ArabicLightStemmer.defaults());

  private final Stopwords stopwords;
  private final ArabicLightStemmer stemmer;

  private TermExtractor(Stopwords stopwords, ArabicLightStemmer stemmer) {
    this.stopwords = stopwords;
    this.stemmer = stemmer;
  }

  static TermExtractor defaults() {
    return DEFAULTS;
  }

  /**
   * The extractor of {@code pipeline}: its shingler's stemmer and stopwords, so that clustering
   * stems as deduplication does (the default pipeline gives {@link #defaults()}).
   */
  static TermExtractor of(TextPipeline pipeline) {
    Stopwords stopwords = pipeline.shingler().stopwords();
    ArabicLightStemmer stemmer = pipeline.shingler().stemmer();
    return stopwords == DEFAULTS.stopwords && stemmer == DEFAULTS.stemmer
        ? DEFAULTS : new TermExtractor(stopwords, stemmer);
  }

  /**
   * The terms of the article's story, read from its {@linkplain ProcessedArticle#analysis()
   * analysis} (the text core's tokens and stems), and of its title.
   */
  TermVector extract(ProcessedArticle processed, ArabicNormalizer normalizer) {
    AnalyzedText story = processed.analysis();
    Run run = new Run(processed.normalized().length());
    run.addAll(story, story.size());
    processed.article().title().ifPresent(title -> {
      run.weight = TITLE_WEIGHT;
      Tokenizer.defaults().tokenize(normalizer.normalize(title), run);
    });
    return run.finish();
  }

  /** The distinct terms of a normalized title, sorted. */
  long[] titleTerms(CharSequence normalizedTitle) {
    Run run = new Run(normalizedTitle.length());
    Tokenizer.defaults().tokenize(normalizedTitle, run);
    return run.finish().termsCopy();
  }

  /**
   * The distinct terms, sorted, of a normalized title and of the first {@code leadTerms} kept
   * tokens of the analysed story (all of them when it has fewer): what a headline's lead is.
   */
  long[] leadTerms(CharSequence normalizedTitle, AnalyzedText story, int leadTerms) {
    // A kept term takes a few chars: only a lead's worth of the story is read.
    CharSequence text = story.text();
    int end = text.length();
    if (leadTerms < end / LEAD_CHARS_PER_TERM) {
      end = wordEnd(text, leadTerms * LEAD_CHARS_PER_TERM);
    }
    Run run = new Run(normalizedTitle.length() + end);
    Tokenizer.defaults().tokenize(normalizedTitle, run);
    run.limit = run.size + leadTerms;
    int n = 0;
    while (n < story.size() && story.end(n) <= end) {
      n++;
    }
    run.addAll(story, n);
    return run.finish().termsCopy();
  }

  /**
   * Chars read per wanted lead term: generous (Arabic news keeps a term per 7 chars or so), so
   * that the limit, not the cut, ends the lead.
   */
  private static final int LEAD_CHARS_PER_TERM = 40;

  /** The first index at or after {@code from} that is white space or the end (never splits a word). */
  private static int wordEnd(CharSequence text, int from) {
    int i = Math.max(0, from);
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The hash of one term given in its final (normalized, stemmed) form. */
  static long hash(CharSequence term) {
    HashStream64 stream = Hashing.komihash5_0(IdfTable.TERM_SEED).hashStream();
    for (int i = 0; i < term.length(); i++) {
      stream.putChar(term.charAt(i));
    }
    return stream.getAsLong();
  }

  /** State of one extraction; confined to the calling thread. */
  private final class Run implements TokenSink {
    private static final int LATIN_CASE_OFFSET = 'a' - 'A';
    private final HashStream64 stream = Hashing.komihash5_0(IdfTable.TERM_SEED).hashStream();
    private char[] scratch = new char[32];
    private long[] hashes;
    private int size;
    int weight = 1;
    /** Tokens kept beyond this many are dropped. */
    int limit = Integer.MAX_VALUE;

    Run(int textLength) {
      // About one kept token per 7 chars of Arabic news text.
      hashes = new long[Math.max(16, Math.min(textLength / 7, 1 << 20))];
    }

    @Override
    public void token(CharSequence text, int start, int end, TokenType type) {
      if (size >= limit || !counted(type)) {
        return;
      }
      ensureScratch(end - start);
      int len = Tokenizer.copyWithoutIgnorables(text, start, end, scratch);
      if (kept(len, type)) {
        if (type == TokenType.ARABIC_WORD) {
          len = stemmer.stem(scratch, 0, len);
        }
        add(len);
      }
    }

    /**
     * The terms of the first {@code n} tokens of {@code story}: as {@link #token} would give for
     * them, with the stems the analysis holds (made by this extractor's stemmer, the pipeline's).
     */
    void addAll(AnalyzedText story, int n) {
      for (int i = 0; i < n && size < limit; i++) {
        TokenType type = story.type(i);
        if (!counted(type)) {
          continue;
        }
        ensureScratch(story.end(i) - story.start(i));
        int len = story.copyWord(i, scratch);
        if (kept(len, type)) {
          add(type == TokenType.ARABIC_WORD ? story.copyStem(i, scratch) : len);
        }
      }
    }

    private boolean counted(TokenType type) {
      return type == TokenType.ARABIC_WORD || type == TokenType.LATIN_WORD || type == TokenType.NUMBER;
    }

    private void ensureScratch(int len) {
      if (scratch.length < len) {
        scratch = new char[Math.max(len, scratch.length * 2)];
      }
    }

    /**
     * Whether the word {@code scratch[0, len)} of a counted token is a term: not empty, not one
     * letter, not a stopword. Lower-cases a Latin word in place first.
     */
    private boolean kept(int len, TokenType type) {
      if (len == 0 || (len == 1 && type != TokenType.NUMBER)) {
        return false;
      }
      if (type == TokenType.LATIN_WORD) {
        for (int i = 0; i < len; i++) {
          char c = scratch[i];
          if (c >= 'A' && c <= 'Z') {
            scratch[i] = (char) (c + LATIN_CASE_OFFSET);
          }
        }
      }
      return !stopwords.contains(scratch, 0, len);
    }

    /** Adds the term {@code scratch[0, len)}, {@link #weight} times. */
    private void add(int len) {
      long h = stream.reset().putChars(scratch, 0, len).getAsLong();
      for (int w = 0; w < weight; w++) {
        if (size == hashes.length) {
          hashes = Arrays.copyOf(hashes, hashes.length + (hashes.length >> 1));
        }
        hashes[size++] = h;
      }
    }

    TermVector finish() {
      if (size == 0) {
        return TermVector.EMPTY;
      }
      Arrays.sort(hashes, 0, size);
      int distinct = 1;
      for (int i = 1; i < size; i++) {
        if (hashes[i] != hashes[i - 1]) {
          distinct++;
        }
      }
      long[] terms = new long[distinct];
      int[] counts = new int[distinct];
      int d = 0;
      terms[0] = hashes[0];
      counts[0] = 1;
      for (int i = 1; i < size; i++) {
        if (hashes[i] == hashes[i - 1]) {
          counts[d]++;
        } else {
          terms[++d] = hashes[i];
          counts[d] = 1;
        }
      }
      return new TermVector(terms, counts);
    }
  }
}
