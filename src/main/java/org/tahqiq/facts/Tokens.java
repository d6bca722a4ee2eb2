package org.tahqiq.facts;

import java.util.Arrays;

/**
 * The tokens of one sentence as parallel arrays: words (letters with their marks), numbers (digits
 * in any Arabic or ASCII script, with inner {@code . , / -} separators followed by a digit, and an
 * attached English ordinal suffix as in "14th") and single punctuation chars. Offsets are into the
 * analysed (normalized) text. {@link #key} holds the {@link Keys#fold folded} form; for numbers the
 * ASCII digits and separators without the suffix.
 *
 * <p>Built once per sentence and then only read; confined to one extraction call.
 */
final class Tokens {

  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte PUNCT = 3;

  int size;
  int[] start = new int[16];
  int[] end = new int[16];
  byte[] type = new byte[16];
  String[] key = new String[16];
  /** Whether a number carried an English ordinal suffix ("14th"). */
  boolean[] ordinalSuffix = new boolean[16];
  private String[] nameKeys;
  private String[][] cliticForms;
  private String[][] nameCliticForms;

  /** Tokenizes {@code text[from, to)}. */
  static Tokens of(CharSequence text, int from, int to) {
    Tokens t = new Tokens();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Keys.digit(c) >= 0
          || (c == Keys.ARABIC_DECIMAL_SEPARATOR || c == '.') && i + 1 < to
              && Keys.digit(text.charAt(i + 1)) >= 0
              && (i == from || Character.isWhitespace(text.charAt(i - 1)))) {
        // a number; "٫٧٧" (0.77) starts at its decimal separator (the normalizer may make it '.')
        i = t.number(text, i, to);
      } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        int s = i;
        while (i < to && (Character.isLetter(text.charAt(i)) || wordInner(text.charAt(i)))) {
          i++;
        }
        String k = Keys.fold(text, s, i);
        if (k.isEmpty()) {
          continue;
        }
        t.add(s, i, WORD, k, false);
      } else {
        if (!Keys.ignorable(c)) {
          t.add(i, i + 1, PUNCT, Keys.fold(text, i, i + 1), false);
        }
        i++;
      }
    }
    return t;
  }

  private static boolean wordInner(char c) {
    int ty = Character.getType(c);
    return ty == Character.NON_SPACING_MARK || ty == Character.ENCLOSING_MARK || c == '\u200C'
        || c == '\u200D';
  }

  private static boolean separator(char c) {
    return c == '.' || c == ',' || c == '/' || c == '-' || c == Keys.ARABIC_DECIMAL_SEPARATOR
        || c == Keys.ARABIC_THOUSANDS_SEPARATOR;
  }

  private int number(CharSequence text, int s, int to) {
    StringBuilder k = new StringBuilder();
    int i = s;
    while (i < to) {
      char c = text.charAt(i);
      int d = Keys.digit(c);
      if (d >= 0) {
        k.append((char) ('0' + d));
        i++;
      } else if (separator(c) && i + 1 < to && Keys.digit(text.charAt(i + 1)) >= 0) {
        k.append(c == Keys.ARABIC_DECIMAL_SEPARATOR ? '.' : c == Keys.ARABIC_THOUSANDS_SEPARATOR ? ',' : c);
        i++;
      } else {
        break;
      }
    }
    boolean suffix = false;
    if (i + 1 < to && (i + 2 == to || !Character.isLetter(text.charAt(i + 2)))) {
      String sfx = ("" + text.charAt(i) + text.charAt(i + 1)).toLowerCase(java.util.Locale.ROOT);
      if (sfx.equals("st") || sfx.equals("nd") || sfx.equals("rd") || sfx.equals("th")) {
        suffix = true;
        i += 2;
      }
    }
    add(s, i, NUMBER, k.toString(), suffix);
    return i;
  }

  private void add(int s, int e, byte ty, String k, boolean suffix) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      type = Arrays.copyOf(type, cap);
      key = Arrays.copyOf(key, cap);
      ordinalSuffix = Arrays.copyOf(ordinalSuffix, cap);
    }
    start[size] = s;
    end[size] = e;
    type[size] = ty;
    key[size] = k;
    ordinalSuffix[size] = suffix;
    size++;
  }

  /** The folded keys, for tokenizing a lexicon phrase. */
  String[] keys() {
    return Arrays.copyOf(key, size);
  }

  /** The {@link Keys#cliticForms clitic forms} of token {@code i}'s key, computed once. */
  String[] cliticForms(int i) {
    if (cliticForms == null) {
      cliticForms = new String[size][];
    }
    String[] f = cliticForms[i];
    if (f == null) {
      f = cliticForms[i] = Keys.cliticForms(key[i]);
    }
    return f;
  }

  /** The {@link Keys#cliticForms clitic forms} of token {@code i}'s name key, computed once. */
  String[] nameCliticForms(int i) {
    if (nameCliticForms == null) {
      nameCliticForms = new String[size][];
    }
    String[] f = nameCliticForms[i];
    if (f == null) {
      f = nameCliticForms[i] = Keys.cliticForms(nameKey(i));
    }
    return f;
  }

  /** The {@link Keys#nameKey name key} of token {@code i}, computed once. */
  String nameKey(int i) {
    if (nameKeys == null) {
      nameKeys = new String[size];
    }
    String k = nameKeys[i];
    if (k == null) {
      k = nameKeys[i] = Keys.nameKey(key[i]);
    }
    return k;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && type[i] == NUMBER;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && type[i] == PUNCT && key[i].charAt(0) == c;
  }

  /** Whether token {@code i} directly follows token {@code i - 1} without a space. */
  boolean attached(int i) {
    return i > 0 && i < size && start[i] == end[i - 1];
  }
}
