package org.tahqiq.facts;

import java.util.Objects;
import java.util.Optional;
import org.tahqiq.text.TextSpan;

/**
 * A name in the text and the entity it denotes, if that is certain. A bare "كيم" in an article that
 * names both Kim Jong Un and Kim Il Sung stays unresolved ({@code entity} empty) rather than guessed.
 * Immutable.
 *
 * @param entity   the entity, when resolved
 * @param nameKey  the spelling-folded key of the name (see {@link Gazetteer}); equal keys mean equal
 *                 spellings up to transliteration variants
 * @param span     in the normalized text
 * @param raw      in the raw text
 * @param sentence index of the containing sentence
 * @param surface  raw text of the name, with any attached clitic ("لكيم")
 */
public record EntityMention(
    Optional<EntityRef> entity, String nameKey, TextSpan span, TextSpan raw, int sentence, String surface)
    implements ValueMention {

  public EntityMention {
    Objects.requireNonNull(entity, "entity must not be null (use Optional.empty())");
    Objects.requireNonNull(nameKey, "nameKey must not be null");
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(raw, "raw must not be null");
    Objects.requireNonNull(surface, "surface must not be null");
  }
}
