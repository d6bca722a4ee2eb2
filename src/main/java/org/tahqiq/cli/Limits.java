package org.tahqiq.cli;

import org.tahqiq.article.Article;

/**
 * {@code --max-chars}: the bound on the work one article can cost. Every stage of dedup and
 * clustering is linear (or n·log n) in an article's length, but the fact diff compares sentences
 * pairwise across the articles of an event, so one pathological article (a 10 MB dump) would
 * otherwise take minutes. An article longer than the limit is analysed up to the last line break
 * (or space) before it; the note on stderr says how much was not compared. Stateless.
 */
final class Limits {
  /** The default {@code --max-chars}: above real news (of 40,000 corpus articles the longest has 153,841 chars, one has over 50,000). */
  static final int DEFAULT_MAX_CHARS = 200_000;

  /** The smallest {@code --max-chars}: a limit below a short article's length is a mistake. */
  static final int MIN_MAX_CHARS = 1_000;

  private Limits() {}

  /** Parses {@code --max-chars}: an integer of at least {@value #MIN_MAX_CHARS}. */
  static final class MaxChars implements picocli.CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a whole number");
      }
      if (n < MIN_MAX_CHARS) {
        throw new picocli.CommandLine.TypeConversionException(n + " is below " + MIN_MAX_CHARS);
      }
      return n;
    }
  }

  /**
   * {@code a} itself, or its first {@code maxChars} chars cut at a line break or space (never
   * inside a surrogate pair), with a note naming it on {@code problems}.
   */
  static InputArticle cap(InputArticle a, int maxChars, Problems problems) {
    String text = a.article().text();
    if (text.length() <= maxChars) {
      return a;
    }
    int end = cut(text, maxChars);
    Article article = a.article();
    Article capped = new Article(article.id(), article.source(), article.published(), article.title(), text.substring(0, end));
    problems.note(a.location() + ": article \"" + article.id() + "\" has " + text.length() + " chars; only the first "
        + end + " are analysed (--max-chars " + maxChars + "), the other " + (text.length() - end) + " are not compared");
    return new InputArticle(capped, a.location(), a.field());
  }

  /** The end of the prefix: the last line break, else space, in the second half of the limit. */
  static int cut(String text, int maxChars) {
    int nl = text.lastIndexOf('\n', maxChars - 1);
    if (nl >= maxChars / 2) {
      return nl + 1;
    }
    int sp = text.lastIndexOf(' ', maxChars - 1);
    if (sp >= maxChars / 2) {
      return sp + 1;
    }
    return Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
  }
}
