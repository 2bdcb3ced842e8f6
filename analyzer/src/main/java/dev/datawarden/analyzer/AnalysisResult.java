package dev.datawarden.analyzer;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.report.DataLists;
import dev.datawarden.analyzer.suppression.Suppression;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an analysis found: findings in a stable order, the Java files analysed, the problems met
 * on the way, whether the project's class path was available, what the code and the user's
 * catalogs declare about their data (the built-in catalog left out), for inventories and measures,
 * the time each phase took in milliseconds, in phase order (never written into reports), and the
 * {@code @SuppressWarnings("datawarden:…")} suppressions of the code with the findings each silenced
 * (those findings are not in {@code findings}), and the two lists of Art. 21 worked out from the
 * data flows ({@link DataLists#EMPTY} for a result read back from a report), and the fields of each
 * analysed type that a type-level data declaration covers because none of them declares data of its
 * own (by qualified type name as the declaration names it; empty for a result read back from a report),
 * and the time each rule took in milliseconds, in the order they ran (part of the rules phase; never
 * written into reports), and what a module's analysis saw of the modules it depends on, for judging
 * a multi-module build as a whole ({@link ModuleEvidence}; never written into reports), and the
 * vendors of the built-in vendor catalog that personal information reaches, declared or inferred (for
 * the first-run summary; never written into reports).
 */
@Immutable
@CheckReturnValue
@SuppressWarnings("Immutable") // every list is an unmodifiable copy
public record AnalysisResult(
    List<Finding> findings,
    List<String> analysedFiles,
    List<Problem> problems,
    boolean classpathMode,
    List<Declaration> declarations,
    Map<String, Long> phaseMillis,
    List<Suppression> suppressions,
    DataLists lists,
    Map<String, List<String>> coveredFields,
    Map<String, Long> ruleMillis,
    ModuleEvidence evidence,
    List<String> vendors) {

  /** A result that names no vendor data reaches, as merged and imported results are. */
  public AnalysisResult(
      List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode,
      List<Declaration> declarations, Map<String, Long> phaseMillis, List<Suppression> suppressions,
      DataLists lists, Map<String, List<String>> coveredFields, Map<String, Long> ruleMillis, ModuleEvidence evidence) {
    this(findings, analysedFiles, problems, classpathMode, declarations, phaseMillis, suppressions, lists, coveredFields,
        ruleMillis, evidence, List.of());
  }

  /** A result with no evidence for the judgement of a multi-module build ({@link ModuleEvidence#NONE}). */
  public AnalysisResult(
      List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode,
      List<Declaration> declarations, Map<String, Long> phaseMillis, List<Suppression> suppressions,
      DataLists lists, Map<String, List<String>> coveredFields, Map<String, Long> ruleMillis) {
    this(findings, analysedFiles, problems, classpathMode, declarations, phaseMillis, suppressions, lists, coveredFields,
        ruleMillis, ModuleEvidence.NONE);
  }

  /** A result without the time each rule took, as merged, imported and test results are. */
  public AnalysisResult(
      List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode,
      List<Declaration> declarations, Map<String, Long> phaseMillis, List<Suppression> suppressions,
      DataLists lists, Map<String, List<String>> coveredFields) {
    this(findings, analysedFiles, problems, classpathMode, declarations, phaseMillis, suppressions, lists, coveredFields,
        Map.of());
  }

  /** A result without the fields type-level declarations cover, as merged and relocated results are. */
  public AnalysisResult(
      List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode,
      List<Declaration> declarations, Map<String, Long> phaseMillis, List<Suppression> suppressions,
      DataLists lists) {
    this(findings, analysedFiles, problems, classpathMode, declarations, phaseMillis, suppressions, lists, Map.of());
  }

  /** A result without the lists of Art. 21, as results read back from a report are. */
  public AnalysisResult(
      List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode,
      List<Declaration> declarations, Map<String, Long> phaseMillis, List<Suppression> suppressions) {
    this(findings, analysedFiles, problems, classpathMode, declarations, phaseMillis, suppressions, DataLists.EMPTY);
  }

  /** A result without timings, as tests and importers build it. */
  public AnalysisResult(
      List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode,
      List<Declaration> declarations) {
    this(findings, analysedFiles, problems, classpathMode, declarations, Map.of());
  }

  /** A result without suppressions. */
  public AnalysisResult(
      List<Finding> findings, List<String> analysedFiles, List<Problem> problems, boolean classpathMode,
      List<Declaration> declarations, Map<String, Long> phaseMillis) {
    this(findings, analysedFiles, problems, classpathMode, declarations, phaseMillis, List.of());
  }

  public AnalysisResult {
    phaseMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseMillis));
    ruleMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleMillis));
    declarations = declarations.stream()
        .sorted(java.util.Comparator.comparing(Declaration::location).thenComparing(d -> d.role().name()))
        .toList();
    findings = findings.stream().sorted().distinct().toList();
    analysedFiles = analysedFiles.stream().sorted().toList();
    problems = problems.stream().sorted().distinct().toList();
    suppressions = suppressions.stream().sorted().toList();
    java.util.Objects.requireNonNull(lists, "lists");
    java.util.Objects.requireNonNull(evidence, "evidence");
    vendors = vendors.stream().sorted().distinct().toList();
    coveredFields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(coveredFields.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())))));
  }

  /** The most severe finding's severity, empty when there is none. */
  public Optional<Severity> highestSeverity() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }

  /** The findings at {@code threshold} or above. */
  public List<Finding> findingsAtLeast(Severity threshold) {
    return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
  }

  /** The findings that fail a build at {@code threshold}: see {@link Finding#gates}. */
  public List<Finding> failing(Severity threshold, boolean failOnInferred) {
    return findings.stream().filter(f -> f.gates(threshold, failOnInferred)).toList();
  }

  /** True when nothing could be analysed: no Java file parsed. */
  public boolean nothingAnalysed() {
    return analysedFiles.isEmpty();
  }
}
