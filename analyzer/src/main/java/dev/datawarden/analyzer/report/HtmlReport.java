package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.Regulation;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.suppression.Suppression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The findings as one self-contained HTML page for a compliance officer: a summary, the picture of
 * the data flows ({@link FlowMap}, inline SVG), the findings grouped by article and severity with
 * their paths, the suppressions, the problems and the rules. No script, no external resource; the
 * page forbids both in its content security policy. The same result gives the same bytes.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** A finding as the page shows it. */
  public record FindingView(
      String rule, String title, String severity, String location, String message, List<StepView> path,
      String citation, String remediation, String fingerprint) {}

  /** One hop of a path. */
  public record StepView(String location, String label) {}

  /** The findings of one severity under one article. */
  public record SeverityGroup(String severity, List<FindingView> findings) {}

  /** The findings citing one article, with the article's text. */
  public record ArticleGroup(String anchor, String heading, String text, int count, List<SeverityGroup> severities) {}

  /** A count in the summary tables. */
  public record Count(String name, String title, long count) {}

  /** A suppression as listed. */
  public record SuppressionView(String rule, String element, String location, List<FindingView> suppressed) {}

  /** Something that kept part of the input from being analysed. */
  public record ProblemView(String kind, String location, String message) {}

  /** A rule as described at the end of the page. */
  public record RuleView(String key, String title, String severity, String citation, String description,
      String remediation) {}

  /** Renders the page; {@code title} names the analysed project. */
  public static String render(AnalysisResult result, String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("toolVersion", ReportFiles.toolVersion());
    model.put("classpathMode", result.classpathMode());
    model.put("fileCount", result.analysedFiles().size());
    model.put("findingCount", result.findings().size());
    model.put("bySeverity", bySeverity(result.findings()));
    model.put("byRule", byRule(result.findings()));
    model.put("articles", byArticle(result.findings()));
    model.put("flowMap", FlowMap.of(result));
    model.put("suppressions", result.suppressions().stream().map(HtmlReport::view).toList());
    model.put("problems", result.problems().stream().map(HtmlReport::view).toList());
    model.put("rules", RulePack.all().stream().map(m -> new RuleView(m.key(), m.title(), m.severity().name(),
        m.citation(), m.description(), m.remediation())).toList());
    return Templates.render("report.ftlh", model);
  }

  public static void write(AnalysisResult result, String title, Path file) throws IOException {
    ReportFiles.writeAtomically(file, render(result, title));
  }

  static List<Count> bySeverity(List<Finding> findings) {
    List<Count> counts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      counts.add(new Count(s.name(), s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT),
          findings.stream().filter(f -> f.severity() == s).count()));
    }
    return counts;
  }

  static List<Count> byRule(List<Finding> findings) {
    Map<String, Long> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.ruleKey(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), metadata(e.getKey()).map(RuleMetadata::title).orElse(""), e.getValue()))
        .toList();
  }

  private static List<ArticleGroup> byArticle(List<Finding> findings) {
    // article number → findings; 0 for rules citing no article, shown last
    TreeMap<Integer, List<Finding>> articles = new TreeMap<>();
    for (Finding f : findings) {
      List<Integer> numbers = metadata(f.ruleKey()).map(RuleMetadata::articleNumbers).orElse(List.of());
      if (numbers.isEmpty()) {
        articles.computeIfAbsent(Integer.MAX_VALUE, k -> new ArrayList<>()).add(f);
      }
      numbers.forEach(n -> articles.computeIfAbsent(n, k -> new ArrayList<>()).add(f));
    }
    List<ArticleGroup> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<Finding>> e : articles.entrySet()) {
      List<SeverityGroup> severities = new ArrayList<>();
      for (Severity s : Severity.values()) {
        List<FindingView> views = e.getValue().stream().filter(f -> f.severity() == s).map(HtmlReport::view).toList();
        if (!views.isEmpty()) {
          severities.add(new SeverityGroup(s.name(), views));
        }
      }
      boolean none = e.getKey() == Integer.MAX_VALUE;
      groups.add(new ArticleGroup(
          none ? "art-none" : "art-" + e.getKey(),
          none ? "No article: use of DataWarden's vocabulary" : "Article " + e.getKey(),
          none ? "" : Regulation.article(e.getKey()).orElse(""),
          e.getValue().size(), severities));
    }
    return groups;
  }

  private static Optional<RuleMetadata> metadata(String key) {
    return RulePack.find(key);
  }

  static FindingView view(Finding f) {
    Optional<RuleMetadata> m = metadata(f.ruleKey());
    return new FindingView(f.ruleKey(), m.map(RuleMetadata::title).orElse(f.ruleKey()), f.severity().name(),
        f.location().toString(), f.message(),
        f.path().stream().map(s -> new StepView(s.location().toString(), s.label())).toList(),
        m.map(RuleMetadata::citation).orElse(""), m.map(RuleMetadata::remediation).orElse(""), Fingerprints.of(f));
  }

  private static SuppressionView view(Suppression s) {
    return new SuppressionView(s.ruleKey(), s.element(), s.location().toString(),
        s.suppressed().stream().map(HtmlReport::view).toList());
  }

  private static ProblemView view(Problem p) {
    return new ProblemView(p.kind().name(), p.location().toString(), p.message());
  }
}
