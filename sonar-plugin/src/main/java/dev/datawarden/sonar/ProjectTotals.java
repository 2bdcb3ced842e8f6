package dev.datawarden.sonar;

import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.rule.RuleMetadata;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.sonar.api.scanner.ScannerSide;

/**
 * What the sensor found across all modules of one analysis, kept for the project measures that
 * {@link MeasuresSensor} saves once at the end, and for raising each project-level issue once.
 * One instance per analysis; modules share it. A catalog in a parent directory is read by every
 * module, so everything here is counted by identity, never by occurrence.
 */
@ScannerSide
public class ProjectTotals {
  private final Set<String> personalInfoFields = new TreeSet<>();
  private final Set<String> crossBorderFlows = new HashSet<>();
  private final Set<String> unloggedTransfers = new HashSet<>();
  private final Set<String> projectIssues = new HashSet<>();
  private boolean reported;

  /** Adds one module's results; {@code baseDir} is what the findings' file names are relative to. */
  public synchronized void add(Path baseDir, Results results) {
    reported = true;
    results.declarations().stream()
        .filter(Results.Declared::personalInfoField)
        .forEach(d -> personalInfoFields.add(d.target()));
    for (Finding f : results.findings()) {
      if (isCrossBorder(f.ruleKey())) {
        crossBorderFlows.add(identity(baseDir, f));
      } else if (isUnloggedTransfer(f.ruleKey())) {
        unloggedTransfers.add(identity(baseDir, f));
      }
    }
  }

  /** True the first time an issue with this identity is raised on the project, false after. */
  public synchronized boolean claimProjectIssue(Path baseDir, Finding finding) {
    return projectIssues.add(identity(baseDir, finding));
  }

  static boolean isCrossBorder(String ruleKey) {
    return tagged(ruleKey, RuleMetadata.CROSS_BORDER);
  }

  static boolean isUnloggedTransfer(String ruleKey) {
    return tagged(ruleKey, RuleMetadata.TRANSFER_RECORD);
  }

  /** Whether the rule of {@code ruleKey} has {@code tag}; a rule this version does not know has none. */
  private static boolean tagged(String ruleKey, String tag) {
    return Analyzer.rule(ruleKey).filter(rule -> rule.tags().contains(tag)).isPresent();
  }

  private static String identity(Path baseDir, Finding f) {
    Path file = baseDir.resolve(f.location().file()).toAbsolutePath().normalize();
    return f.ruleKey() + '\u0000' + file + '\u0000' + f.location().line() + '\u0000' + f.message();
  }

  /** Whether any module reported, that is whether there is anything to measure. */
  public synchronized boolean reported() {
    return reported;
  }

  public synchronized int personalInfoFields() {
    return personalInfoFields.size();
  }

  public synchronized int crossBorderFlows() {
    return crossBorderFlows.size();
  }

  public synchronized int unloggedTransfers() {
    return unloggedTransfers.size();
  }
}
