package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Finding;
import dev.datawarden.analyzer.Problem;
import java.util.List;
import java.util.Map;

/**
 * The daemon's answer, as it travels in JSON: what a compiler reports of an analysis (its findings,
 * its problems, the milliseconds of each phase in phase order), or why there is none: {@code refused}
 * when the token was wrong, else {@code error} when the request could not be analysed.
 */
public record DaemonAnswer(
    boolean refused, String error, List<Finding> findings, List<Problem> problems, Map<String, Long> phaseMillis) {

  public DaemonAnswer {
    findings = findings == null ? List.of() : List.copyOf(findings);
    problems = problems == null ? List.of() : List.copyOf(problems);
    phaseMillis = phaseMillis == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(phaseMillis));
  }

  static DaemonAnswer of(AnalysisResult result) {
    return new DaemonAnswer(false, null, result.findings(), result.problems(), result.phaseMillis());
  }

  static DaemonAnswer failed(String error) {
    return new DaemonAnswer(false, error, List.of(), List.of(), Map.of());
  }

  static DaemonAnswer refusal() {
    return new DaemonAnswer(true, "refused: wrong token", List.of(), List.of(), Map.of());
  }
}
