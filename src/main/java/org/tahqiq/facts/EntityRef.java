package org.tahqiq.facts;

import java.util.Objects;

/**
 * Identity of a named entity. Two mentions denote the same entity iff their ids are equal, whatever
 * the spelling in the text ("كيم جونغ أون" and "كيم جونج أون" share one id).
 *
 * <p>Ids of gazetteer entries are the gazetteer's (e.g. {@code person:kim-jong-un}); a person found
 * only through a title ("المتحدث باسم الوزارة أحمد حافظ") gets a synthetic id
 * {@code person:~<name key>}, stable across articles that spell the name alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id            stable identifier, never blank
 * @param type          kind of entity
 * @param canonicalName display name, never blank
 */
public record EntityRef(String id, EntityType type, String canonicalName) {

  public EntityRef {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(canonicalName, "canonicalName must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("entity id must not be blank");
    }
    if (canonicalName.isBlank()) {
      throw new IllegalArgumentException("canonicalName must not be blank (entity " + id + ")");
    }
  }
}
