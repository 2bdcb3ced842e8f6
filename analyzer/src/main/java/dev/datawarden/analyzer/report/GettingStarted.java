package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The summary a first run ends with (issue 17, point 7): on code that declares no data yet, how many
 * fields and parameters look like personal information and where, which vendors of the built-in
 * vendor catalog data reaches, and the one command that turns the suggestions into declarations.
 * Front ends print it after the findings, with their own command.
 */
public final class GettingStarted {
  /** The rule whose findings are the suggestions. */
  private static final String DISCOVERY = "UnannotatedPersonalInfo";
  /** How many files the summary names. */
  private static final int TOP = 3;

  private GettingStarted() {}

  /**
   * The summary in {@code locale}, when the analysed code declares no data and discovery suggests
   * something; {@code annotate} is the front end's command that inserts the suggestions and {@code
   * failOnInferred} its option that lets findings on inferred data fail the build.
   */
  public static Optional<String> render(AnalysisResult result, Locale locale, String annotate, String failOnInferred) {
    boolean declares = result.declarations().stream().anyMatch(GettingStarted::isData);
    List<Finding> suggestions = result.findings().stream().filter(f -> f.ruleKey().equals(DISCOVERY)).toList();
    if (declares || suggestions.isEmpty()) {
      return Optional.empty();
    }
    Texts t = Texts.of(locale);
    Map<String, Integer> byFile = new TreeMap<>();
    for (Finding f : suggestions) {
      byFile.merge(ControlCharacters.escape(typeOf(f.location().file())), 1, Integer::sum);
    }
    List<String> top = byFile.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .map(e -> t.get("start.where", e.getKey(), Integer.toString(e.getValue())))
        .toList();
    long inferred = result.findings().stream().filter(Finding::inferred).count();
    StringBuilder out = new StringBuilder();
    out.append(t.get("start.title")).append('\n');
    out.append("  ").append(t.get("start.found", Integer.toString(suggestions.size()), Integer.toString(byFile.size()),
        String.join(t.get("start.separator"), top))).append('\n');
    out.append("  ").append(result.vendors().isEmpty() ? t.get("start.noVendors")
        : t.get("start.vendors", ControlCharacters.escape(String.join(t.get("start.separator"), result.vendors()))))
        .append('\n');
    out.append("  ").append(t.get("start.inferred", Long.toString(inferred), failOnInferred)).append('\n');
    out.append("  ").append(t.get("start.command", annotate)).append('\n');
    return Optional.of(out.toString());
  }

  private static boolean isData(Declaration d) {
    return d.role() == Role.PERSONAL_INFO || d.role() == Role.SENSITIVE || d.role() == Role.IMPORTANT_DATA;
  }

  /** The top-level type a file declares, as its name says: {@code Member} for {@code .../Member.java}. */
  private static String typeOf(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".java") ? name.substring(0, name.length() - ".java".length()) : name;
  }
}
