package org.tahqiq.dedup;

import org.tahqiq.format.FormatException;

/**
 * Thrown by {@link DuplicateStream#readFrom} when the input is not a complete, intact {@code TQDS}
 * stream state of a version this library reads, or was saved with another detector's parameters;
 * the message names the source, the field and the value read.
 */
public final class StreamFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message names the offending field and value. */
  public StreamFormatException(String message) {
    super(message);
  }

  /** An exception whose message names the offending field and value, with its cause. */
  public StreamFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
