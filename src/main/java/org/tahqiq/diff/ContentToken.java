package org.tahqiq.diff;

/**
 * A content word of an article: its stem (normalized, light-stemmed; never a stopword) and the stem's id in the diff's {@link
 * StemSets}, where it is
 * in the normalized text, its sentence, and its raw surface for display.
 */
record ContentToken(String stem, int id, int start, int end, int sentence, String surface) {}
