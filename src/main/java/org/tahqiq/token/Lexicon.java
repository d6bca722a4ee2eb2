package org.tahqiq.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tahqiq.normalize.ArabicNormalizer;

/**
 * Reads word lists in the one lexicon convention ({@link LexiconLines}: UTF-8, one entry per line,
 * {@code #} comments, blank lines ignored, surrounding white space trimmed). Every entry is passed through {@link ArabicNormalizer} so a list
 * (or a caller's addition) may be written in any spelling and still matches normalized tokens.
 */
final class Lexicon {

  private Lexicon() {}

  /** The entries of a resource next to this class. */
  static List<String> readResource(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource org/tahqiq/token/" + name);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + name, e);
    }
  }

  /** The entries of {@code reader} (not closed); {@code what} names the source in errors. */
  static List<String> read(Reader reader, String what) throws IOException {
    List<String> out = new ArrayList<>();
    for (LexiconLines.Line line : LexiconLines.read(reader, what)) {
      out.add(normalizeEntry(line.content(), line.where()));
    }
    return out;
  }

  /**
   * Normalizes one entry and checks it is a single word; {@code where} names it in the error.
   *
   * @throws IllegalArgumentException if the entry is blank or contains white space
   */
  static String normalizeEntry(CharSequence entry, String where) {
    Objects.requireNonNull(entry, where + ": entry must not be null");
    String s = ArabicNormalizer.defaults().normalize(entry.toString().strip());
    if (s.isEmpty()) {
      throw new IllegalArgumentException(where + ": entry must not be blank");
    }
    int len = 0;
    char[] folded = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (CharClass.isSpaceOrControl(c)) {
        throw new IllegalArgumentException(
            where + ": entry '" + s + "' contains white space; one word per entry");
      }
      if (!CharClass.isIgnorable(c)) {
        folded[len++] = c;
      }
    }
    if (len == 0) {
      throw new IllegalArgumentException(where + ": entry '" + s + "' has no letters");
    }
    return new String(folded, 0, len);
  }
}
