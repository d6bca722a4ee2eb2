/**
 * Shingling: word and character n-grams of normalized text as seeded 64-bit hashes ({@link org.tahqiq.shingle.Shingler}, {@link org.tahqiq.shingle.ShingleSet}); the input of MinHash.
 */
package org.tahqiq.shingle;
