package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tahqiq.signature.MinHashScheme;
import org.tahqiq.signature.Signature;

/**
 * The index costs at most twice the raw signature bytes ({@code n·k·4}, key strings excluded) at
 * k = 128 and the default threshold, at every size from a thousand documents on, and reuses freed
 * space.
 */
class LshMemoryTest {
  private static final int K = 128;
  private static final int DOCUMENTS = 10_000;

  @Test
  void memoryStaysWithinTwiceTheRawSignatureBytes() {
    LshIndex index = LshIndex.builder().threshold(0.8).numComponents(K).build();
    SplittableRandom random = new SplittableRandom(42);
    double worst = 0.0;
    for (int i = 0; i < DOCUMENTS; i++) {
      index.insert("d" + i, randomSignature(random));
      double ratio = index.estimatedMemoryBytes() / ((i + 1) * K * 4.0);
      assertTrue(ratio >= 1.0, "the estimate must at least count the components: " + ratio);
      if (i + 1 >= 1000) {
        worst = Math.max(worst, ratio);
      }
    }
    assertTrue(worst <= 2.0, "worst ratio from 1000 to 10000 documents: " + worst);
  }

  @Test
  void removedSpaceIsReused() {
    LshIndex index = LshIndex.builder().threshold(0.8).numComponents(K).build();
    SplittableRandom random = new SplittableRandom(43);
    for (int i = 0; i < DOCUMENTS / 2; i++) {
      index.insert("d" + i, randomSignature(random));
    }
    long full = index.estimatedMemoryBytes();
    for (int i = 0; i < DOCUMENTS / 2; i += 2) {
      index.remove("d" + i);
    }
    for (int i = 0; i < DOCUMENTS / 2; i += 2) {
      index.insert("e" + i, randomSignature(random));
    }
    assertEquals(DOCUMENTS / 2, index.size());
    assertEquals(full, index.estimatedMemoryBytes());
  }

  private static Signature randomSignature(SplittableRandom random) {
    int[] components = new int[K];
    for (int j = 0; j < K; j++) {
      components[j] = random.nextInt();
    }
    return Signature.of(MinHashScheme.CLASSIC, TestMinHash.SEED, components);
  }
}
