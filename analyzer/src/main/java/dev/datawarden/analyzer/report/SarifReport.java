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
import java.nio.charset.StandardCharsets;
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

  /** The {@code uriBaseId} of files named relative to the root of the Maven reactor. */
  public static final String REACTOR_ROOT = "REACTOR_ROOT";
  /**
   * The key of a result's fingerprint in {@code partialFingerprints}; v2 since a finding on flows
   * stands for every category reaching its sink call, and its fingerprint leaves the data out.
   */
  static final String FINGERPRINT = "datawarden/v2";

  private SarifReport() {}

  public static String render(AnalysisResult result) {
    return render(result, null, Locale.ENGLISH);
  }

  /** The log with its rules' descriptions in {@code locale}; the findings' messages are in the analysis's language. */
  public static String render(AnalysisResult result, Locale locale) {
    return render(result, null, locale);
  }

  /**
   * The SARIF log; with {@code reactorRoot}, a file outside the base directory but inside the
   * reactor's root (an upstream module's source on a flow's path) is named relative to that root
   * with the {@code uriBaseId} {@value #REACTOR_ROOT}, so the log is the same on every machine.
   */
  public static String render(AnalysisResult result, Path reactorRoot) {
    return render(result, reactorRoot, Locale.ENGLISH);
  }

  /**
   * As {@link #render(AnalysisResult, Path)}, the rules' descriptions and the labels of the findings'
   * paths in {@code locale}; rule ids, fingerprints and property names stay as they are.
   */
  public static String render(AnalysisResult result, Path reactorRoot, Locale locale) {
    String prefix = reactorRoot == null ? null
        : reactorRoot.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "DataWarden");
    driver.put("semanticVersion", ReportFiles.toolVersion().replace("-SNAPSHOT", ""));
    driver.put("version", ReportFiles.toolVersion());
    driver.put("informationUri", "https://github.com/datawarden/datawarden");
    Texts texts = Texts.of(locale);
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
    if (prefix != null) {
      run.putObject("originalUriBaseIds").putObject(REACTOR_ROOT).putObject("description")
          .put("text", texts.get("sarif.reactorRoot"));
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      result(results.addObject(), f, index, prefix, texts);
    }
    // silenced findings stay in the log, marked as suppressed in the source, as SARIF intends
    for (Suppression sup : result.suppressions()) {
      for (Finding f : sup.suppressed()) {
        ObjectNode r = results.addObject();
        result(r, f, index, prefix, texts);
        ObjectNode s = r.putArray("suppressions").addObject();
        s.put("kind", "inSource");
        s.put("status", "accepted");
        physical(s.putObject("location"), sup.location(), prefix);
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
        physical(n.putArray("locations").addObject(), p.location(), prefix);
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

  /** A finding as a result; its path's labels in the language of {@code texts}, its rule id and fingerprint as always. */
  private static void result(ObjectNode r, Finding f, Map<String, Integer> index, String root, Texts texts) {
    r.put("ruleId", f.ruleKey());
    Integer i = index.get(f.ruleKey());
    if (i != null) {
      r.put("ruleIndex", i);
    }
    r.put("level", level(f.severity()));
    r.putObject("message").put("text", f.message());
    physical(r.putArray("locations").addObject(), f.location(), root);
    r.putObject("partialFingerprints").put(FINGERPRINT, Fingerprints.of(f));
    if (f.inferred()) {
      r.putObject("properties").put("inferred", true); // rests on data discovery inferred: level one step lower
    }
    if (!f.path().isEmpty()) {
      ArrayNode flows = r.putArray("codeFlows");
      for (List<PathStep> path : f.paths()) {
        ArrayNode steps = flows.addObject().putArray("threadFlows").addObject().putArray("locations");
        for (PathStep step : path) {
          ObjectNode location = steps.addObject().putObject("location");
          physical(location, step.location(), root);
          location.putObject("message").put("text", texts.step(step.label()));
        }
      }
    }
  }

  private static void physical(ObjectNode location, Location l, String root) {
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    if (root != null && l.file().startsWith(root)) {
      artifact.put("uri", uri(l.file().substring(root.length())));
      artifact.put("uriBaseId", REACTOR_ROOT);
    } else {
      artifact.put("uri", uri(l.file()));
      if (!l.file().startsWith("/")) {
        artifact.put("uriBaseId", "%SRCROOT%");
      }
    }
    if (l.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", l.line());
      if (l.column() > 0) {
        region.put("startColumn", l.column());
      }
    }
  }

  /**
   * A location's file as a SARIF {@code artifactLocation.uri} (RFC 3986): a relative reference for
   * a file under the base directory, a {@code file:} URI for one outside it (another module's
   * source on a flow's path), each byte outside the unreserved characters and {@code /} (and the
   * sub-delimiters and {@code @} other than in a first segment, where a {@code :} would read as a
   * scheme) percent-encoded as UTF-8. {@link #path} reads it back.
   */
  public static String uri(String file) {
    boolean absolute = file.startsWith("/");
    StringBuilder b = new StringBuilder(absolute ? "file://" : "");
    boolean firstSegment = !absolute;
    for (byte x : file.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      if (c == '/') {
        firstSegment = false;
        b.append('/');
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0
          || (!firstSegment && "!$&'()*+,;=:@".indexOf(c) >= 0)) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return b.toString();
  }

  /** The file a SARIF {@code artifactLocation.uri} written by {@link #uri} names, as findings show it. */
  public static String path(String uri) {
    String p = uri.startsWith("file://") ? uri.substring("file://".length()) : uri;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '%' && i + 2 < p.length()) {
        bytes.write(Integer.parseInt(p.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
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
