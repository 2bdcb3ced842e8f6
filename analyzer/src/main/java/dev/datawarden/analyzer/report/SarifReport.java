package dev.datawarden.analyzer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.suppression.Suppression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and IDE viewers read it: one run, every rule with its
 * metadata, one result per finding with its path as a code flow, findings silenced by
 * {@code @SuppressWarnings} as results with an in-source suppression, problems as notifications.
 */
public final class SarifReport {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifReport() {}

  public static String render(AnalysisResult result) {
    return render(result, Locale.ENGLISH);
  }

  /** The log with its rules' descriptions in {@code locale}; the findings' messages are in the analysis's language. */
  public static String render(AnalysisResult result, Locale locale) {
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "DataWarden");
    driver.put("semanticVersion", ReportFiles.toolVersion().replace("-SNAPSHOT", ""));
    driver.put("version", ReportFiles.toolVersion());
    driver.put("informationUri", "https://github.com/datawarden/datawarden");
    ArrayNode rules = driver.putArray("rules");
    List<RuleMetadata> all = RulePack.all();
    Map<String, Integer> index = new HashMap<>();
    for (RuleMetadata m : all) {
      index.put(m.key(), index.size());
      ObjectNode r = rules.addObject();
      r.put("id", m.key());
      r.put("name", m.key());
      r.putObject("shortDescription").put("text", m.title(locale));
      r.putObject("fullDescription").put("text", m.explanation(locale));
      r.putObject("help").put("text", m.remediation(locale) + (m.articles().isEmpty() ? ""
          : Messages.of(RuleMetadata.MESSAGES, locale).text("finding.cited", "", m.citation(locale))));
      r.putObject("defaultConfiguration").put("level", level(m.severity()));
      ObjectNode props = r.putObject("properties");
      ArrayNode tags = props.putArray("tags");
      tags.add("privacy").add("ndsmr");
      m.articleNumbers().forEach(a -> tags.add("art-" + a));
      props.put("security-severity", securitySeverity(m.severity()));
      props.put("severity", m.severity().name());
      ArrayNode articles = props.putArray("articles");
      m.articles().forEach(articles::add);
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      result(results.addObject(), f, index);
    }
    // silenced findings stay in the log, marked as suppressed in the source, as SARIF intends
    for (Suppression sup : result.suppressions()) {
      for (Finding f : sup.suppressed()) {
        ObjectNode r = results.addObject();
        result(r, f, index);
        ObjectNode s = r.putArray("suppressions").addObject();
        s.put("kind", "inSource");
        s.put("status", "accepted");
        physical(s.putObject("location"), sup.location());
      }
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (Problem p : result.problems()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "warning");
      n.putObject("descriptor").put("id", p.kind().name());
      n.putObject("message").put("text", p.message());
      if (!p.location().file().startsWith("<")) {
        physical(n.putArray("locations").addObject(), p.location());
      }
    }
    return ReportFiles.pretty(root);
  }

  public static void write(AnalysisResult result, Path file) throws IOException {
    write(result, file, Locale.ENGLISH);
  }

  public static void write(AnalysisResult result, Path file, Locale locale) throws IOException {
    ReportFiles.writeAtomically(file, render(result, locale));
  }

  private static void result(ObjectNode r, Finding f, Map<String, Integer> index) {
    r.put("ruleId", f.ruleKey());
    Integer i = index.get(f.ruleKey());
    if (i != null) {
      r.put("ruleIndex", i);
    }
    r.put("level", level(f.severity()));
    r.putObject("message").put("text", f.message());
    physical(r.putArray("locations").addObject(), f.location());
    r.putObject("partialFingerprints").put("datawarden/v1", Fingerprints.of(f));
    if (!f.path().isEmpty()) {
      ArrayNode steps = r.putArray("codeFlows").addObject().putArray("threadFlows").addObject().putArray("locations");
      for (PathStep step : f.path()) {
        ObjectNode location = steps.addObject().putObject("location");
        physical(location, step.location());
        location.putObject("message").put("text", step.label());
      }
    }
  }

  private static void physical(ObjectNode location, Location l) {
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", l.file());
    if (!l.file().startsWith("/")) {
      artifact.put("uriBaseId", "%SRCROOT%");
    }
    if (l.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", l.line());
      if (l.column() > 0) {
        region.put("startColumn", l.column());
      }
    }
  }

  static String level(Severity s) {
    return switch (s) {
      case BLOCKER, CRITICAL -> "error";
      case MAJOR -> "warning";
      case MINOR, INFO -> "note";
    };
  }

  /** GitHub's scale: 9.0 and up critical, 7.0 high, 4.0 medium, below low. */
  static String securitySeverity(Severity s) {
    return switch (s) {
      case BLOCKER -> "9.5";
      case CRITICAL -> "8.0";
      case MAJOR -> "5.5";
      case MINOR -> "3.0";
      case INFO -> "1.0";
    };
  }
}
