package org.tahqiq.token;

import java.util.Random;

/** Seeded random text for the token package's invariant tests. */
final class RandomText {
  private RandomText() {}

  /** Up to {@code maxLength - 1} code points drawn from {@code alphabet} by {@code random}. */
  static String of(Random random, String alphabet, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder sb = new StringBuilder();
    for (int i = 0, len = random.nextInt(maxLength); i < len; i++) {
      sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return sb.toString();
  }
}
