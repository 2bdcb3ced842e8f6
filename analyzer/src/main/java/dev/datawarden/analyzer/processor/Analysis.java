package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.Finding;
import dev.datawarden.analyzer.Problem;
import java.util.List;

/** The full analysis the processor runs on the last round: the {@link Analyzer}, or a stand-in in tests. */
@FunctionalInterface
interface Analysis {
  Analysis ANALYZER = request -> {
    AnalysisResult result = Analyzer.analyze(request);
    return new Outcome(result.findings(), result.problems());
  };

  Outcome run(AnalysisRequest request);

  /** What the processor reports of an analysis: its findings, and the problems that are the user's to fix. */
  record Outcome(List<Finding> findings, List<Problem> problems) {
    public Outcome {
      findings = List.copyOf(findings);
      problems = List.copyOf(problems);
    }
  }
}
