package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Finding;
import dev.datawarden.analyzer.Location;
import dev.datawarden.analyzer.PathStep;
import dev.datawarden.analyzer.Problem;
import dev.datawarden.analyzer.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    phaseMillis = phaseMillis == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(phaseMillis));
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

  /** This answer as JSON: records as objects with a member per component, enums by name. */
  String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("refused", refused);
    json.put("error", error);
    List<Object> findingsJson = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("ruleKey", f.ruleKey());
      finding.put("severity", f.severity().name());
      finding.put("message", f.message());
      finding.put("location", location(f.location()));
      List<Object> path = new ArrayList<>();
      for (PathStep step : f.path()) {
        Map<String, Object> stepJson = new LinkedHashMap<>();
        stepJson.put("location", location(step.location()));
        stepJson.put("label", step.label());
        path.add(stepJson);
      }
      finding.put("path", path);
      findingsJson.add(finding);
    }
    json.put("findings", findingsJson);
    List<Object> problemsJson = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("kind", p.kind().name());
      problem.put("location", location(p.location()));
      problem.put("message", p.message());
      problemsJson.add(problem);
    }
    json.put("problems", problemsJson);
    json.put("phaseMillis", phaseMillis);
    return Json.write(json);
  }

  /**
   * The answer a JSON text holds; an {@link IllegalArgumentException} (or the {@link NullPointerException}
   * of a finding without a required part) when it holds none.
   */
  static DaemonAnswer fromJson(String text) {
    Map<String, Object> json = Json.object(Json.parse(text), "the answer");
    List<Finding> findings = new ArrayList<>();
    for (Object item : Json.items(json, "findings")) {
      Map<String, Object> finding = Json.object(item, "a finding");
      List<PathStep> path = new ArrayList<>();
      for (Object step : Json.items(finding, "path")) {
        Map<String, Object> stepJson = Json.object(step, "a path step");
        path.add(new PathStep(location(stepJson.get("location")), Json.text(stepJson, "label")));
      }
      findings.add(new Finding(Json.text(finding, "ruleKey"), Severity.valueOf(Json.text(finding, "severity")),
          Json.text(finding, "message"), location(finding.get("location")), path));
    }
    List<Problem> problems = new ArrayList<>();
    for (Object item : Json.items(json, "problems")) {
      Map<String, Object> problem = Json.object(item, "a problem");
      problems.add(new Problem(Problem.Kind.valueOf(Json.text(problem, "kind")), location(problem.get("location")),
          Json.text(problem, "message")));
    }
    Map<String, Long> phaseMillis = new LinkedHashMap<>();
    Object phases = json.get("phaseMillis");
    if (phases != null) {
      Map<String, Object> phasesJson = Json.object(phases, "phaseMillis");
      for (String phase : phasesJson.keySet()) {
        phaseMillis.put(phase, Json.number(phasesJson, phase, 0));
      }
    }
    return new DaemonAnswer(Json.flag(json, "refused"), Json.text(json, "error"), findings, problems, phaseMillis);
  }

  private static Map<String, Object> location(Location location) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", location.file());
    json.put("line", location.line());
    json.put("column", location.column());
    return json;
  }

  private static Location location(Object value) {
    Map<String, Object> json = Json.object(value, "a location");
    return new Location(Json.text(json, "file"), Json.integer(json, "line", 0), Json.integer(json, "column", 0));
  }
}
