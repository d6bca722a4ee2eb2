/**
 * MinHash signatures of shingle sets and Jaccard similarity estimation.
 *
 * <p>A {@link org.tahqiq.signature.MinHashPolicy} (scheme, number of components k, seed) creates
 * {@link org.tahqiq.signature.MinHasher}s that turn a set of 64-bit shingle hashes into a {@link
 * org.tahqiq.signature.Signature}; two signatures of the same policy estimate the Jaccard
 * similarity of their sets ({@link org.tahqiq.signature.JaccardEstimate}, with a Wilson score
 * interval). Signatures have a frozen, versioned little-endian binary form.
 *
 * <pre>{@code
 * MinHashPolicy policy = MinHashPolicy.defaults(128);
 * MinHasher hasher = policy.newHasher();          // one per thread, reusable
 * Signature a = hasher.sign(shinglesOfA);
 * Signature b = hasher.sign(shinglesOfB);
 * JaccardEstimate j = a.jaccard(b);                // j.estimate(), j.lower(), j.upper()
 * }</pre>
 */
package org.tahqiq.signature;
