package org.tahqiq.cluster;

import org.tahqiq.format.FormatException;

/** Thrown when bytes given to {@link IdfTable#readFrom} are not a valid table of a supported version. */
public final class IdfFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  public IdfFormatException(String message) {
    super(message);
  }

  /** With the cause of the failure. */
  public IdfFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
