package org.tahqiq.clean;

/**
 * Why {@link ArticleCleaner} removed a part of an article's raw text. Reasons name what the
 * removed text <em>is</em> (a tag line, a promotion), not which rule found it; the rule is in
 * {@link Removal#marker()}.
 *
 * <p>Constants are stable: new ones may be added, existing ones are never renamed, so they may be
 * stored and used in marker files.
 */
public enum RemovalReason {
  /**
   * Everything from a line that only says "read also" (اقرأ أيضًا) to the end: publishers append
   * whole unrelated articles there.
   */
  READ_ALSO_SECTION,
  /** A single "read also: &lt;headline&gt;" link line inside the story; the story goes on after it. */
  READ_ALSO_LINE,
  /** A "related articles" header (مقالات مشابهة, ذات صلة) and the list of headlines under it. */
  RELATED_ARTICLES,
  /** A tag or keyword line (كلمات دلالية: …). */
  TAGS,
  /** A source or credit line (المصدر: …, "Source link"). */
  SOURCE_CREDIT,
  /** An advertisement slot or label left in the text ([ad_1], إعلان). */
  AD_PLACEHOLDER,
  /** A call to subscribe, follow, share or try a product (newsletter, free-trial offers). */
  PROMOTION,
  /** A photo caption credit (… Getty Images, مصدر الصورة: …). */
  PHOTO_CREDIT,
  /** A publication or update time stamp line (تاريخ النشر: …). */
  PUBLICATION_DATE,
  /** A line equal (after folding) to the non-blank line before it, such as a doubled caption. */
  REPEATED_LINE,
  /** A first body line equal (after folding) to the article's separate {@code title}. */
  REPEATED_HEADLINE,
  /** A user-defined marker that fits none of the other reasons. */
  OTHER
}
