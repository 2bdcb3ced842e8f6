package dev.datawarden.analyzer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.suppression.Suppression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * DataWarden's own JSON report: findings with their paths, problems, analysed files, a count per
 * severity, the suppressions with the findings they silenced, and the metadata of the rules. Other tools (the SonarQube sensor) import it.
 */
public final class JsonReport {
  /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
  public static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  public static String render(AnalysisResult result) {
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("tool", "DataWarden");
    root.put("toolVersion", ReportFiles.toolVersion());
    root.put("classpathMode", result.classpathMode());
    ObjectNode summary = root.putObject("summary");
    for (Severity s : Severity.values()) {
      summary.put(s.name(), result.findings().stream().filter(f -> f.severity() == s).count());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.ruleKey());
      n.put("severity", f.severity().name());
      n.put("message", f.message());
      location(n.putObject("location"), f.location());
      ArrayNode path = n.putArray("path");
      for (PathStep step : f.path()) {
        ObjectNode s = path.addObject();
        location(s, step.location());
        s.put("label", step.label());
      }
      n.put("fingerprint", Fingerprints.of(f));
    }
    ArrayNode problems = root.putArray("problems");
    for (Problem p : result.problems()) {
      ObjectNode n = problems.addObject();
      n.put("kind", p.kind().name());
      location(n.putObject("location"), p.location());
      n.put("message", p.message());
    }
    ArrayNode declarations = root.putArray("declarations");
    for (Declaration d : result.declarations()) {
      ObjectNode n = declarations.addObject();
      n.put("role", d.role().catalogKey());
      n.put("targetKind", d.target().kind().name());
      n.put("target", d.target().toString());
      n.put("origin", d.origin().name());
      location(n.putObject("location"), d.location());
      ObjectNode attributes = n.putObject("attributes");
      for (String name : new java.util.TreeSet<>(d.attributes().keySet())) {
        Object v = d.attributes().get(name);
        if (v instanceof List<?> list) {
          ArrayNode a = attributes.putArray(name);
          list.forEach(x -> a.add(String.valueOf(x)));
        } else if (v instanceof Boolean b) {
          attributes.put(name, b);
        } else {
          attributes.put(name, String.valueOf(v));
        }
      }
    }
    ArrayNode suppressions = root.putArray("suppressions");
    for (Suppression sup : result.suppressions()) {
      ObjectNode n = suppressions.addObject();
      n.put("rule", sup.ruleKey());
      n.put("element", sup.element());
      location(n.putObject("location"), sup.location());
      n.put("firstLine", sup.firstLine());
      n.put("lastLine", sup.lastLine());
      ArrayNode silenced = n.putArray("suppressedFindings");
      for (Finding f : sup.suppressed()) {
        ObjectNode s = silenced.addObject();
        s.put("rule", f.ruleKey());
        s.put("severity", f.severity().name());
        s.put("message", f.message());
        location(s.putObject("location"), f.location());
        s.put("fingerprint", Fingerprints.of(f));
      }
    }
    ArrayNode rules = root.putArray("rules");
    for (RuleMetadata m : RulePack.all()) {
      ObjectNode n = rules.addObject();
      n.put("key", m.key());
      n.put("title", m.title());
      n.put("severity", m.severity().name());
      ArrayNode articles = n.putArray("articles");
      m.articles().forEach(articles::add);
    }
    ArrayNode files = root.putArray("analysedFiles");
    result.analysedFiles().forEach(files::add);
    return ReportFiles.pretty(root);
  }

  public static void write(AnalysisResult result, Path file) throws IOException {
    ReportFiles.writeAtomically(file, render(result));
  }

  private static void location(ObjectNode n, Location l) {
    n.put("file", l.file());
    n.put("line", l.line());
    n.put("column", l.column());
  }
}
