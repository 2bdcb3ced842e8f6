package dev.datawarden.analyzer;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.util.List;
import java.util.Optional;

/**
 * What an analysis found: findings in a stable order, the Java files analysed, the problems met
 * on the way, and whether the project's class path was available.
 */
@Immutable
@CheckReturnValue
@SuppressWarnings("Immutable") // every list is an unmodifiable copy
public record AnalysisResult(
    List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode) {

  public AnalysisResult {
    findings = findings.stream().sorted().distinct().toList();
    analysedFiles = analysedFiles.stream().sorted().toList();
    problems = problems.stream().sorted().distinct().toList();
  }

  /** The most severe finding's severity, empty when there is none. */
  public Optional<Severity> highestSeverity() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }

  /** The findings at {@code threshold} or above. */
  public List<Finding> findingsAtLeast(Severity threshold) {
    return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
  }

  /** True when nothing could be analysed: no Java file parsed. */
  public boolean nothingAnalysed() {
    return analysedFiles.isEmpty();
  }
}
