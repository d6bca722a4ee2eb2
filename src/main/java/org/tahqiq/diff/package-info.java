/**
 * The cross-source fact diff ({@link org.tahqiq.diff.FactDiff}): what each article of an event
 * claims — dates, numbers, people, wording — aligned across the articles, with agreements,
 * refinements, conflicts and unique claims, each backed by the evidence sentences.
 */
package org.tahqiq.diff;
