package org.tahqiq.cluster;

import java.io.IOException;

/** Thrown when bytes given to {@link IdfTable#readFrom} are not a valid table of a supported version. */
public final class IdfFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public IdfFormatException(String message) {
    super(message);
  }
}
