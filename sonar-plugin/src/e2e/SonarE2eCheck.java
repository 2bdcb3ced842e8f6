import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.PathStep;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks of sonar-e2e.sh, through SonarQube's web API after the sample shop was scanned:
 * the DataWarden issues are exactly the shop's "Noncompliant" markers (rule, file, line, message
 * part; a finding in datawarden.yml, which the scan does not index, is on the project with its file
 * and line in front of the message), an issue whose finding has paths carries each as a flow, the
 * quality gate is ERROR on security issues, and the project has DataWarden's measures with the
 * values the analyzer gives. Run with the analyzer's command-line jar on the class path (Jackson and
 * the analyzer come with it):
 * {@code java -cp datawarden-cli.jar SonarE2eCheck.java URL TOKEN PROJECT SHOP_DIR CLASSPATH_FILE}.
 */
public class SonarE2eCheck {
  private static final Pattern MARKER = Pattern.compile(
      "(?://|#)\\s*Noncompliant(?:@([+-]\\d+))?:\\s*([A-Za-z]+)(?:\\s*\\{\\{(.*?)\\}\\})?");
  private static final ObjectMapper JSON = new ObjectMapper();

  record Expected(String file, int line, String rule, String messagePart) {
    @Override
    public String toString() {
      return file + ":" + line + " " + rule + (messagePart == null ? "" : " {{" + messagePart + "}}");
    }
  }

  /** An issue as the web API returns it; file is null for an issue on the project. */
  record Issue(String rule, String file, int line, String message, List<List<Integer>> flowLines) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;
  private final String auth;
  private final String project;
  private final List<String> failures = new ArrayList<>();
  private int passed;

  SonarE2eCheck(String url, String token, String project) {
    this.url = url;
    this.auth = "Basic " + Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8));
    this.project = project;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: SonarE2eCheck URL TOKEN PROJECT SHOP_DIR CLASSPATH_FILE");
      System.exit(2);
    }
    Path shop = Path.of(args[3]).toAbsolutePath().normalize();
    SonarE2eCheck check = new SonarE2eCheck(args[0], args[1], args[2]);
    List<Expected> expected = markers(shop);
    AnalysisResult analysed = analyse(shop, Path.of(args[4]));

    // the issue index may trail the analysis by a moment
    List<Issue> issues = check.issues();
    for (int attempt = 0; attempt < 10 && issues.size() < expected.size(); attempt++) {
      Thread.sleep(2000);
      issues = check.issues();
    }
    check.issuesMatchMarkers(expected, issues);
    check.pathsAreFlows(expected, issues, analysed);
    check.gateFailedOnSecurityIssues();
    check.measures(analysed);

    System.out.println();
    check.failures.forEach(f -> System.out.println("FAILED: " + f));
    System.out.println("sonar-e2e: " + check.passed + " passed, " + check.failures.size() + " failed");
    System.exit(check.failures.isEmpty() ? 0 : 1);
  }

  private void result(String name, List<String> problems) {
    if (problems.isEmpty()) {
      passed++;
      System.out.println("ok   " + name);
    } else {
      System.out.println("FAIL " + name);
      problems.forEach(p -> System.out.println("       " + p));
      failures.add(name);
    }
  }

  void issuesMatchMarkers(List<Expected> expected, List<Issue> issues) {
    List<Issue> unexpected = new ArrayList<>(issues);
    List<String> problems = new ArrayList<>();
    for (Expected e : expected) {
      Issue match = unexpected.stream().filter(i -> matches(i, e)).findFirst().orElse(null);
      if (match == null) {
        problems.add("missing:    " + e);
      } else {
        unexpected.remove(match);
      }
    }
    unexpected.forEach(i -> problems.add("unexpected: " + i));
    result(expected.size() + " marker(s) in the shop, each one DataWarden issue at its rule, file and line, "
        + "and no other DataWarden issue", problems);
  }

  private static boolean matches(Issue i, Expected e) {
    boolean place = i.file() == null
        ? i.message().startsWith(e.file() + ":" + e.line() + ": ")
        : i.file().equals(e.file()) && i.line() == e.line();
    return place && i.rule().equals(e.rule()) && (e.messagePart() == null || i.message().contains(e.messagePart()));
  }

  void pathsAreFlows(List<Expected> expected, List<Issue> issues, AnalysisResult analysed) {
    List<String> problems = new ArrayList<>();
    int withPath = 0;
    for (Finding f : analysed.findings()) {
      // the plugin gives SonarQube one flow per path of the finding, as its API asks, backwards from the
      // primary location, and the web API returns them so; the UI numbers them from the source
      List<List<Integer>> flows = new ArrayList<>();
      for (List<PathStep> path : f.paths()) {
        List<Integer> backwards = new ArrayList<>(path.stream()
            .filter(s -> s.location().file().endsWith(".java"))
            .map(s -> s.location().line())
            .toList());
        Collections.reverse(backwards);
        if (!backwards.isEmpty()) {
          flows.add(backwards);
        }
      }
      if (flows.isEmpty() || !f.location().file().endsWith(".java")) {
        continue;
      }
      withPath++;
      Issue issue = issues.stream()
          .filter(i -> i.rule().equals(f.ruleKey()) && Objects.equals(i.file(), f.location().file())
              && i.line() == f.location().line() && i.message().equals(f.message()))
          .findFirst().orElse(null);
      if (issue == null) {
        problems.add("no issue for " + f.location() + " " + f.ruleKey() + " " + f.message());
      } else if (!issue.flowLines().equals(flows)) {
        problems.add(f.location() + " " + f.ruleKey() + ": flows " + issue.flowLines() + ", expected "
            + flows + " (each path's lines, backwards)");
      }
    }
    result(withPath == 0
            ? "flows: no finding of the shop has a path yet (nothing to check)"
            : withPath + " finding(s) with a path, each an issue whose flow has the path's lines",
        problems);
  }

  void gateFailedOnSecurityIssues() throws IOException, InterruptedException {
    JsonNode status = get("/api/qualitygates/project_status", Map.of("projectKey", project)).path("projectStatus");
    List<String> problems = new ArrayList<>();
    if (!"ERROR".equals(status.path("status").asText())) {
      problems.add("gate status " + status.path("status").asText());
    }
    boolean onSecurity = false;
    for (JsonNode c : status.path("conditions")) {
      onSecurity |= "software_quality_security_issues".equals(c.path("metricKey").asText())
          && "ERROR".equals(c.path("status").asText());
    }
    if (!onSecurity) {
      problems.add("no failed condition on software_quality_security_issues: " + status.path("conditions"));
    }
    result("quality gate ERROR because of security issues", problems);
  }

  void measures(AnalysisResult analysed) throws IOException, InterruptedException {
    Map<String, Integer> expected = new TreeMap<>();
    expected.put("datawarden_pi_fields", (int) analysed.declarations().stream()
        .filter(d -> d.role().declaresPersonalInfo() && d.target().kind().name().equals("FIELD"))
        .map(d -> d.target().toString()).distinct().count());
    expected.put("datawarden_cross_border_flows", (int) analysed.findings().stream()
        .filter(f -> f.ruleKey().startsWith("CrossBorder") || f.ruleKey().startsWith("ImportantDataExport")).count());
    expected.put("datawarden_unlogged_transfers", (int) analysed.findings().stream()
        .filter(f -> f.ruleKey().equals("UnloggedTransfer")).count());
    JsonNode measures = get("/api/measures/component",
        Map.of("component", project, "metricKeys", String.join(",", expected.keySet())))
        .path("component").path("measures");
    Map<String, Integer> actual = new TreeMap<>();
    for (JsonNode m : measures) {
      actual.put(m.path("metric").asText(), m.path("value").asInt(-1));
    }
    List<String> problems = new ArrayList<>();
    if (!expected.equals(actual)) {
      problems.add("expected " + expected + ", the server has " + actual);
    }
    if (expected.get("datawarden_pi_fields") == 0) {
      problems.add("the shop declares personal information fields, yet the analyzer counts none");
    }
    result("project measures " + expected, problems);
  }

  List<Issue> issues() throws IOException, InterruptedException {
    List<Issue> issues = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode body = get("/api/issues/search",
          Map.of("components", project, "ps", "500", "p", String.valueOf(page)));
      for (JsonNode i : body.path("issues")) {
        String rule = i.path("rule").asText();
        if (!rule.startsWith("datawarden:")) {
          continue;
        }
        String component = i.path("component").asText();
        String file = component.equals(project) ? null : component.substring(component.indexOf(':') + 1);
        List<List<Integer>> flows = new ArrayList<>();
        for (JsonNode flow : i.path("flows")) {
          List<Integer> lines = new ArrayList<>();
          flow.path("locations").forEach(l -> lines.add(l.path("textRange").path("startLine").asInt()));
          flows.add(lines);
        }
        issues.add(new Issue(rule.substring("datawarden:".length()), file, i.path("line").asInt(0),
            i.path("message").asText(), flows));
      }
      if (page * 500 >= body.path("paging").path("total").asInt(body.path("total").asInt())) {
        return issues;
      }
    }
  }

  private JsonNode get(String path, Map<String, String> params) throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder();
    params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(url + path + query)).header("Authorization", auth).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + query + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** The markers of the shop's Java sources and catalog, relative to the shop. */
  static List<Expected> markers(Path shop) throws IOException {
    List<Expected> expected = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(shop)) {
      files = walk.filter(p -> !shop.relativize(p).startsWith("target"))
          .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".yml"))
          .sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MARKER.matcher(lines.get(i));
        if (m.find()) {
          int offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
          expected.add(new Expected(shop.relativize(file).toString().replace('\\', '/'), i + 1 + offset, m.group(2),
              m.group(3)));
        }
      }
    }
    return expected;
  }

  /** What the analyzer finds in the shop, as the sensor asks it: the paths and the measures' expected values. */
  static AnalysisResult analyse(Path shop, Path classpathFile) throws IOException {
    List<Path> classpath = Stream.of(Files.readString(classpathFile).trim().split(java.io.File.pathSeparator))
        .filter(e -> !e.isBlank()).map(Path::of).toList();
    return Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(shop.resolve("src/main/java"))
        .addCatalog(shop.resolve("datawarden.yml"))
        .classpath(classpath)
        .baseDirectory(shop)
        .build());
  }
}
