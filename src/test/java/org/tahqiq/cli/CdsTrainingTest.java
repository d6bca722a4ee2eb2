package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The class-data-sharing training refuses the JIT on a JDK whose dynamic archive keeps the compile
 * queue's marks (before 21), and runs on any other.
 */
class CdsTrainingTest {

  @Test
  void beforeJdk21OnlyAnInterpretedRunMayTrain() {
    assertTrue(CdsTraining.refusal(17, "mixed mode, sharing").orElseThrow().contains("-Xint"));
    assertTrue(CdsTraining.refusal(20, "mixed mode").orElseThrow().contains("JDK-8306460"));
    assertTrue(CdsTraining.refusal(17, "interpreted mode, sharing").isEmpty());
  }

  @Test
  void fromJdk21TheJitStaysOn() {
    assertTrue(CdsTraining.refusal(21, "mixed mode, sharing").isEmpty());
    assertTrue(CdsTraining.refusal(25, "mixed mode, sharing").isEmpty());
  }
}
