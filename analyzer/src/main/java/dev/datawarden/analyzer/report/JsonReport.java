package dev.datawarden.analyzer.report;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DataWarden's own JSON report: findings with their paths, problems, analysed files, a count per
 * severity, the suppressions with the findings they silenced, and the metadata of the rules. Other tools (the SonarQube sensor) import it
 * with {@link #read(Path)}.
 */
public final class JsonReport {
  /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
  public static final int FORMAT_VERSION = 1;

  /** What a report holds for the tools that import it. */
  public record Contents(List<Finding> findings, List<Problem> problems, List<DeclaredTarget> declarations) {
    public Contents {
      findings = List.copyOf(findings);
      problems = List.copyOf(problems);
      declarations = List.copyOf(declarations);
    }
  }

  /**
   * A declaration as the report names it: the role's catalog key ({@code personalInfo}), the target's
   * kind ({@code FIELD}) and the target ({@code com.shop.Member#phone}).
   */
  public record DeclaredTarget(String role, String targetKind, String target) {}

  private JsonReport() {}

  /**
   * Reads a report back. A report of a newer format version, one that is missing or that is no JSON
   * fails with a message naming it; fields a newer version added are ignored, and a severity or
   * problem kind this version does not know reads as {@code MAJOR} or {@code INTERNAL}.
   */
  public static Contents read(Path file) throws IOException {
    JsonNode root = readDocument(file, "read.kind.report", FORMAT_VERSION);
    List<Finding> findings = new ArrayList<>();
    for (JsonNode f : root.path("findings")) {
      List<List<PathStep>> morePaths = new ArrayList<>();
      for (JsonNode more : f.path("morePaths")) {
        morePaths.add(steps(more));
      }
      String message = f.path("message").asText("");
      findings.add(new Finding(f.path("rule").asText(), severity(f.path("severity").asText()), message,
          location(f.path("location")), steps(f.path("path")), message, morePaths, f.path("inferred").asBoolean(false)));
    }
    List<Problem> problems = new ArrayList<>();
    for (JsonNode p : root.path("problems")) {
      problems.add(new Problem(kind(p.path("kind").asText()), location(p.path("location")), p.path("message").asText("")));
    }
    List<DeclaredTarget> declarations = new ArrayList<>();
    for (JsonNode d : root.path("declarations")) {
      declarations.add(new DeclaredTarget(d.path("role").asText(), d.path("targetKind").asText(), d.path("target").asText()));
    }
    return new Contents(findings, problems, declarations);
  }

  /**
   * The root of one of DataWarden's JSON files (a report, a baseline): {@code what} names the kind of
   * file in the messages of the failures, a file of a format version above {@code formatVersion} (or
   * without one) among them.
   */
  static JsonNode readDocument(Path file, String what, int formatVersion) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ReadFailure("read.missing", null, what, file);
    }
    JsonNode root;
    try {
      root = ReportFiles.JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new ReadFailure("read.unreadable", e, what, file, e.getMessage());
    }
    JsonNode version = root == null ? null : root.get("formatVersion");
    if (version == null || version.asInt(0) < 1 || version.asInt(0) > formatVersion) {
      throw new ReadFailure("read.version", null, what, file, version == null ? "none" : version, formatVersion);
    }
    return root;
  }

  private static List<PathStep> steps(JsonNode path) {
    List<PathStep> steps = new ArrayList<>();
    for (JsonNode step : path) {
      steps.add(new PathStep(location(step), step.path("label").asText("")));
    }
    return steps;
  }

  static Location location(JsonNode n) {
    return new Location(n.path("file").asText(""), n.path("line").asInt(0), n.path("column").asInt(0));
  }

  private static Severity severity(String text) {
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      return Severity.MAJOR;
    }
  }

  private static Problem.Kind kind(String text) {
    for (Problem.Kind k : Problem.Kind.values()) {
      if (k.name().equals(text)) {
        return k;
      }
    }
    return Problem.Kind.INTERNAL;
  }

  public static String render(AnalysisResult result) {
    return render(result, Locale.ENGLISH);
  }

  /**
   * The report with the labels of the findings' paths and the rules' titles in {@code locale} (the
   * messages are in the analysis's language); keys, rule keys, kinds and fingerprints stay English.
   */
  public static String render(AnalysisResult result, Locale locale) {
    Texts texts = Texts.of(locale);
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
      steps(n.putArray("path"), f.path(), texts);
      if (!f.morePaths().isEmpty()) {
        ArrayNode more = n.putArray("morePaths");
        f.morePaths().forEach(p -> steps(more.addArray(), p, texts));
      }
      n.put("fingerprint", Fingerprints.of(f));
      if (f.inferred()) {
        n.put("inferred", true);
      }
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
      n.put("title", m.title(locale));
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

  private static void steps(ArrayNode array, List<PathStep> path, Texts texts) {
    for (PathStep step : path) {
      ObjectNode s = array.addObject();
      location(s, step.location());
      s.put("label", texts.step(step.label()));
    }
  }

  private static void location(ObjectNode n, Location l) {
    n.put("file", l.file());
    n.put("line", l.line());
    n.put("column", l.column());
  }
}
