/**
 * Near-duplicate detection ({@link org.tahqiq.dedup.NearDuplicateDetector}): copies of one story, grouped deterministically, in batch or as a stream.
 */
package org.tahqiq.dedup;
