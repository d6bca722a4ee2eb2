package org.tahqiq.token;

import java.io.BufferedReader;
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
 * Reads word lists: UTF-8, one entry per line, {@code #} starts a comment, blank lines ignored,
 * surrounding white space trimmed. Every entry is passed through {@link ArabicNormalizer} so a list
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
    Objects.requireNonNull(reader, "reader must not be null");
    BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<String> out = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = br.readLine()) != null) {
      lineNo++;
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (lineNo == 1 && !entry.isEmpty() && entry.charAt(0) == '\uFEFF') {
        entry = entry.substring(1).strip(); // UTF-8 byte order mark
      }
      if (!entry.isEmpty()) {
        out.add(normalizeEntry(entry, what + " line " + lineNo));
      }
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
