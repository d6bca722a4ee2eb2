package org.tahqiq.signature;

import org.tahqiq.format.FormatException;

/**
 * Thrown when bytes that should hold a serialized {@link Signature} do not: wrong magic, an
 * unsupported format version, an unknown scheme, an invalid header field, truncated or trailing
 * data. The message names the offending field, the value read and the value expected.
 *
 * <p>It is an {@link java.io.IOException} because it reports corrupt or foreign persisted data, a failure
 * callers reading from storage must expect and handle, like any other read failure.
 */
public final class SignatureFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  public SignatureFormatException(String message) {
    super(message);
  }

  /** With the cause of the failure (e.g. a malformed field's parse error). */
  public SignatureFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
