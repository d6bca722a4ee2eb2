/**
 * Locality-sensitive hashing over MinHash signatures ({@link org.tahqiq.index.LshIndex}, {@link org.tahqiq.index.LshParameters}): candidate search, verified and top-k queries, a versioned on-disk format.
 */
package org.tahqiq.index;
