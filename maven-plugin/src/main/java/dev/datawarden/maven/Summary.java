package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.Progress;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The table that ends a DataWarden run in the build log: findings by severity and by rule, time per phase and per rule. */
final class Summary {
  private Summary() {}

  static List<String> lines(AnalysisResult result, Messages t) {
    List<String> out = new ArrayList<>();
    out.add(t.text("summary", Integer.toString(result.findings().size()), Integer.toString(result.analysedFiles().size()),
        Integer.toString(result.suppressions().size())));
    out.add(String.format("  %-10s %8s", t.text("summary.severity"), t.text("summary.findings")));
    for (Severity s : Severity.values()) {
      out.add(String.format("  %-10s %8d", s.name(), result.findings().stream().filter(f -> f.severity() == s).count()));
    }
    Map<String, Integer> byRule = new TreeMap<>();
    for (Finding f : result.findings()) {
      byRule.merge(f.ruleKey(), 1, Integer::sum);
    }
    if (!byRule.isEmpty()) {
      int width = Math.max(4, byRule.keySet().stream().mapToInt(String::length).max().orElse(4));
      out.add(String.format("  %-" + width + "s  %-8s  %8s", t.text("summary.rule"), t.text("summary.severity"),
          t.text("summary.findings")));
      byRule.forEach((rule, n) -> out.add(String.format("  %-" + width + "s  %-8s  %8d", rule,
          Analyzer.rule(rule).map(m -> m.severity().name()).orElse("?"), n)));
    }
    if (!result.phaseMillis().isEmpty()) {
      out.add(String.format("  %-12s %8s", t.text("summary.phase"), t.text("summary.time")));
      long total = 0;
      for (Map.Entry<String, Long> e : result.phaseMillis().entrySet()) {
        out.add(String.format("  %-12s %5d ms", Progress.phaseName(e.getKey(), t.locale()), e.getValue()));
        total += e.getValue();
      }
      out.add(String.format("  %-12s %5d ms", t.text("summary.total"), total));
    }
    if (!result.ruleMillis().isEmpty()) {
      int width = Math.max(12, result.ruleMillis().keySet().stream().mapToInt(String::length).max().orElse(12));
      out.add(String.format("  %-" + width + "s %8s", t.text("summary.ruleTime"), t.text("summary.time")));
      result.ruleMillis().forEach((rule, millis) -> out.add(String.format("  %-" + width + "s %5d ms", rule, millis)));
    }
    return out;
  }
}
