package org.tahqiq.report;

/**
 * Terminal display width of text in logical order, for aligning columns: combining marks
 * (harakat, shadda), format characters (ZWJ, bidi controls) and controls take no cell, East Asian
 * wide and fullwidth characters two, everything else one. Arabic letters count one cell each, as
 * terminals draw them; the text itself is never reordered. Stateless.
 */
final class DisplayWidth {
  /** LEFT-TO-RIGHT MARK: a zero-width strong LTR character that ends an Arabic run in a table cell. */
  static final char LEFT_TO_RIGHT_MARK = '\u200E';
  static final char HORIZONTAL_ELLIPSIS = '\u2026';

  private DisplayWidth() {}

  /** Display width of {@code s} in terminal cells. */
  static int of(CharSequence s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Display width of one code point: 0, 1 or 2. */
  static int of(int cp) {
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.CONTROL:
        return 0;
      default:
        return isWide(cp) ? 2 : 1;
    }
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Whether {@code s} has a right-to-left letter (Arabic, Hebrew, Syriac, Thaana ...). */
  static boolean hasRightToLeft(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      byte d = Character.getDirectionality(s.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code s} on one line (line breaks and tabs as spaces, runs of spaces collapsed) and cut to at
   * most {@code max} cells, ending in an ellipsis when cut. Never splits a surrogate pair.
   */
  static String fit(String s, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    StringBuilder line = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = line.length() > 0;
      } else {
        if (space) {
          line.append(' ');
          space = false;
        }
        line.append(c);
      }
    }
    if (of(line) <= max) {
      return line.toString();
    }
    int width = 0;
    int end = 0;
    while (end < line.length()) {
      int cp = Character.codePointAt(line, end);
      if (width + of(cp) > max - 1) {
        break;
      }
      width += of(cp);
      end += Character.charCount(cp);
    }
    return line.substring(0, end).stripTrailing() + HORIZONTAL_ELLIPSIS;
  }

  /**
   * Appends {@code cell} padded with spaces to {@code width} cells; a cell with right-to-left
   * letters is closed with a LEFT-TO-RIGHT MARK so that a bidi terminal keeps the columns in
   * place instead of joining neighbouring Arabic cells into one right-to-left run.
   */
  static void pad(StringBuilder out, String cell, int width) {
    out.append(cell);
    if (hasRightToLeft(cell)) {
      out.append(LEFT_TO_RIGHT_MARK);
    }
    for (int w = of(cell); w < width; w++) {
      out.append(' ');
    }
  }
}
