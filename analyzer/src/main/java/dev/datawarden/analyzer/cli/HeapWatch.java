package dev.datawarden.analyzer.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The peak heap use of the JVM over an analysis, for the benchmark's figures. */
final class HeapWatch {
  private HeapWatch() {}

  static HeapWatch start() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    return new HeapWatch();
  }

  /** The sum of the heap pools' peaks since {@link #start}, in bytes (an upper bound of the peak heap). */
  long stop() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
