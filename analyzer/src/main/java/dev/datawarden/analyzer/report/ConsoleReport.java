package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings and problems as a plain-text table for a terminal or a build log; text from the analysed
 * code has its control characters escaped ({@link ControlCharacters}).
 */
public final class ConsoleReport {
  private ConsoleReport() {}

  /** One line per finding, as build logs print it: {@code [RuleKey] file:line message}. */
  public static String line(Finding f) {
    return ControlCharacters.escape("[" + f.ruleKey() + "] " + f.location() + " " + f.message());
  }

  public static String render(AnalysisResult result) {
    StringBuilder out = new StringBuilder();
    for (Problem p : result.problems()) {
      out.append("problem: ").append(ControlCharacters.escape(p.toString())).append('\n');
    }
    if (result.findings().isEmpty()) {
      out.append("DataWarden: no findings in ").append(result.analysedFiles().size()).append(" file(s).\n");
      return out.toString();
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"SEVERITY", "RULE", "LOCATION", "MESSAGE"});
    for (Finding f : result.findings()) {
      rows.add(new String[] {f.severity().name(), f.ruleKey(), ControlCharacters.escape(f.location().toString()),
          ControlCharacters.escape(f.message())});
    }
    int[] width = new int[3];
    for (String[] r : rows) {
      for (int i = 0; i < 3; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (int row = 0; row < rows.size(); row++) {
      String[] r = rows.get(row);
      out.append(String.format("%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n", (Object[]) r));
      if (row > 0) {
        for (PathStep step : result.findings().get(row - 1).path()) {
          out.append(" ".repeat(width[0] + width[1] + 4)).append("  ↳ ")
              .append(ControlCharacters.escape(step.location() + " " + step.label())).append('\n');
        }
      }
    }
    out.append('\n').append("DataWarden: ").append(result.findings().size()).append(" finding(s)");
    List<String> counts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = result.findings().stream().filter(f -> f.severity() == s).count();
      if (n > 0) {
        counts.add(n + " " + s.name().toLowerCase());
      }
    }
    out.append(" (").append(String.join(", ", counts)).append(") in ")
        .append(result.analysedFiles().size()).append(" file(s).\n");
    return out.toString();
  }
}
