package dev.datawarden.analyzer;

import java.util.LinkedHashMap;
import java.util.Map;

/** Times the phases of one analysis and reports each to the progress listener. */
final class Stopwatch {
  private final Progress progress;
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long start = System.nanoTime();

  Stopwatch(Progress progress) {
    this.progress = progress;
  }

  void phase(String name, String detail) {
    long now = System.nanoTime();
    long ms = (now - start) / 1_000_000;
    millis.merge(name, ms, Long::sum);
    start = now;
    progress.phaseDone(name, ms, detail);
  }

  Map<String, Long> millis() {
    return millis;
  }
}
