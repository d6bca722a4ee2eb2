package org.tahqiq.signature;

/**
 * Thrown when two signatures that were built with a different scheme, number of components or seed
 * are compared or merged: their components are unrelated, so any estimate would be meaningless.
 */
public final class IncompatibleSignatureException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public IncompatibleSignatureException(String message) {
    super(message);
  }
}
