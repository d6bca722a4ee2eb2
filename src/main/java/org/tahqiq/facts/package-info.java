/**
 * Typed value mentions in Arabic news text: dates and periods ({@link org.tahqiq.facts.TimeValue}),
 * quantities ({@link org.tahqiq.facts.QuantityValue}) and named entities
 * ({@link org.tahqiq.facts.EntityRef}), each with the raw-text offsets and the sentence it was
 * found in, for a later cross-source comparison of what several articles claim.
 *
 * <p>Entry point: {@link org.tahqiq.facts.FactExtractor}. All vocabularies (month names, number
 * words, units, titles, the gazetteer ...) are UTF-8 resource files next to these classes that
 * callers extend through {@link org.tahqiq.facts.FactExtractor.Builder}.
 */
package org.tahqiq.facts;
