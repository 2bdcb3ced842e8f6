package dev.datawarden.sonar;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.report.ControlCharacters;
import dev.datawarden.analyzer.report.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.issue.NewIssue;
import org.sonar.api.batch.sensor.issue.NewIssueLocation;
import org.sonar.api.rule.RuleKey;

/**
 * Turns findings into SonarQube issues on rule {@code datawarden:<key>}: at the finding's line, with
 * the finding's path as a data flow whose steps are the secondary locations the UI numbers.
 *
 * <p>SonarQube raises issues only on indexed files. A finding in a file the analysis does not index,
 * typically a catalog ({@code datawarden.yml}) outside {@code sonar.sources}, becomes an issue on the
 * project whose message starts with the file and line; adding the file to {@code sonar.sources} puts
 * it on its line instead. Path steps in files that are not indexed are left out of the flow.
 */
final class IssueRecorder {
  private final SensorContext context;
  private final ProjectTotals totals;
  private final Path baseDir;
  private final Texts texts;

  /** The flows' step labels and description are written in {@code locale}. */
  IssueRecorder(SensorContext context, ProjectTotals totals, Locale locale) {
    this.context = context;
    this.totals = totals;
    this.baseDir = context.fileSystem().baseDir().toPath();
    this.texts = Texts.of(locale);
  }

  /** Saves the issue of one finding; false when its rule is not active or the same project issue exists. */
  boolean record(Finding finding) {
    RuleKey rule = RuleKey.of(DataWardenRulesDefinition.REPOSITORY, finding.ruleKey());
    if (context.activeRules().find(rule) == null) {
      return false;
    }
    NewIssue issue = context.newIssue().forRule(rule);
    Optional<InputFile> file = inputFile(finding.location());
    NewIssueLocation primary = issue.newLocation();
    if (file.isPresent()) {
      at(primary, file.get(), finding.location().line()).message(truncate(finding.message()));
    } else {
      if (!totals.claimProjectIssue(baseDir, finding)) {
        return false;
      }
      primary.on(context.project()).message(truncate(finding.location() + ": " + finding.message()));
    }
    issue.at(primary);

    // one flow per distinct path of the finding (a sink call reached by several categories or ways);
    // the API wants a flow backwards, from the primary location to where it starts; ours runs source to sink
    for (List<PathStep> path : finding.paths()) {
      List<PathStep> backwards = new ArrayList<>(path);
      Collections.reverse(backwards);
      List<NewIssueLocation> flow = new ArrayList<>();
      for (PathStep step : backwards) {
        inputFile(step.location()).ifPresent(f ->
            flow.add(at(issue.newLocation(), f, step.location().line()).message(truncate(texts.step(step.label())))));
      }
      if (!flow.isEmpty()) {
        issue.addFlow(flow, NewIssue.FlowType.DATA, texts.get("sonar.flow"));
      }
    }
    issue.save();
    return true;
  }

  private Optional<InputFile> inputFile(Location location) {
    if (location.file().isEmpty()) {
      return Optional.empty();
    }
    FileSystem fs = context.fileSystem();
    Path path = baseDir.resolve(location.file()).toAbsolutePath().normalize();
    return Optional.ofNullable(fs.inputFile(fs.predicates().hasAbsolutePath(path.toString())));
  }

  private static NewIssueLocation at(NewIssueLocation location, InputFile file, int line) {
    location.on(file);
    if (line > 0 && line <= file.lines()) {
      location.at(file.selectLine(line));
    }
    return location;
  }

  /** The message with its control characters escaped, cut to what SonarQube stores. */
  private static String truncate(String raw) {
    String message = ControlCharacters.escape(raw);
    return message.length() <= NewIssueLocation.MESSAGE_MAX_SIZE
        ? message
        : message.substring(0, NewIssueLocation.MESSAGE_MAX_SIZE - 1) + "…";
  }
}
