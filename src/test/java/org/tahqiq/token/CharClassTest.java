package org.tahqiq.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The precomputed class table answers exactly as the {@link Character}-based definitions. */
class CharClassTest {

  @Test
  void tableAgreesWithTheDefinitionsForEveryCodeUnit() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String at = String.format("U+%04X", i);
      assertEquals(CharClass.computeArabicLetter(c), CharClass.isArabicLetter(c), at);
      assertEquals(CharClass.computeLatinLetter(c), CharClass.isLatinLetter(c), at);
      assertEquals(CharClass.computeDigit(c), CharClass.isDigit(c), at);
      assertEquals(CharClass.computeMark(c), CharClass.isMark(c), at);
      assertEquals(CharClass.computeWordExtender(c), CharClass.isWordExtender(c), at);
      assertEquals(CharClass.computeFormat(c), CharClass.isFormat(c), at);
      assertEquals(CharClass.computeIgnorable(c), CharClass.isIgnorable(c), at);
      assertEquals(CharClass.computeSpaceOrControl(c), CharClass.isSpaceOrControl(c), at);
    }
  }
}
