package org.tahqiq.pipeline;

import org.tahqiq.shingle.Shingler;
import org.tahqiq.token.ArabicLightStemmer;

/**
 * Two sentences that differ in one word the default stemmer conflates, and a pipeline that
 * protects it: the fixture of the tests that check that every stage reads the text through the
 * pipeline it is given.
 */
public final class ProtectedWordFixture {
  /** "وفاق" (accord) and "فاق" (surpassed) share a stem by default: the conjunction و is stripped. */
  public static final String ACCORD = "أعلن الحزب وفاق وطني شامل بين القوى السياسية في العاصمة.";

  /** {@link #ACCORD} with فاق in place of وفاق. */
  public static final String SURPASSED = "أعلن الحزب فاق وطني شامل بين القوى السياسية في العاصمة.";

  private ProtectedWordFixture() {}

  /** The default pipeline, except that its shingler's stemmer protects {@code word}. */
  public static TextPipeline protecting(String word) {
    ArabicLightStemmer stemmer = ArabicLightStemmer.builder().addProtected(word).build();
    return TextPipeline.builder().shingler(Shingler.builder().stemmer(stemmer).build()).build();
  }
}
