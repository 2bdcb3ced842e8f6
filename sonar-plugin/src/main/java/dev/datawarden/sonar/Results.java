package dev.datawarden.sonar;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.report.JsonReport;
import java.util.List;

/**
 * What DataWarden reported for one module, whether the sensor analysed the code itself or read JSON
 * reports: the findings, the problems as the user reads them, and what the code declares about its data.
 */
record Results(List<Finding> findings, List<String> problems, List<Declared> declarations) {

  /** One declaration, as much of it as the measures need; role is the catalog key ({@code personalInfo}). */
  record Declared(String role, String targetKind, String target) {
    boolean personalInfoField() {
      return ("personalInfo".equals(role) || "sensitive".equals(role)) && "FIELD".equals(targetKind);
    }
  }

  Results {
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
    declarations = List.copyOf(declarations);
  }

  static Results of(JsonReport.Contents report) {
    return new Results(
        report.findings(),
        report.problems().stream().map(Problem::toString).toList(),
        report.declarations().stream().map(d -> new Declared(d.role(), d.targetKind(), d.target())).toList());
  }

  static Results merge(List<Results> parts) {
    return new Results(
        parts.stream().flatMap(r -> r.findings().stream()).toList(),
        parts.stream().flatMap(r -> r.problems().stream()).toList(),
        parts.stream().flatMap(r -> r.declarations().stream()).toList());
  }

  static Results of(AnalysisResult result) {
    return new Results(
        result.findings(),
        result.problems().stream().map(Problem::toString).toList(),
        result.declarations().stream()
            .map(d -> new Declared(d.role().catalogKey(), d.target().kind().name(), d.target().toString()))
            .toList());
  }
}
