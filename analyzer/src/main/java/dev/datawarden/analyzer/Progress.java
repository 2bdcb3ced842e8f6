package dev.datawarden.analyzer;

import dev.datawarden.analyzer.api.Messages;
import java.util.Locale;

/**
 * Told as an analysis goes, so a front end can show that a long analysis is alive. Called on the
 * analysing thread once per phase; the default does nothing.
 */
@FunctionalInterface
public interface Progress {
  Progress NONE = (phase, millis, detail) -> { };

  /** The bundle of the phases' names and details ({@code analyzer/progress.properties}). */
  String BUNDLE = "dev.datawarden.analyzer.progress";

  /**
   * A phase ended after {@code millis}. {@code phase} is its stable name ({@code model}, {@code facts},
   * {@code callgraph}, {@code flow}, {@code rules}, {@code suppressions}), the key of
   * {@link AnalysisResult#phaseMillis()}; {@code detail} says what it did ("412 file(s) modelled") in
   * the analysis's language.
   */
  void phaseDone(String phase, long millis, String detail);

  /** How {@code phase} (a stable name, as {@link #phaseDone} gets it) is shown in {@code locale}. */
  static String phaseName(String phase, Locale locale) {
    Messages texts = Messages.of(BUNDLE, locale);
    return texts.has("phase." + phase) ? texts.text("phase." + phase) : phase;
  }
}
