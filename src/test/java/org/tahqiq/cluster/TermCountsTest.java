package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermCountsTest {
  @Test
  void agreesWithHashMapUnderRandomAddsAndRemovals() {
    Random random = new Random(5);
    TermCounts counts = new TermCounts();
    Map<Long, Integer> reference = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      // Few distinct keys with colliding low bits exercise probe runs and backward shifts.
      long key = (random.nextInt(300) * 1024L) ^ ((long) random.nextInt(4) << 40);
      int have = reference.getOrDefault(key, 0);
      int delta = have > 0 && random.nextBoolean() ? -1 - random.nextInt(have) : 1 + random.nextInt(3);
      counts.add(key, delta);
      reference.merge(key, delta, Integer::sum);
      reference.remove(key, 0);
      if (step % 997 == 0) {
        assertEquals(reference.size(), counts.size());
        for (Map.Entry<Long, Integer> e : reference.entrySet()) {
          assertEquals(e.getValue(), counts.get(e.getKey()));
        }
      }
    }
  }
}
