package org.tahqiq.report;

/**
 * HTML text escaping for element content and quoted attribute values. Characters HTML cannot
 * carry — unpaired surrogates and C0/C1 controls other than tab, line feed and carriage return —
 * become U+FFFD REPLACEMENT CHARACTER, one per UTF-16 unit, so the text keeps its length. Stateless.
 */
final class Html {
  static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private Html() {}

  /** Appends {@code s[from, to)} escaped. */
  static void escape(StringBuilder out, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
            out.append(REPLACEMENT_CHARACTER);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** Appends {@code s} escaped. */
  static void escape(StringBuilder out, CharSequence s) {
    escape(out, s, 0, s.length());
  }
}
