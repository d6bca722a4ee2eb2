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

/**
 * The project's one reader of lexicon files, which every word list and table users extend is
 * written in (stopwords, protected words, the fact extractor's lexicons and gazetteer, the fact
 * diff's synonyms, roles, antonyms, polarity cues and seats). The convention:
 *
 * <ul>
 *   <li>UTF-8 text, one entry a line; a byte order mark on the first line is ignored;
 *   <li>a {@code #} at the start of a line or after white space starts a comment that runs to the
 *       end of the line (a {@code #} inside a word is kept: {@code C#});
 *   <li>lines blank after that are skipped;
 *   <li>fields are separated by TAB and stripped; their positions are kept (an empty field between
 *       two TABs is an empty string).
 * </ul>
 *
 * Reading a caller's {@link Reader} never closes it; errors name the source and the line.
 * Stateless; thread-safe. (Boilerplate marker files, whose phrases are literal text that may hold
 * {@code #}, take comments only at the start of a line: {@code clean.MarkerFile}.)
 */
public final class LexiconLines {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private LexiconLines() {}

  /**
   * A non-comment line: its TAB-separated, stripped fields, and where it came from.
   *
   * @param fields the fields, at least one, the first non-empty unless the line starts with a TAB
   * @param source the name of the input, as given to {@link #read}
   * @param number the line's number, from 1
   */
  public record Line(List<String> fields, String source, int number) {
    /** Copies the fields. */
    public Line {
      fields = List.copyOf(fields);
      Objects.requireNonNull(source, "source must not be null");
    }

    /** The line's content: its fields joined by TAB. */
    public String content() {
      return String.join("\t", fields);
    }

    /** "{@code source} line {@code number}", for messages. */
    public String where() {
      return source + " line " + number;
    }

    /** An {@link IllegalArgumentException} naming this line. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where() + ": " + message);
    }
  }

  /**
   * The lines of {@code reader} (not closed), reported as coming from {@code source}.
   *
   * @throws IOException if reading fails
   */
  public static List<Line> read(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(source, "source must not be null");
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Line> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      String content = withoutComment(line).strip();
      if (content.isEmpty()) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (String f : content.split("\t")) {
        fields.add(f.strip());
      }
      out.add(new Line(fields, source, number));
    }
    return out;
  }

  /**
   * The lines of the resource {@code name} next to {@code anchor}'s class, for bundled lexicons.
   *
   * @throws IllegalStateException if the resource is missing (a broken build)
   */
  public static List<Line> readResource(Class<?> anchor, String name) {
    String path = anchor.getPackageName().replace('.', '/') + "/" + name;
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** {@code line} up to its first {@code #} at the start or after white space. */
  static String withoutComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
