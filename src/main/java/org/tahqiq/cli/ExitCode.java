package org.tahqiq.cli;

/** The command line's exit statuses; documented in {@code --help} and the README. */
final class ExitCode {
  /** Success: every input was read and the output written. */
  static final int OK = 0;
  /**
   * Input errors: some articles or lines were skipped (each reported on stderr with file and line)
   * and the output covers the valid ones; or, with {@code --strict}, the run stopped at the first
   * such error and wrote no output.
   */
  static final int INPUT_ERRORS = 1;
  /** Usage error: unknown option, missing or invalid argument. Nothing was read. */
  static final int USAGE = 2;
  /**
   * I/O failure: the output or the archive could not be written (disk full, closed pipe,
   * permission; reported with the path and the reason), or the {@code --archive} is locked by
   * another run or corrupt (reported with the file and the field; the archive is left unchanged).
   */
  static final int IO_FAILURE = 3;
  /** An internal error (a bug): please report it with the stack trace printed on stderr. */
  static final int INTERNAL = 4;
  /**
   * Articles failed: processing some articles threw (each reported on stderr with its id, file and
   * line and the exception, and listed in the JSON output's {@code skipped}); the output covers
   * the others. With {@code --strict}, the run stopped at the first such failure, without output.
   * Takes precedence over {@link #INPUT_ERRORS}; {@link #IO_FAILURE} takes precedence over it.
   */
  static final int ARTICLES_FAILED = 5;

  private ExitCode() {}
}
