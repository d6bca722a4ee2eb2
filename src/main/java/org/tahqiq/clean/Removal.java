package org.tahqiq.clean;

import java.util.Objects;
import java.util.Optional;
import org.tahqiq.text.TextSpan;

/**
 * One part of an article's raw text that {@link ArticleCleaner} dropped, so callers can show or
 * audit what was cut.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason what the removed text is
 * @param raw    the removed range of the raw article text; starts at the first and ends after the
 *               last non-blank char of the removed lines (line breaks around it are not part of
 *               the removal)
 * @param marker the boilerplate marker that matched, or empty for the built-in repeated-line rules
 *               ({@link RemovalReason#REPEATED_LINE}, {@link RemovalReason#REPEATED_HEADLINE})
 */
public record Removal(RemovalReason reason, TextSpan raw, Optional<BoilerplateMarker> marker) {

  public Removal {
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(raw, "raw span must not be null");
    Objects.requireNonNull(marker, "marker must not be null (use Optional.empty())");
  }
}
