package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    return render(result, Locale.ENGLISH);
  }

  /** The table and its summary line in {@code locale}; the findings' messages are in the analysis's language. */
  public static String render(AnalysisResult result, Locale locale) {
    Texts t = Texts.of(locale);
    StringBuilder out = new StringBuilder();
    for (Problem p : result.problems()) {
      out.append(t.get("console.problem", ControlCharacters.escape(p.toString()))).append('\n');
    }
    if (result.findings().isEmpty()) {
      out.append(t.get("console.none", Integer.toString(result.analysedFiles().size()))).append('\n');
      return out.toString();
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {t.get("console.header.severity"), t.get("console.header.rule"),
        t.get("console.header.location"), t.get("console.header.message")});
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
              .append(ControlCharacters.escape(step.location() + " " + t.step(step.label()))).append('\n');
        }
      }
    }
    List<String> counts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = result.findings().stream().filter(f -> f.severity() == s).count();
      if (n > 0) {
        counts.add(t.get("console.count", Long.toString(n), t.get("console.severity." + s.name())));
      }
    }
    out.append('\n').append(t.get("console.total", Integer.toString(result.findings().size()), String.join(", ", counts),
        Integer.toString(result.analysedFiles().size()))).append('\n');
    return out.toString();
  }
}
