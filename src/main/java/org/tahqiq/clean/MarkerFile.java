package org.tahqiq.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Parser of the marker file format: UTF-8 text, one {@code REASON<TAB>ACTION<TAB>PHRASE} per line,
 * blank lines and lines whose first non-blank char is {@code #} ignored, a leading byte order mark
 * ignored. Fields are trimmed. Any other line is an error naming the source and line number.
 *
 * <p>Stateless; thread-safe.
 */
final class MarkerFile {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char TAB = '\t';

  private MarkerFile() {}

  /**
   * Reads every marker of {@code reader} (which is not closed).
   *
   * @param source names the input in error messages, e.g. a file name
   * @throws IllegalArgumentException for a malformed line, naming {@code source} and the line
   * @throws IOException              if reading fails
   */
  static List<BoilerplateMarker> parse(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(source, "source must not be null");
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<BoilerplateMarker> markers = new ArrayList<>();
    int lineNumber = 0;
    for (String line; (line = lines.readLine()) != null; ) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.charAt(0) == '#') {
        continue;
      }
      markers.add(parseLine(line, source, lineNumber));
    }
    return markers;
  }

  private static BoilerplateMarker parseLine(String line, String source, int lineNumber) {
    String where = source + " line " + lineNumber + ": ";
    int tab1 = line.indexOf(TAB);
    int tab2 = tab1 < 0 ? -1 : line.indexOf(TAB, tab1 + 1);
    if (tab2 < 0 || line.indexOf(TAB, tab2 + 1) >= 0) {
      throw new IllegalArgumentException(
          where + "expected REASON<TAB>ACTION<TAB>PHRASE (3 tab-separated fields) but found \""
              + line + "\"");
    }
    String reasonName = line.substring(0, tab1).strip();
    String actionName = line.substring(tab1 + 1, tab2).strip();
    String phrase = line.substring(tab2 + 1).strip();
    RemovalReason reason;
    try {
      reason = RemovalReason.valueOf(reasonName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + "unknown reason \"" + reasonName + "\"; expected one of "
              + Arrays.toString(RemovalReason.values()), e);
    }
    BoilerplateMarker.Action action;
    try {
      action = BoilerplateMarker.Action.valueOf(actionName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + "unknown action \"" + actionName + "\"; expected one of "
              + Arrays.toString(BoilerplateMarker.Action.values()), e);
    }
    try {
      return new BoilerplateMarker(reason, action, phrase);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
  }
}
