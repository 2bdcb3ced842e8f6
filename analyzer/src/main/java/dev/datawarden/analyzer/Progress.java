package dev.datawarden.analyzer;

/**
 * Told as an analysis goes, so a front end can show that a long analysis is alive. Called on the
 * analysing thread once per phase; the default does nothing.
 */
@FunctionalInterface
public interface Progress {
  Progress NONE = (phase, millis, detail) -> { };

  /** A phase ended after {@code millis}; {@code detail} says what it did ("412 file(s) modelled"). */
  void phaseDone(String phase, long millis, String detail);
}
