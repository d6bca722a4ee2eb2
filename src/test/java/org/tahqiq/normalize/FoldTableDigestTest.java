package org.tahqiq.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Pins what every UTF-16 code unit becomes under the default normalizer and under the one the
 * cleaner's keys use (no presentation-form folding): shingles, signatures and stored archives
 * depend on it, so a change of any fold must show here and be made deliberately (a new shingle
 * format version). The digests were taken before the table builder lost its per-char buffer.
 */
class FoldTableDigestTest {

  @Test
  void defaultFoldsOfEveryCharAreUnchanged() throws Exception {
    assertEquals(
        "37a439f2ed8c39daca5640b33aed101a2d8f617e4d2acd1ec47067958d1d2e07",
        digest(ArabicNormalizer.defaults()));
  }

  @Test
  void foldsWithoutPresentationFormsAreUnchanged() throws Exception {
    assertEquals(
        "b4780241d9d8ed8cd90567af2793b470822f0601bf4c99d4411acb9c15cdc7b3",
        digest(ArabicNormalizer.builder().foldPresentationForms(false).build()));
  }

  private static String digest(ArabicNormalizer normalizer) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String out = normalizer.normalize(String.valueOf((char) c));
      sha.update((out.length() + ":" + out + ";").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
