package org.tahqiq.facts;

import java.nio.CharBuffer;
import java.util.Arrays;
import org.tahqiq.token.AnalyzedText;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.token.TokenSink;
import org.tahqiq.token.TokenType;
import org.tahqiq.token.Tokenizer;

/**
 * The tokens of one sentence as parallel arrays: words, numbers and punctuation, as the project
 * tokenizer ({@link Tokenizer}, the one of dedup, clustering and the diff) splits the text, read
 * for the lexicons: a number is its digits in any script with inner {@code . , / -} separators
 * followed by a digit (a colon separates two numbers: "12:30" is hours and minutes), with an
 * attached English ordinal suffix as in "14th"; a decimal separator after white space starts a
 * number; symbols count as punctuation. Offsets are into the analysed (normalized) text.
 *
 * <p>Each token has a key, the {@link Keys#fold folded} form (for numbers the ASCII digits and
 * separators without the suffix), its {@link Keys#nameKey name key} and the {@link
 * Keys#cliticForms clitic forms} of both. They are kept as slices of one char array, {@link
 * #chars}, each with its {@link Keys#hash hash}, so that lexicon lookups ({@link KeyMap}) need no
 * string per token; {@link #key(int)} and the other string views are made on demand. With a
 * {@link FirstKeys} index, each token also carries which lexicons one of its forms starts a phrase
 * of ({@link #starts}), so that most words are passed over without any lookup.
 *
 * <p>Built once per sentence and then only read; confined to one extraction call.
 */
final class Tokens {

  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte PUNCT = 3;

  /** The key space of a token: its key. */
  static final int KEY = 0;
  /** The key space of a token: its name key. */
  static final int NAME = 1;

  private static final int F = Keys.MAX_CLITIC_FORMS;

  int size;
  int[] start;
  int[] end;
  byte[] type;
  /** Whether a number carried an English ordinal suffix ("14th"). */
  boolean[] ordinalSuffix;

  /** The folded chars of every key, name key and clitic form of the sentence. */
  char[] chars;
  private int used;
  /** Per form ({@link #slot}): offset in {@link #chars}, length and hash. */
  int[] formOff;
  int[] formLen;
  long[] formHash;
  private int formUsed;
  /** Per token and space ({@code 2 * i + space}): the index of its first form. */
  private int[] formBase;
  /** Per token and space ({@code 2 * i + space}): the number of clitic forms. */
  byte[] formCount;
  /**
   * Per token and space, {@link FirstKeys} bits: {@code starts[4i + 2space]} of the key (or name
   * key) alone, {@code starts[4i + 2space + 1]} of any of its clitic forms. All bits set without
   * an index.
   */
  int[] starts;

  /** The stemmer whose protected words keep their clitic letters; null when none. */
  private ArabicLightStemmer protection;

  private String[] keys;
  private String[] nameKeys;
  private String[][] cliticForms;
  private String[][] nameCliticForms;

  private Tokens(int capacity) {
    start = new int[capacity];
    end = new int[capacity];
    type = new byte[capacity];
    ordinalSuffix = new boolean[capacity];
    formOff = new int[capacity];
    formLen = new int[capacity];
  }

  /** Tokenizes {@code text[from, to)} without a first-key index (for lexicon phrases). */
  static Tokens of(char[] text, int from, int to) {
    return of(text, from, to, null);
  }

  /** Tokenizes {@code text[from, to)}; {@code index} may be null; no word is protected. */
  static Tokens of(char[] text, int from, int to, FirstKeys index) {
    Tokens t = sized(from, to, null);
    Tokenizer.defaults().tokenize(CharBuffer.wrap(text, from, to - from), t.new Reader(text, from, to, from));
    t.forms(index);
    return t;
  }

  /**
   * The tokens of {@code text[from, to)}, read from {@code analysis} (the text core's tokens of the
   * whole text, whose chars {@code text} holds): those that tokenizing the slice alone gives.
   * {@code index} and {@code protection} may be null. A word's clitic forms end at the first one
   * that {@code protection} protects from stemming: "وست" in "وست هام" (West Ham), once protected,
   * is never also read as "ست" (six).
   */
  static Tokens of(AnalyzedText analysis, char[] text, int from, int to, FirstKeys index,
      ArabicLightStemmer protection) {
    Tokens t = sized(from, to, protection);
    analysis.tokens(from, to, t.new Reader(text, from, to, 0));
    t.forms(index);
    return t;
  }

  private static Tokens sized(int from, int to, ArabicLightStemmer protection) {
    Tokens t = new Tokens(Math.max(4, (to - from) / 4));
    t.protection = protection;
    t.chars = new char[Math.max(16, (to - from) + (to - from) / 2)];
    return t;
  }

  /**
   * Turns the project tokenizer's tokens ({@link Tokenizer}, the one tokenizer of dedup,
   * clustering and the diff) into this class's words, numbers and punctuation, with three
   * readings the lexicons need: a number's key is its ASCII digits and separators, and a colon
   * between digits separates two numbers ("12:30" is hours and minutes, read by the time rules);
   * an English ordinal suffix right after a number ("14th") is part of it; a decimal separator
   * after white space starts a number ("٫٧٧", the normalizer may make it '.').
   */
  private final class Reader implements TokenSink {
    private final char[] text;
    private final int from;
    private final int to;
    /** What to add to a reported offset to make it an index of {@link #text}. */
    private final int base;

    /** Reads the tokens of {@code text[from, to)}, reported at offsets {@code base} before theirs. */
    Reader(char[] text, int from, int to, int base) {
      this.text = text;
      this.from = from;
      this.to = to;
      this.base = base;
    }

    @Override
    public void token(CharSequence view, int start, int end, TokenType type) {
      int s = base + start;
      int e = base + end;
      switch (type) {
        case NUMBER -> number(s, e);
        case LATIN_WORD -> {
          if (!ordinalSuffix(s, e)) {
            word(s, e, WORD);
          }
        }
        case ARABIC_WORD -> word(s, e, WORD);
        case OTHER -> word(s, e, Character.isLetter(Character.codePointAt(text, s, to)) ? WORD : PUNCT);
        default -> word(s, e, PUNCT); // punctuation and symbols
      }
    }

    /** A token of type {@code ty} whose key is the folded chars of {@code [s, e)}; none if empty. */
    private void word(int s, int e, byte ty) {
      int k0 = used;
      for (int i = s; i < e; i++) {
        char f = Keys.foldEntry(text[i]);
        if (f != Keys.DROPPED) {
          put(f);
        }
      }
      if (used > k0) {
        add(s, e, ty, k0, false);
      }
    }

    private void number(int s, int e) {
      if (size > 0 && type[size - 1] == PUNCT && end[size - 1] == s && s - start[size - 1] == 1) {
        int p = start[size - 1];
        char c = text[p];
        if ((c == Keys.ARABIC_DECIMAL_SEPARATOR || c == '.') && (p == from || Character.isWhitespace(text[p - 1]))) {
          size--; // the separator starts this number
          used = formOff[size];
          s = p;
        }
      }
      int k0 = used;
      int first = s;
      for (int i = s; i < e; i++) {
        char c = text[i];
        int d = digit(c);
        if (d >= 0) {
          put((char) ('0' + d));
        } else if (c == ':') {
          add(first, i, NUMBER, k0, false);
          k0 = used;
          put(':');
          add(i, i + 1, PUNCT, k0, false);
          k0 = used;
          first = i + 1;
        } else if (separator(c)) {
          put(c == Keys.ARABIC_DECIMAL_SEPARATOR ? '.' : c == Keys.ARABIC_THOUSANDS_SEPARATOR ? ',' : c);
        } else {
          add(first, i, NUMBER, k0, false); // marks after the digits are not part of the number
          return;
        }
      }
      add(first, e, NUMBER, k0, false);
    }

    /** Joins {@code [s, e)} to the number just before it when it is an English ordinal suffix. */
    private boolean ordinalSuffix(int s, int e) {
      if (e - s != 2 || size == 0 || type[size - 1] != NUMBER || end[size - 1] != s
          || e < to && Character.isLetter(text[e])) {
        return false;
      }
      char a = asciiLower(text[s]);
      char b = asciiLower(text[s + 1]);
      if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
        end[size - 1] = e;
        ordinalSuffix[size - 1] = true;
        return true;
      }
      return false;
    }
  }

  /** The value 0..9 of a decimal digit of any script, else -1. */
  private static int digit(char c) {
    int d = Keys.digit(c);
    return d >= 0 ? d : Character.digit(c, 10);
  }

  private static boolean separator(char c) {
    return c == '.' || c == ',' || c == '/' || c == '-' || c == Keys.ARABIC_DECIMAL_SEPARATOR
        || c == Keys.ARABIC_THOUSANDS_SEPARATOR;
  }

  /** Lower case of an ASCII letter, else {@code c}; no other char lower-cases to ASCII "st/nd/rd/th". */
  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private void put(char c) {
    if (used == chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    chars[used++] = c;
  }

  /** Adds a token whose key is {@code chars[k0, used)}. */
  private void add(int s, int e, byte ty, int k0, boolean suffix) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      type = Arrays.copyOf(type, cap);
      ordinalSuffix = Arrays.copyOf(ordinalSuffix, cap);
      formOff = Arrays.copyOf(formOff, cap);
      formLen = Arrays.copyOf(formLen, cap);
    }
    start[size] = s;
    end[size] = e;
    type[size] = ty;
    ordinalSuffix[size] = suffix;
    formOff[size] = k0; // the key slice until forms() lays out the form arrays
    formLen[size] = used - k0;
    size++;
  }

  /** Index of form {@code f} of token {@code i} in key space {@code space}. */
  private int slot(int i, int space, int f) {
    return formBase[(i << 1) + space] + f;
  }

  /** Lays out the name key and the clitic forms of every token, with their hashes and start bits. */
  private void forms(FirstKeys index) {
    int[] keyOff = formOff;
    int[] keyLen = formLen;
    int cap = size * 2 + 8;
    formOff = new int[cap];
    formLen = new int[cap];
    formHash = new long[cap];
    formBase = new int[size * 2];
    formCount = new byte[size * 2];
    starts = new int[size * 4];
    int[] slices = new int[2 * F];
    for (int i = 0; i < size; i++) {
      int off = keyOff[i];
      int len = keyLen[i];
      int n = layout(i, KEY, off, len, slices);
      // numbers and punctuation have no letter that a name key folds
      int nameOff = type[i] == WORD ? nameKeyOf(off, len) : off;
      if (nameOff == off) {
        formBase[2 * i + NAME] = formBase[2 * i + KEY]; // the same forms
        formCount[2 * i + NAME] = (byte) n;
        if (index == null) {
          Arrays.fill(starts, 4 * i, 4 * i + 4, -1);
          continue;
        }
        int b = formBase[2 * i + KEY];
        int first = index.bits(chars, formOff[b], formLen[b], formHash[b]);
        int any = first;
        for (int f = 1; f < n; f++) {
          any |= index.bits(chars, formOff[b + f], formLen[b + f], formHash[b + f]);
        }
        starts[4 * i] = first & FirstKeys.KEY_BITS;
        starts[4 * i + 1] = any & FirstKeys.KEY_BITS;
        starts[4 * i + 2] = first & FirstKeys.NAME_BITS;
        starts[4 * i + 3] = any & FirstKeys.NAME_BITS;
      } else {
        int m = layout(i, NAME, nameOff, len, slices);
        if (index == null) {
          Arrays.fill(starts, 4 * i, 4 * i + 4, -1);
          continue;
        }
        starts[4 * i] = bits(index, i, KEY, 0, 1) & FirstKeys.KEY_BITS;
        starts[4 * i + 1] = bits(index, i, KEY, 0, n) & FirstKeys.KEY_BITS;
        starts[4 * i + 2] = bits(index, i, NAME, 0, 1) & FirstKeys.NAME_BITS;
        starts[4 * i + 3] = bits(index, i, NAME, 0, m) & FirstKeys.NAME_BITS;
      }
    }
  }

  private int bits(FirstKeys index, int i, int space, int from, int to) {
    int b = 0;
    for (int f = from; f < to; f++) {
      int s = slot(i, space, f);
      b |= index.bits(chars, formOff[s], formLen[s], formHash[s]);
    }
    return b;
  }

  /**
   * Lays out the clitic forms of the key {@code chars[off, off + len)} as token {@code i}'s forms in
   * {@code space}; returns their count. Forms start at {@code off}, {@code off + 1} or {@code off +
   * 2}, so the backward hashes of those three suffixes give every form's hash.
   */
  private int layout(int i, int space, int off, int len, int[] slices) {
    int n = Keys.cliticForms(chars, off, len, slices);
    if (formUsed + n > formOff.length) {
      int cap = Math.max(formOff.length * 2, formUsed + n);
      formOff = Arrays.copyOf(formOff, cap);
      formLen = Arrays.copyOf(formLen, cap);
      formHash = Arrays.copyOf(formHash, cap);
    }
    long h2 = len > 2 ? Keys.hash(chars, off + 2, len - 2) : 0;
    long h1 = len > 2 ? Keys.hashStep(h2, chars[off + 1]) : 0;
    long h0 = len > 2 ? Keys.hashStep(h1, chars[off]) : Keys.hash(chars, off, len);
    int base = formUsed;
    for (int f = 0; f < n; f++) {
      int o = slices[2 * f];
      int l = slices[2 * f + 1];
      long h;
      if (l < 0) {
        l = ~l; // read the first lam as alef: a copy of the form
        h = Keys.hashStep(o + 1 == off + 1 ? h1 : h2, Keys.ALEF);
        int copy = used;
        ensure(l);
        chars[used++] = Keys.ALEF;
        System.arraycopy(chars, o + 1, chars, used, l - 1);
        used += l - 1;
        o = copy;
      } else {
        h = o == off ? h0 : o == off + 1 ? h1 : h2;
      }
      formOff[base + f] = o;
      formLen[base + f] = l;
      formHash[base + f] = h;
    }
    if (protection != null && type[i] == WORD) {
      for (int f = 0; f < n - 1; f++) {
        if (protection.isProtected(chars, formOff[base + f], formLen[base + f])) {
          n = f + 1; // a protected form is read whole, as the stemmer keeps it
          break;
        }
      }
    }
    formUsed += n;
    formBase[2 * i + space] = base;
    formCount[2 * i + space] = (byte) n;
    return n;
  }

  /** The offset of the name key of the key {@code chars[off, off + len)}: {@code off} when it is the same. */
  private int nameKeyOf(int off, int len) {
    int k = off;
    while (k < off + len && Keys.nameChar(chars[k]) == chars[k]) {
      k++;
    }
    if (k == off + len) {
      return off;
    }
    ensure(len);
    int copy = used;
    for (int j = off; j < off + len; j++) {
      chars[used++] = Keys.nameChar(chars[j]);
    }
    return copy;
  }

  private void ensure(int more) {
    if (used + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + more));
    }
  }

  /** The folded key of token {@code i}, made once. */
  String key(int i) {
    if (keys == null) {
      keys = new String[size];
    }
    String k = keys[i];
    if (k == null) {
      int s = slot(i, KEY, 0);
      k = keys[i] = new String(chars, formOff[s], formLen[s]);
    }
    return k;
  }

  /** The length of token {@code i}'s key. */
  int keyLength(int i) {
    return formLen[slot(i, KEY, 0)];
  }

  /** The first char of token {@code i}'s key. */
  char keyChar(int i) {
    return chars[formOff[slot(i, KEY, 0)]];
  }

  /** Whether token {@code i}'s key equals {@code s}. */
  boolean keyIs(int i, String s) {
    int o = formOff[slot(i, KEY, 0)];
    int l = formLen[slot(i, KEY, 0)];
    if (l != s.length()) {
      return false;
    }
    for (int k = 0; k < l; k++) {
      if (chars[o + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The folded keys, for tokenizing a lexicon phrase. */
  String[] keys() {
    String[] out = new String[size];
    for (int i = 0; i < size; i++) {
      out[i] = key(i);
    }
    return out;
  }

  /** The {@link Keys#cliticForms clitic forms} of token {@code i}'s key, made once. */
  String[] cliticForms(int i) {
    if (cliticForms == null) {
      cliticForms = new String[size][];
    }
    String[] f = cliticForms[i];
    if (f == null) {
      f = cliticForms[i] = strings(i, KEY);
    }
    return f;
  }

  /** The {@link Keys#cliticForms clitic forms} of token {@code i}'s name key, made once. */
  String[] nameCliticForms(int i) {
    if (nameCliticForms == null) {
      nameCliticForms = new String[size][];
    }
    String[] f = nameCliticForms[i];
    if (f == null) {
      f = nameCliticForms[i] = strings(i, NAME);
    }
    return f;
  }

  private String[] strings(int i, int space) {
    int n = formCount[2 * i + space];
    String[] out = new String[n];
    out[0] = space == KEY ? key(i) : nameKey(i);
    for (int f = 1; f < n; f++) {
      int s = slot(i, space, f);
      out[f] = new String(chars, formOff[s], formLen[s]);
    }
    return out;
  }

  /** The {@link Keys#nameKey name key} of token {@code i}, made once. */
  String nameKey(int i) {
    if (nameKeys == null) {
      nameKeys = new String[size];
    }
    String k = nameKeys[i];
    if (k == null) {
      int s = slot(i, NAME, 0);
      k = nameKeys[i] = s == slot(i, KEY, 0) ? key(i) : new String(chars, formOff[s], formLen[s]);
    }
    return k;
  }

  /** The value of form {@code f} of token {@code i} in {@code space} in {@code map}, or null. */
  <V> V lookup(KeyMap<V> map, int i, int space, int f) {
    int s = slot(i, space, f);
    return map.get(chars, formOff[s], formLen[s], formHash[s]);
  }

  /** The number of clitic forms of token {@code i} in {@code space}. */
  int formCount(int i, int space) {
    return formCount[2 * i + space];
  }

  /**
   * The {@link FirstKeys} bits of token {@code i} in {@code space}: of any of its clitic forms with
   * {@code clitics}, else of the key alone.
   */
  int starts(int i, int space, boolean clitics) {
    return starts[4 * i + 2 * space + (clitics ? 1 : 0)];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && type[i] == NUMBER;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && type[i] == PUNCT && keyChar(i) == c;
  }

  /** Whether token {@code i} directly follows token {@code i - 1} without a space. */
  boolean attached(int i) {
    return i > 0 && i < size && start[i] == end[i - 1];
  }
}
