package org.tahqiq.normalize;

import java.util.Objects;
import org.tahqiq.text.MappedText;

/**
 * PLACEHOLDER (to be replaced by the real implementation): folds Arabic orthographic variation so
 * that spelling variants compare equal, keeping raw offsets.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArabicNormalizer {

  private static final ArabicNormalizer DEFAULTS = new ArabicNormalizer();

  private ArabicNormalizer() {}

  /** The normalizer with every default fold. */
  public static ArabicNormalizer defaults() {
    return DEFAULTS;
  }

  /** Normalizes {@code input}, each output char mapping to the raw range its source chars had. */
  public MappedText normalize(MappedText input) {
    Objects.requireNonNull(input, "input must not be null");
    return input;
  }

  /** Normalizes a plain string (no offsets kept). */
  public String normalize(CharSequence input) {
    Objects.requireNonNull(input, "input must not be null");
    return input.toString();
  }
}
