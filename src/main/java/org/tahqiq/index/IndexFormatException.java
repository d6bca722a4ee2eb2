package org.tahqiq.index;

import org.tahqiq.format.FormatException;

/**
 * Thrown by {@link LshIndex#readFrom(java.io.InputStream)} when the input is not a complete,
 * intact index in a format version this library reads: foreign bytes, an unknown version,
 * truncation, invalid header values or a checksum mismatch. The message names the field and the
 * value (or byte offset) that was read.
 */
public final class IndexFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the offending field and value. */
  public IndexFormatException(String message) {
    super(message);
  }

  /** An exception with a message naming the offending field and value, and its cause. */
  public IndexFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
