package org.tahqiq.format;

import java.io.IOException;

/**
 * Thrown when persisted bytes are not a complete, intact file of a format and version this library
 * reads: foreign bytes (wrong magic), an unknown version, truncation, an invalid field value or a
 * checksum mismatch. The message names the source (file or stream), the field and the value or
 * byte offset read. Each format has its own subclass ({@code IndexFormatException}, {@code
 * SignatureFormatException}, {@code IdfFormatException}, {@code ArchiveFormatException}).
 */
public class FormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message names the offending field and value. */
  public FormatException(String message) {
    super(message);
  }

  /** An exception whose message names the offending field and value, with its cause. */
  public FormatException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the format's own exception for a message; the reader prefixes the source's name. */
  @FunctionalInterface
  public interface Factory {
    FormatException create(String message, Throwable cause);
  }
}
