package org.tahqiq.diff;

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

/**
 * The one reader of the diff's lexicon files ({@code synonyms.txt}, {@code antonyms.tsv}, {@code
 * polarity.tsv}, {@code roles.tsv}): UTF-8 lines, {@code #} starts a comment, blank lines skipped,
 * fields separated by TAB. Reading a caller's {@link Reader} never closes it. Stateless.
 */
final class LexiconLines {
  private LexiconLines() {}

  /** A non-comment line: its TAB-separated, stripped fields, and where it came from. */
  record Line(List<String> fields, String source, int number) {
    /** An {@link IllegalArgumentException} naming this line. */
    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + " line " + number + ": " + message);
    }
  }

  /** The lines of {@code reader} (not closed), reported as coming from {@code source}. */
  static List<Line> read(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    BufferedReader lines = new BufferedReader(reader);
    List<Line> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (String f : content.split("\t")) {
        if (!f.isBlank()) {
          fields.add(f.strip());
        }
      }
      out.add(new Line(List.copyOf(fields), source, number));
    }
    return out;
  }

  /** The lines of the bundled resource {@code org/tahqiq/diff/<name>}. */
  static List<Line> readResource(String name) {
    InputStream in = LexiconLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/tahqiq/diff/" + name);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/tahqiq/diff/" + name, e);
    }
  }
}
