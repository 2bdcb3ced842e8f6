package dev.datawarden.sonar;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.batch.sensor.issue.IssueLocation;
import org.sonar.api.batch.sensor.internal.SensorContextTester;

/**
 * An issue the sensor saved, in plain values: {@code file} is relative to the module's directory, or
 * {@value #PROJECT} for an issue on the project; a flow is its steps as {@code file:line label}.
 */
record Raised(String rule, String file, int line, String message, List<List<String>> flows) {
  static final String PROJECT = "<project>";

  static List<Raised> all(SensorContextTester context) {
    Path base = context.fileSystem().baseDir().toPath();
    return context.allIssues().stream()
        .map(i -> of(i, base))
        .sorted(Comparator.comparing(Raised::file).thenComparingInt(Raised::line).thenComparing(Raised::rule))
        .toList();
  }

  static Raised of(Issue issue, Path base) {
    IssueLocation primary = issue.primaryLocation();
    List<List<String>> flows = issue.flows().stream()
        .map(flow -> flow.locations().stream().map(l -> where(l, base) + ":" + line(l) + " " + l.message()).toList())
        .toList();
    return new Raised(issue.ruleKey().rule(), where(primary, base), line(primary), primary.message(), flows);
  }

  private static String where(IssueLocation location, Path base) {
    return location.inputComponent() instanceof InputFile f
        ? base.relativize(f.path()).toString().replace('\\', '/')
        : PROJECT;
  }

  private static int line(IssueLocation location) {
    return location.textRange() == null ? 0 : location.textRange().start().line();
  }
}
