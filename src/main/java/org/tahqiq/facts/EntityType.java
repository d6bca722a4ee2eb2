package org.tahqiq.facts;

/** The kind of a named entity. */
public enum EntityType {
  PERSON,
  PLACE,
  ORGANIZATION
}
