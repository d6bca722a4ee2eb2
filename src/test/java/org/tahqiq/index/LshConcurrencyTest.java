package org.tahqiq.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.tahqiq.index.LshIndex.Match;
import org.tahqiq.signature.Signature;

/**
 * Writers insert disjoint keys (and remove some of their own) while readers query and snapshot:
 * no write is lost, every completed insert is visible to later queries, and every snapshot written
 * during the run reflects each writer's operations in order (no torn or reordered writes).
 */
class LshConcurrencyTest {
  private static final int K = 128;
  private static final int WRITERS = 4;
  private static final int READERS = 2;
  private static final int PER_WRITER = 400;

  @Test
  void concurrentWritersAndReadersLoseNothing() throws Exception {
    LshIndex index = LshIndex.builder().threshold(0.8).numComponents(K).build();
    Signature[][] signatures = new Signature[WRITERS][PER_WRITER];
    SplittableRandom setup = new SplittableRandom(99);
    for (int t = 0; t < WRITERS; t++) {
      for (int i = 0; i < PER_WRITER; i++) {
        signatures[t][i] = TestMinHash.sign(TestMinHash.randomSet(setup, 30), K);
      }
    }
    // published[t] = number of inserts writer t has completed.
    AtomicIntegerArray published = new AtomicIntegerArray(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch writersDone = new CountDownLatch(WRITERS);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS + 1);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < WRITERS; t++) {
        int writer = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    for (int i = 0; i < PER_WRITER; i++) {
                      index.insert(key(writer, i), signatures[writer][i]);
                      published.set(writer, i + 1);
                      if (removedWhenInserting(i)) {
                        assertTrue(index.remove(key(writer, i - 2)));
                      }
                    }
                  } finally {
                    writersDone.countDown();
                  }
                  return PER_WRITER;
                }));
      }
      for (int r = 0; r < READERS; r++) {
        SplittableRandom random = new SplittableRandom(1000 + r);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  int checked = 0;
                  while (writersDone.getCount() > 0 || checked < 100) {
                    int writer = random.nextInt(WRITERS);
                    int done = published.get(writer);
                    if (done == 0) {
                      continue;
                    }
                    int i = random.nextInt(done);
                    if (isEverRemoved(i)) {
                      continue;
                    }
                    // Inserted before this query began and never removed: must be visible.
                    Signature sig = signatures[writer][i];
                    assertTrue(index.query(sig).contains(key(writer, i)));
                    assertTrue(index.query(sig, 1.0).contains(new Match(key(writer, i), 1.0)));
                    checked++;
                  }
                  return checked;
                }));
      }
      futures.add(
          pool.submit(
              () -> {
                start.await();
                int snapshots = 0;
                while (writersDone.getCount() > 0 || snapshots == 0) {
                  ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                  index.writeTo(bytes);
                  LshIndex copy = LshIndex.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
                  for (int t = 0; t < WRITERS; t++) {
                    assertConsistentPrefix(copy, t);
                  }
                  snapshots++;
                }
                return snapshots;
              }));
      start.countDown();
      for (Future<Integer> f : futures) {
        assertTrue(f.get(2, TimeUnit.MINUTES) > 0);
      }
    } finally {
      pool.shutdownNow();
    }

    int removedPerWriter = 0;
    for (int i = 0; i < PER_WRITER; i++) {
      if (isEverRemoved(i)) {
        removedPerWriter++;
      }
    }
    assertEquals(WRITERS * (PER_WRITER - removedPerWriter), index.size());
    for (int t = 0; t < WRITERS; t++) {
      for (int i = 0; i < PER_WRITER; i++) {
        if (isEverRemoved(i)) {
          assertFalse(index.contains(key(t, i)), key(t, i));
        } else {
          assertTrue(index.query(signatures[t][i]).contains(key(t, i)), key(t, i));
        }
      }
    }
  }

  /**
   * Each writer's operations are sequential, so a snapshot holding its key {@code last} must
   * reflect all of that writer's earlier operations: earlier kept keys present, and keys removed
   * before {@code last} was inserted absent.
   */
  private static void assertConsistentPrefix(LshIndex snapshot, int writer) {
    int last = PER_WRITER - 1;
    while (last >= 0 && !snapshot.contains(key(writer, last))) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      boolean removedBeforeLast = isEverRemoved(i) && i + 2 < last;
      if (removedBeforeLast) {
        assertFalse(snapshot.contains(key(writer, i)), key(writer, i));
      } else if (!isEverRemoved(i)) {
        assertTrue(snapshot.contains(key(writer, i)), key(writer, i));
      }
    }
  }

  private static String key(int writer, int i) {
    return "w" + writer + "-" + i;
  }

  /** Writer removes key {@code i − 2} right after inserting key {@code i} when this holds. */
  private static boolean removedWhenInserting(int i) {
    return i % 5 == 4;
  }

  private static boolean isEverRemoved(int i) {
    return i + 2 < PER_WRITER && removedWhenInserting(i + 2);
  }
}
