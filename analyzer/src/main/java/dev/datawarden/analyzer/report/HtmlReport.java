package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.Regulation;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.suppression.Suppression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The findings as one self-contained HTML page for a compliance officer, in English or Chinese:
 * first what a decision needs (findings by severity, by rule with the data they concern, by sink or
 * recipient), then the picture of the data flows ({@link FlowMap}, inline SVG) with a category ×
 * recipient matrix, then one card per finding, folded under its rule, each finding exactly once,
 * then an article index linking to the cards, the suppressions, the problems and the rules. No
 * script, no external resource; the page forbids both in its content security policy. The same
 * result gives the same bytes.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** A finding as the page shows it: its card has the id {@code anchor}. */
  public record FindingView(
      String anchor, String rule, String title, String severity, String location, String message, List<StepView> path,
      List<List<StepView>> morePaths, String citation, List<ArticleLink> articles, String remediation,
      String fingerprint) {}

  /** One hop of a path. */
  public record StepView(String location, String label) {}

  /** An article a finding's rule enforces, linking to its entry in the article index. */
  public record ArticleLink(String anchor, String label) {}

  /** The findings of one rule, most severe rule first; {@code data} is what their paths start from. */
  public record RuleGroup(String anchor, String rule, String title, String severity, String citation,
      List<String> data, List<FindingView> findings) {}

  /** The findings whose paths end at one sink or recipient. */
  public record SinkGroup(String sink, long count, List<String> rules, List<String> data) {}

  /** One article with the cards of the findings that cite it. */
  public record ArticleEntry(String anchor, String heading, String text, List<FindingView> findings) {}

  /** A count in the summary tables. */
  public record Count(String name, String title, long count) {}

  /** A suppression as listed. */
  public record SuppressionView(String rule, String element, String location, List<FindingView> suppressed) {}

  /** Something that kept part of the input from being analysed. */
  public record ProblemView(String kind, String location, String message) {}

  /** A rule as described at the end of the page. */
  public record RuleView(String key, String title, String severity, String citation, String summary,
      String remediation) {}

  /** Renders the page in English; {@code title} names the analysed project. */
  public static String render(AnalysisResult result, String title) {
    return render(result, title, Locale.ENGLISH);
  }

  /** Renders the page in {@code locale} (English or Simplified Chinese). */
  public static String render(AnalysisResult result, String title, Locale locale) {
    Texts t = Texts.of(locale);
    List<FindingView> cards = new ArrayList<>();
    for (int i = 0; i < result.findings().size(); i++) {
      cards.add(view(result.findings().get(i), DataLists.reference(result.findings().get(i)), locale));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("t", t);
    model.put("title", title);
    model.put("toolVersion", ReportFiles.toolVersion());
    model.put("classpathMode", result.classpathMode());
    model.put("fileCount", result.analysedFiles().size());
    model.put("findingCount", result.findings().size());
    model.put("bySeverity", bySeverity(result.findings(), t));
    model.put("byRule", byRule(result.findings(), cards, locale));
    model.put("bySink", bySink(result.findings()));
    model.put("articles", byArticle(result.findings(), cards, t));
    model.put("flowMap", FlowMap.of(result, t));
    model.put("suppressions", result.suppressions().stream().map(s -> view(s, locale)).toList());
    model.put("problems", result.problems().stream().map(HtmlReport::view).toList());
    model.put("rules", RulePack.all().stream().map(m -> new RuleView(m.key(), m.title(locale), m.severity().name(),
        m.citation(locale), m.summary(locale), m.remediation(locale))).toList());
    return Templates.render("report.ftlh", model);
  }

  public static void write(AnalysisResult result, String title, Path file) throws IOException {
    write(result, title, file, Locale.ENGLISH);
  }

  public static void write(AnalysisResult result, String title, Path file, Locale locale) throws IOException {
    ReportFiles.writeAtomically(file, render(result, title, locale));
  }

  static List<Count> bySeverity(List<Finding> findings, Texts t) {
    List<Count> counts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      counts.add(new Count(s.name(), t.get("severity." + s.name()),
          findings.stream().filter(f -> f.severity() == s).count()));
    }
    return counts;
  }

  /** The rules that found something, most severe first, then in the pack's order. */
  static List<RuleGroup> byRule(List<Finding> findings, List<FindingView> cards, Locale locale) {
    List<RuleGroup> groups = new ArrayList<>();
    for (Severity s : Severity.values()) {
      for (RuleMetadata m : RulePack.all()) {
        if (m.severity() != s) {
          continue;
        }
        List<FindingView> mine = new ArrayList<>();
        Set<String> data = new TreeSet<>();
        for (int i = 0; i < findings.size(); i++) {
          if (findings.get(i).ruleKey().equals(m.key())) {
            mine.add(cards.get(i));
            findings.get(i).paths().forEach(p -> data(p).ifPresent(data::add));
          }
        }
        if (!mine.isEmpty()) {
          groups.add(new RuleGroup("rule-" + m.key(), m.key(), m.title(locale), s.name(), m.citation(locale),
              List.copyOf(data), mine));
        }
      }
    }
    // findings of a key the pack does not know (read back from an older report) still get a group
    Set<String> known = new HashSet<>(groups.stream().map(RuleGroup::rule).toList());
    Map<String, List<FindingView>> unknown = new TreeMap<>();
    for (int i = 0; i < findings.size(); i++) {
      if (!known.contains(findings.get(i).ruleKey())) {
        unknown.computeIfAbsent(findings.get(i).ruleKey(), k -> new ArrayList<>()).add(cards.get(i));
      }
    }
    unknown.forEach((key, views) -> groups.add(new RuleGroup("rule-" + key, key, key, views.get(0).severity(), "",
        List.of(), views)));
    return groups;
  }

  /** Findings with a path, by where the path ends (the sink call, or the recipient it names). */
  static List<SinkGroup> bySink(List<Finding> findings) {
    Map<String, List<Finding>> sinks = new TreeMap<>();
    for (Finding f : findings) {
      if (!f.path().isEmpty()) {
        sinks.computeIfAbsent(sink(f), k -> new ArrayList<>()).add(f);
      }
    }
    List<SinkGroup> groups = new ArrayList<>();
    sinks.forEach((sink, list) -> groups.add(new SinkGroup(sink, list.size(),
        list.stream().map(Finding::ruleKey).distinct().sorted().toList(),
        list.stream().flatMap(f -> f.paths().stream()).map(HtmlReport::data).flatMap(Optional::stream).distinct()
            .sorted().toList())));
    return groups;
  }

  /** The sink a finding's path ends at: {@code Logger.info()} of "reaches Logger.info()". */
  static String sink(Finding f) {
    String last = f.path().get(f.path().size() - 1).label();
    return last.startsWith("reaches ") ? last.substring("reaches ".length()) : last;
  }

  /** The data a path starts from: {@code Member.mobile (PHONE)}. */
  static Optional<String> data(List<PathStep> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    String first = path.get(0).label();
    for (String prefix : List.of("read ", "parameter ")) {
      if (first.startsWith(prefix)) {
        first = first.substring(prefix.length());
      }
    }
    return Optional.of(first.endsWith(" declared") ? first.substring(0, first.length() - " declared".length()) : first);
  }

  private static List<ArticleEntry> byArticle(List<Finding> findings, List<FindingView> cards, Texts t) {
    // article number → cards; MAX_VALUE for rules citing no article, shown last
    TreeMap<Integer, List<FindingView>> articles = new TreeMap<>();
    for (int i = 0; i < findings.size(); i++) {
      List<Integer> numbers = metadata(findings.get(i).ruleKey()).map(RuleMetadata::articleNumbers).orElse(List.of());
      if (numbers.isEmpty()) {
        articles.computeIfAbsent(Integer.MAX_VALUE, k -> new ArrayList<>()).add(cards.get(i));
      }
      for (int n : numbers) {
        articles.computeIfAbsent(n, k -> new ArrayList<>()).add(cards.get(i));
      }
    }
    List<ArticleEntry> entries = new ArrayList<>();
    for (Map.Entry<Integer, List<FindingView>> e : articles.entrySet()) {
      boolean none = e.getKey() == Integer.MAX_VALUE;
      entries.add(new ArticleEntry(
          none ? "art-none" : "art-" + e.getKey(),
          none ? t.get("report.noArticle") : t.get("report.article", articleName(e.getKey(), t)),
          none ? "" : Regulation.article(e.getKey()).orElse(""),
          e.getValue()));
    }
    return entries;
  }

  /** "22" in English (the heading says "Article 22"), "第二十二条" in Chinese. */
  private static String articleName(int number, Texts t) {
    return t.messages().chinese() ? t.messages().articles(List.of(Integer.toString(number))) : Integer.toString(number);
  }

  private static Optional<RuleMetadata> metadata(String key) {
    return RulePack.find(key);
  }

  static FindingView view(Finding f) {
    return view(f, "", Locale.ENGLISH);
  }

  static FindingView view(Finding f, String anchor, Locale locale) {
    Optional<RuleMetadata> m = metadata(f.ruleKey());
    Texts t = Texts.of(locale);
    List<ArticleLink> links = m.map(RuleMetadata::articleNumbers).orElse(List.of()).stream()
        .map(n -> new ArticleLink("art-" + n, articleName(n, t))).toList();
    return new FindingView(anchor, f.ruleKey(), m.map(r -> r.title(locale)).orElse(f.ruleKey()), f.severity().name(),
        f.location().toString(), f.message(),
        steps(f.path(), t), f.morePaths().stream().map(p -> steps(p, t)).toList(),
        m.map(r -> r.citation(locale)).orElse(""), links, m.map(r -> r.remediation(locale)).orElse(""),
        Fingerprints.of(f));
  }

  private static List<StepView> steps(List<PathStep> path, Texts t) {
    return path.stream().map(s -> new StepView(s.location().toString(), stepLabel(s.label(), t))).toList();
  }

  /** The engine's words of a path step ("read", "passed to", "reaches"...) in the page's language; names stay. */
  static String stepLabel(String label, Texts t) {
    return t.step(label);
  }

  private static SuppressionView view(Suppression s, Locale locale) {
    return new SuppressionView(s.ruleKey(), s.element(), s.location().toString(),
        s.suppressed().stream().map(f -> view(f, "", locale)).toList());
  }

  private static ProblemView view(Problem p) {
    return new ProblemView(p.kind().name(), p.location().toString(), p.message());
  }
}
