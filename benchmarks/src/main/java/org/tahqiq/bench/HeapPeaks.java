package org.tahqiq.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use of the one-shot tools: the sum of the heap pools' peaks since the last reset. */
final class HeapPeaks {
  private HeapPeaks() {}

  /** The sum of every heap pool's peak use, in MiB. */
  static double peakMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }

  /** Collects garbage, then starts every pool's peak afresh from its current use. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }
}
