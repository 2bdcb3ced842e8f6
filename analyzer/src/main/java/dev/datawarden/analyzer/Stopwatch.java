package dev.datawarden.analyzer;

import dev.datawarden.analyzer.api.Messages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times the phases of one analysis and reports each to the progress listener, its detail written in
 * the analysis's language from the progress bundle ({@code detail.<phase>}).
 */
final class Stopwatch {
  private final Progress progress;
  private final Messages texts;
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long start = System.nanoTime();

  Stopwatch(Progress progress, Locale locale) {
    this.progress = progress;
    this.texts = Messages.of(Progress.BUNDLE, locale);
  }

  /** The phase {@code name} ended; its detail is the text {@code detailKey} with {@code args}. */
  void phase(String name, String detailKey, Object... args) {
    long now = System.nanoTime();
    long ms = (now - start) / 1_000_000;
    millis.merge(name, ms, Long::sum);
    start = now;
    progress.phaseDone(name, ms, texts.text(detailKey, args));
  }

  Map<String, Long> millis() {
    return millis;
  }
}
