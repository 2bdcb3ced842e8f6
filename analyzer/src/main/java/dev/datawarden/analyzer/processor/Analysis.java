package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The full analysis the processor runs on the last round: the {@link Analyzer}, or a stand-in in tests. */
@FunctionalInterface
interface Analysis {
  Analysis ANALYZER = request -> {
    AnalysisResult result = Analyzer.analyze(request);
    return new Outcome(result.findings(), result.problems(), result.phaseMillis(), result.ruleMillis(), false,
        List.of());
  };

  Outcome run(AnalysisRequest request);

  /**
   * What the processor reports of an analysis: its findings, the problems that are the user's to
   * fix, the milliseconds each phase took, in phase order, whether the daemon analysed (both for
   * {@code -Adatawarden.timings}), and the notes the processor prints (that a daemon was started).
   */
  record Outcome(List<Finding> findings, List<Problem> problems, Map<String, Long> phaseMillis,
      Map<String, Long> ruleMillis, boolean inDaemon, List<String> notes) {
    public Outcome {
      findings = List.copyOf(findings);
      problems = List.copyOf(problems);
      phaseMillis = Collections.unmodifiableMap(new LinkedHashMap<>(phaseMillis));
      ruleMillis = Collections.unmodifiableMap(new LinkedHashMap<>(ruleMillis));
      notes = List.copyOf(notes);
    }

    Outcome(List<Finding> findings, List<Problem> problems, Map<String, Long> phaseMillis, boolean inDaemon,
        List<String> notes) {
      this(findings, problems, phaseMillis, Map.of(), inDaemon, notes);
    }

    Outcome(List<Finding> findings, List<Problem> problems, Map<String, Long> phaseMillis, boolean inDaemon) {
      this(findings, problems, phaseMillis, Map.of(), inDaemon, List.of());
    }

    /** This outcome with {@code note} after its notes. */
    Outcome withNote(String note) {
      List<String> all = new java.util.ArrayList<>(notes);
      all.add(note);
      return new Outcome(findings, problems, phaseMillis, ruleMillis, inDaemon, all);
    }

    Outcome(List<Finding> findings, List<Problem> problems, Map<String, Long> phaseMillis) {
      this(findings, problems, phaseMillis, false);
    }

    Outcome(List<Finding> findings, List<Problem> problems) {
      this(findings, problems, Map.of());
    }
  }
}
