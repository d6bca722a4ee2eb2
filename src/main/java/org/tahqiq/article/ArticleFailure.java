package org.tahqiq.article;

import java.util.Objects;

/**
 * One article whose processing failed and was skipped: a run over many articles catches any
 * failure at the article boundary ({@code NewsAnalysis}, {@code DuplicateStream}, {@code
 * EventStream}, the command line), records it as an {@code ArticleFailure} and goes on with the
 * others, so that one article never takes a run down.
 *
 * <p>Immutable apart from the cause, which is the exception exactly as it was thrown (kept for its
 * stack trace; callers should not mutate it).
 *
 * @param articleId the failed article's id
 * @param stage     where it failed: {@link #PROCESS} (cleaning, shingling, signing, terms), {@link
 *                  #DIFF} (fact extraction or diff); free text for stages callers add
 * @param cause     the exception (or stack overflow) thrown while processing it
 */
public record ArticleFailure(String articleId, String stage, Throwable cause) {

  /** The per-article text stages: cleaning, normalizing, shingling, signing, term extraction. */
  public static final String PROCESS = "process";
  /** Fact extraction and the fact diff of the article's event. */
  public static final String DIFF = "diff";

  public ArticleFailure {
    Objects.requireNonNull(articleId, "articleId must not be null");
    Objects.requireNonNull(stage, "stage must not be null");
    Objects.requireNonNull(cause, "cause must not be null");
  }

  /**
   * Whether a failure is one a run isolates to its article: any {@link RuntimeException} and
   * {@link StackOverflowError}. Other errors ({@link OutOfMemoryError}, {@link
   * LinkageError}) mean the whole process is in trouble and are never caught.
   */
  public static boolean isolable(Throwable t) {
    return t instanceof RuntimeException || t instanceof StackOverflowError;
  }

  /** {@code ExceptionClass: message}, one line, for reports. */
  public String message() {
    String m = cause.getMessage();
    String name = cause.getClass().getName();
    if (m == null || m.isBlank()) {
      return name;
    }
    int nl = m.indexOf('\n');
    return name + ": " + (nl < 0 ? m : m.substring(0, nl));
  }
}
