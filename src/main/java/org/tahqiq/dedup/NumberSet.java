package org.tahqiq.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.Arrays;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.token.TokenSink;
import org.tahqiq.token.TokenType;
import org.tahqiq.token.Tokenizer;

/**
 * The numbers an article states, for the number-agreement rule of {@link
 * SimilarityMeasure#REWRITES}: an edited copy reorders and rewords, but keeps its figures, while
 * two reports of one beat ("13 arrested in Beheira" / "30 arrested in Beheira") share their words
 * and differ in them.
 *
 * <p>Each {@link TokenType#NUMBER} token of the normalized text (digits already folded to ASCII)
 * is hashed with Komihash 5.0 over its chars, ignorable marks left out. Stateless; thread-safe.
 */
final class NumberSet {
  /** Smallest share of the smaller number set found in the larger for two texts to agree. */
  static final double MIN_AGREEMENT = 0.5;

  private static final long SEED = 0x4e554d424552L; // "NUMBER"

  private NumberSet() {}

  /** The distinct numbers of {@code normalizedText}. */
  static ShingleSet of(CharSequence normalizedText) {
    Collector c = new Collector();
    Tokenizer.defaults().tokenize(normalizedText, c);
    return ShingleSet.of(Arrays.copyOf(c.hashes, c.size));
  }

  /**
   * Whether two number sets agree: true when either is empty (nothing to contradict), else when
   * at least {@link #MIN_AGREEMENT} of the smaller set is in the larger.
   */
  static boolean agree(ShingleSet a, ShingleSet b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.intersectionSize(b) >= MIN_AGREEMENT * Math.min(a.size(), b.size());
  }

  /**
   * The stricter agreement of the ordered rule of {@link SimilarityMeasure#REWRITES}: true when
   * either set is empty, else when every number of the smaller set is in the larger. A copy whose
   * words were replaced keeps its figures (or spells some out, which removes them from its set);
   * the next report on the same case, which reuses the earlier text in order, brings new ones.
   */
  static boolean allAgree(ShingleSet a, ShingleSet b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.intersectionSize(b) == Math.min(a.size(), b.size());
  }

  private static final class Collector implements TokenSink {
    private final HashStream64 stream = Hashing.komihash5_0(SEED).hashStream();
    private char[] scratch = new char[16];
    long[] hashes = new long[16];
    int size;

    @Override
    public void token(CharSequence text, int start, int end, TokenType type) {
      if (type != TokenType.NUMBER) {
        return;
      }
      if (scratch.length < end - start) {
        scratch = new char[Math.max(end - start, scratch.length * 2)];
      }
      int len = Tokenizer.copyWithoutIgnorables(text, start, end, scratch);
      if (len == 0) {
        return;
      }
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = stream.reset().putChars(scratch, 0, len).getAsLong();
    }
  }
}
