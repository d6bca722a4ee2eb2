package org.tahqiq.clean;

import java.util.List;
import java.util.Objects;

/**
 * A rule that recognises one kind of publisher boilerplate line by a phrase, for
 * {@link ArticleCleaner}. Markers are general publisher furniture ("اقرأ أيضًا", "كلمات دلالية:",
 * "Source link"), never sentences of a particular article.
 *
 * <p>Phrases are matched against a <em>folded</em> form of each line: the project's
 * {@link org.tahqiq.normalize.ArabicNormalizer}, then diacritics, tatweel and invisible format chars
 * dropped, alef/yeh/teh-marbuta/Persian letter variants and digits unified, Latin lower-cased,
 * whitespace runs collapsed and spaces before a colon removed. The phrase is folded the same way,
 * so "اقرأ أيضا" also matches "إقرأ أيضاً:" and "اقرأ أيضًا". Matching respects word boundaries:
 * a phrase that begins (ends) with a letter or digit only matches where the line has no letter or
 * digit just before (after) it.
 *
 * <p>Marker file format (UTF-8, see {@code boilerplate-markers.tsv}): one marker per line as
 * {@code REASON<TAB>ACTION<TAB>PHRASE}; blank lines and lines starting with {@code #} are ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason what a matched line is, reported in each {@link Removal}
 * @param action where the phrase must occur and what is removed
 * @param phrase the text to look for; must contain a letter or digit (other than tatweel) and no
 *               tab or line break
 */
public record BoilerplateMarker(RemovalReason reason, Action action, String phrase) {

  /** Where a marker's phrase must occur in a line, and what is removed when it does. */
  public enum Action {
    /**
     * The line, ignoring leading and trailing punctuation, is exactly the phrase: remove it and
     * everything after it. Used for "read also" headers that start appended articles. To never lose
     * a whole story, the action only cuts once at least one story line was kept; before that it
     * drops just its own line.
     */
    CUT_REST_IF_EQUALS,
    /**
     * The line, ignoring leading and trailing punctuation, is exactly the phrase: remove it and the
     * list under it. The list is the following lines (blank lines between them allowed) that either
     * all start with a bullet (•, -, ▪ …) or are all short (at most 150 chars) and do not end with
     * a full stop, as headline links are; it ends at the first other line.
     */
    DROP_LIST_IF_EQUALS,
    /** The line, ignoring leading and trailing punctuation, is exactly the phrase: drop it. */
    DROP_LINE_IF_EQUALS,
    /**
     * The line starts with the phrase (after any leading bullet or punctuation when the phrase
     * starts with a letter): drop it. Only lines no longer than the cleaner's
     * {@linkplain ArticleCleaner.Builder#maxBoilerplateLineLength(int) maximum} are dropped, and
     * only a match at the line start counts, so "وقال المصدر: إن …" inside a paragraph is kept.
     */
    DROP_LINE_IF_STARTS_WITH,
    /**
     * The line ends with the phrase (before any closing bracket or quote when the phrase ends with a
     * letter; a final full stop is <em>not</em> skipped, so sentences do not match): drop it.
     * Limited to short lines like {@link #DROP_LINE_IF_STARTS_WITH}.
     */
    DROP_LINE_IF_ENDS_WITH,
    /**
     * The line contains the phrase anywhere: drop it. A phrase may have parts separated by
     * {@code " * "} that must occur in this order with anything between them, e.g.
     * {@code "try * free"}. Limited to short lines like {@link #DROP_LINE_IF_STARTS_WITH}.
     */
    DROP_LINE_IF_CONTAINS
  }

  /** Separator of the parts of a {@link Action#DROP_LINE_IF_CONTAINS} phrase. */
  public static final String GAP = " * ";

  public BoilerplateMarker {
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(action, "action must not be null");
    Objects.requireNonNull(phrase, "phrase must not be null");
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            "phrase must not contain a tab or line break: \"" + phrase + "\"");
      }
    }
    List<String> parts = action == Action.DROP_LINE_IF_CONTAINS
        ? Folding.splitOnGap(phrase)
        : List.of(phrase);
    for (String part : parts) {
      if (!Folding.hasLetterOrDigit(Folding.fold(part, new StringBuilder()))) {
        throw new IllegalArgumentException(
            "phrase must contain a letter or digit"
                + (parts.size() > 1 ? " in every part between \"" + GAP + "\"" : "")
                + ": \"" + phrase + "\"");
      }
    }
  }

  /** The marker in marker-file form: {@code REASON<TAB>ACTION<TAB>PHRASE}. */
  public String toLine() {
    return reason + "\t" + action + "\t" + phrase;
  }
}
