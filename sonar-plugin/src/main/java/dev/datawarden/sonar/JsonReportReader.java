package dev.datawarden.sonar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads DataWarden JSON reports ({@link JsonReport}'s format) back into {@link Results}. A report that
 * is missing, unreadable or of a newer format is skipped with a warning; the others are still imported.
 */
final class JsonReportReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReportReader() {}

  static Results read(List<Path> reports, Consumer<String> warnings) {
    List<Finding> findings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Results.Declared> declarations = new ArrayList<>();
    for (Path report : reports) {
      if (!Files.isRegularFile(report)) {
        warnings.accept("DataWarden report " + report + " does not exist; nothing imported from it");
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(report.toFile());
      } catch (IOException e) {
        warnings.accept("DataWarden report " + report + " cannot be read: " + e.getMessage());
        continue;
      }
      int version = root.path("formatVersion").asInt(0);
      if (version < 1 || version > JsonReport.FORMAT_VERSION) {
        warnings.accept("DataWarden report " + report + " has format version " + root.path("formatVersion")
            + "; this plugin reads version " + JsonReport.FORMAT_VERSION + ": nothing imported from it");
        continue;
      }
      for (JsonNode f : root.path("findings")) {
        List<PathStep> path = new ArrayList<>();
        for (JsonNode step : f.path("path")) {
          path.add(new PathStep(location(step), step.path("label").asText("")));
        }
        findings.add(new Finding(f.path("rule").asText(), severity(f.path("severity").asText()),
            f.path("message").asText(""), location(f.path("location")), path));
      }
      for (JsonNode p : root.path("problems")) {
        problems.add(location(p.path("location")) + ": " + p.path("message").asText(""));
      }
      for (JsonNode d : root.path("declarations")) {
        declarations.add(new Results.Declared(
            d.path("role").asText(), d.path("targetKind").asText(), d.path("target").asText()));
      }
    }
    return new Results(findings, problems, declarations);
  }

  private static Location location(JsonNode n) {
    return new Location(n.path("file").asText(""), n.path("line").asInt(0), n.path("column").asInt(0));
  }

  // SonarQube takes an issue's severity from the rule in the quality profile; this one only has to parse
  private static Severity severity(String text) {
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      return Severity.MAJOR;
    }
  }
}
