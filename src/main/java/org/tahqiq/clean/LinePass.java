package org.tahqiq.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tahqiq.article.Article;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;

/**
 * One cleaning run over one article: a single forward pass over the raw lines, deciding for each
 * line whether to keep it, and appending kept lines to a {@link MappedText} builder. Lines are
 * folded by {@link KeyFolder} into two buffers that take turns (the current line's key, and the
 * previous kept line's for repeat detection), so a line allocates nothing but its removal record,
 * if any.
 *
 * <p>Not thread-safe; used once by one thread.
 */
final class LinePass {

  /** Longest unbulleted line taken as a related-list item (headline links are short). */
  static final int MAX_PLAIN_LIST_ITEM_LENGTH = 150;

  private static final char LINE_FEED = '\n';
  private static final char CARRIAGE_RETURN = '\r';
  private static final char NEXT_LINE = '\u0085';
  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';
  private static final char FULL_STOP = '.';
  private static final char ARABIC_FULL_STOP = '\u06D4';
  private static final char IDEOGRAPHIC_FULL_STOP = '\u3002';

  private enum ListStyle { UNKNOWN, BULLETED, PLAIN }

  private final ArticleCleaner cleaner;
  private final Article article;
  private final String raw;
  private final MappedText.Builder out;
  /**
   * Whether LF is the only line break in the text, as in most crawled articles: lines are then
   * found with {@link String#indexOf(int, int)}, which the JVM vectorizes, instead of testing
   * every char for all five breaks (four such searches over the whole text cost far less).
   */
  private final boolean lineFeedsOnly;
  private final List<Removal> removals = new ArrayList<>();
  private final KeyFolder.Scratch scratch = new KeyFolder.Scratch();
  private final MarkerIndex.Scratch markerScratch = new MarkerIndex.Scratch();

  // The line being looked at: [start, contentEnd) content, [contentEnd, end) its line break,
  // [trimStart, trimEnd) content without surrounding blanks; key is its folded form.
  private int start;
  private int contentEnd;
  private int end;
  private int trimStart;
  private int trimEnd;
  private KeyFolder.Key key = new KeyFolder.Key();
  private int coreStart;
  private int coreEnd;

  // Line-break bookkeeping for joining kept lines.
  private int prevBreakStart = -1; // line break of the previous raw line
  private int prevBreakEnd = -1;
  private int keptBreakStart = -1; // line break after the last kept line
  private int keptBreakEnd = -1;
  private int paragraphStart = -1; // see onBlankLine; -1: no blank line since the last kept one
  private int paragraphMid;
  private int paragraphBlank;
  private int paragraphEnd;
  private boolean paragraphKeepsSpaces;
  private boolean anyKept;

  // Repeat detection: folded core of the previous line no marker dropped, as a region of its key
  // (no copy per line: the key buffers change roles instead).
  private final char[] titleCore;
  private KeyFolder.Key previousKey;
  private int previousCoreStart;
  private int previousCoreEnd;

  // Open related list, if any.
  private CompiledMarker listMarker;
  private int listStart;
  private int listEnd;
  private ListStyle listStyle;

  LinePass(ArticleCleaner cleaner, Article article) {
    this.cleaner = cleaner;
    this.article = article;
    this.raw = article.text();
    this.out = MappedText.builder(raw, raw.length());
    this.lineFeedsOnly = raw.indexOf(CARRIAGE_RETURN) < 0 && raw.indexOf(NEXT_LINE) < 0
        && raw.indexOf(LINE_SEPARATOR) < 0 && raw.indexOf(PARAGRAPH_SEPARATOR) < 0;
    this.titleCore = cleaner.dropRepeatedLines() && article.title().isPresent()
        ? titleCore(article.title().get())
        : null;
  }

  CleanedArticle run() {
    int n = raw.length();
    for (int pos = 0; pos < n; pos = end) {
      readLine(pos);
      if (trimStart == trimEnd) {
        onBlankLine();
      } else if (!onContentLine()) {
        break; // the rest was cut
      }
      prevBreakStart = contentEnd;
      prevBreakEnd = end;
    }
    closeList();
    return new CleanedArticle(article, out.build(), removals);
  }

  private void readLine(int pos) {
    start = pos;
    int n = raw.length();
    int i;
    if (lineFeedsOnly) {
      i = raw.indexOf(LINE_FEED, pos);
      if (i < 0) {
        i = n;
      }
    } else {
      i = pos;
      while (i < n && !isLineBreak(raw.charAt(i))) {
        i++;
      }
    }
    contentEnd = i;
    if (i < n) {
      i += raw.charAt(i) == CARRIAGE_RETURN && i + 1 < n && raw.charAt(i + 1) == LINE_FEED ? 2 : 1;
    }
    end = i;
    int s = start;
    while (s < contentEnd && Folding.isBlank(raw.charAt(s))) {
      s++;
    }
    int e = contentEnd;
    while (e > s && Folding.isBlank(raw.charAt(e - 1))) {
      e--;
    }
    trimStart = s;
    trimEnd = e;
  }

  private void onBlankLine() {
    // The first blank line since the last kept one decides the paragraph break: the previous
    // raw line's break plus the blank line's own break, in raw order, without its spaces. Only if
    // that would splice a lone CR and an LF into one CRLF break are the spaces kept between them.
    if (anyKept && paragraphStart < 0 && end > contentEnd && prevBreakStart >= 0) {
      paragraphStart = prevBreakStart;
      paragraphMid = prevBreakEnd;
      paragraphBlank = contentEnd;
      paragraphEnd = end;
      paragraphKeepsSpaces = prevBreakEnd - prevBreakStart == 1
          && raw.charAt(prevBreakStart) == CARRIAGE_RETURN
          && raw.charAt(contentEnd) == LINE_FEED;
    }
  }

  /** Handles a non-blank line; returns false when the rest of the text was cut. */
  private boolean onContentLine() {
    cleaner.keyFolder().fold(raw, trimStart, trimEnd, key, scratch);
    coreStart = key.coreStart();
    coreEnd = Math.max(coreStart, key.coreEnd());

    CompiledMarker cut = first(cleaner.cutMarkers());
    CompiledMarker list = cut == null ? first(cleaner.listMarkers()) : null;
    if (listMarker != null) {
      if (cut == null && list == null && isListItem()) {
        listEnd = trimEnd;
        return true;
      }
      closeList();
    }
    if (cut != null) {
      if (anyKept) {
        remove(cut, trimStart, lastNonBlank());
        return false;
      }
      remove(cut, trimStart, trimEnd); // never cut away the whole story
      return true;
    }
    if (list != null) {
      listMarker = list;
      listStart = trimStart;
      listEnd = trimEnd;
      listStyle = ListStyle.UNKNOWN;
      return true;
    }
    if (trimEnd - trimStart <= cleaner.maxBoilerplateLineLength()) {
      CompiledMarker line = first(cleaner.lineMarkers());
      if (line != null) {
        remove(line, trimStart, trimEnd);
        return true;
      }
    }
    if (cleaner.dropRepeatedLines()) {
      boolean first = previousKey == null;
      KeyFolder.Key prevKey = previousKey;
      int prevStart = previousCoreStart;
      int prevEnd = previousCoreEnd;
      KeyFolder.Key current = key;
      // This line becomes the previous one; the next line is folded into the other buffer.
      previousKey = current;
      previousCoreStart = coreStart;
      previousCoreEnd = coreEnd;
      key = first ? new KeyFolder.Key() : prevKey;
      int coreLength = coreEnd - coreStart;
      if (first && titleCore != null && coreLength == titleCore.length
          && Arrays.equals(current.chars, coreStart, coreEnd, titleCore, 0, coreLength)) {
        removeRepeat(RemovalReason.REPEATED_HEADLINE);
        return true;
      }
      if (!first && coreLength > 0 && coreLength == prevEnd - prevStart
          && Arrays.equals(current.chars, coreStart, coreEnd, prevKey.chars, prevStart, prevEnd)) {
        removeRepeat(RemovalReason.REPEATED_LINE);
        return true;
      }
    }
    keep();
    return true;
  }

  private CompiledMarker first(MarkerIndex markers) {
    return markers.first(key, coreStart, coreEnd, markerScratch);
  }

  private boolean isListItem() {
    if (trimEnd - trimStart > cleaner.maxBoilerplateLineLength()) {
      return false;
    }
    boolean bulleted = isBullet(raw.charAt(trimStart));
    boolean plain = !bulleted
        && trimEnd - trimStart <= MAX_PLAIN_LIST_ITEM_LENGTH
        && !endsWithFullStop();
    if (listStyle == ListStyle.UNKNOWN) {
      listStyle = bulleted ? ListStyle.BULLETED : ListStyle.PLAIN;
    }
    return listStyle == ListStyle.BULLETED ? bulleted : plain;
  }

  private boolean endsWithFullStop() {
    int e = trimEnd;
    while (e > trimStart && isClosingQuote(raw.charAt(e - 1))) {
      e--;
    }
    if (e == trimStart) {
      return false;
    }
    char c = raw.charAt(e - 1);
    return c == FULL_STOP || c == ARABIC_FULL_STOP || c == IDEOGRAPHIC_FULL_STOP;
  }

  private void closeList() {
    if (listMarker != null) {
      remove(listMarker, listStart, listEnd);
      listMarker = null;
    }
  }

  private void keep() {
    if (anyKept) {
      appendBreak();
    }
    out.appendRaw(trimStart, trimEnd);
    anyKept = true;
    keptBreakStart = contentEnd;
    keptBreakEnd = end;
    paragraphStart = -1;
  }

  /** Appends, between the last kept line and this one, one raw line break or a paragraph break. */
  private void appendBreak() {
    if (paragraphStart < 0) {
      appendRaw(keptBreakStart, keptBreakEnd);
    } else if (paragraphKeepsSpaces) {
      appendRaw(paragraphStart, paragraphEnd);
    } else {
      appendRaw(paragraphStart, paragraphMid);
      appendRaw(paragraphBlank, paragraphEnd);
    }
  }

  private void appendRaw(int from, int to) {
    out.appendRaw(from, to);
  }

  private void remove(CompiledMarker marker, int from, int to) {
    removals.add(new Removal(
        marker.marker.reason(), new TextSpan(from, to), Optional.of(marker.marker)));
  }

  private void removeRepeat(RemovalReason reason) {
    removals.add(new Removal(reason, new TextSpan(trimStart, trimEnd), Optional.empty()));
  }

  private int lastNonBlank() {
    int e = raw.length();
    while (e > trimEnd && Folding.isBlank(raw.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The folded core of {@code title}, or null if it has no letter or digit. */
  private char[] titleCore(String title) {
    // Folded into the line-key buffer, which the first line overwrites anyway.
    cleaner.keyFolder().fold(title, 0, title.length(), key, scratch);
    int from = key.coreStart();
    int to = key.coreEnd();
    return from < to ? Arrays.copyOfRange(key.chars, from, to) : null;
  }

  static boolean isLineBreak(char c) {
    if (c > NEXT_LINE && c < LINE_SEPARATOR) {
      return false; // Arabic and most other letters: decided by two compares (a range test)
    }
    return c == LINE_FEED || c == CARRIAGE_RETURN || c == NEXT_LINE
        || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '\u00BB' || c == '\u201D' || c == '\u2019';
  }

  private static boolean isBullet(char c) {
    switch (c) {
      case '-', '*', '+',
          '\u00B7', // MIDDLE DOT
          '\u2013', // EN DASH
          '\u2014', // EM DASH
          '\u2022', // BULLET
          '\u2023', // TRIANGULAR BULLET
          '\u2043', // HYPHEN BULLET
          '\u25A0', // BLACK SQUARE
          '\u25A1', // WHITE SQUARE
          '\u25AA', // BLACK SMALL SQUARE
          '\u25B6', // BLACK RIGHT-POINTING TRIANGLE
          '\u25BA', // BLACK RIGHT-POINTING POINTER
          '\u25C0', // BLACK LEFT-POINTING TRIANGLE
          '\u25C4', // BLACK LEFT-POINTING POINTER
          '\u25CB', // WHITE CIRCLE
          '\u25CF', // BLACK CIRCLE
          '\u25E6', // WHITE BULLET
          '\u2666': // BLACK DIAMOND SUIT
        return true;
      default:
        return false;
    }
  }
}
