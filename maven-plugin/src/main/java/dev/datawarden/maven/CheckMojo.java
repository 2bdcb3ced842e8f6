package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.report.Baseline;
import dev.datawarden.analyzer.report.ConsoleReport;
import dev.datawarden.analyzer.report.GettingStarted;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyses the module, writes the reports to {@code target/datawarden/}, logs each finding, and
 * fails the build when a finding at or above {@code failOnSeverity} is not in the baseline.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends AbstractDataWardenMojo {

  /** Fail the build when a finding is at this severity or above: BLOCKER, CRITICAL, MAJOR, MINOR or INFO. */
  @Parameter(property = "datawarden.failOnSeverity", defaultValue = "MAJOR")
  private String failOnSeverity;

  /**
   * Let findings that rest only on inferred data (undeclared data that looks like personal
   * information) fail the build too; by default they are logged as warnings whatever their severity.
   */
  @Parameter(property = "datawarden.failOnInferred", defaultValue = "false")
  private boolean failOnInferred;

  /**
   * The baseline of accepted findings ({@code datawarden:baseline} writes it); when the file exists,
   * only findings not in it fail the build.
   */
  @Parameter(property = "datawarden.baseline", defaultValue = "${project.basedir}/datawarden-baseline.json")
  private File baseline;

  /** The reports to write: sarif, json, html, inventory. */
  @Parameter(property = "datawarden.formats", defaultValue = "sarif,json,html,inventory")
  private List<String> formats;

  /** The threshold parsed, and this module's own result, for the whole build's judgement at its end. */
  private Severity threshold;
  private AnalysisResult own;
  private Set<String> written = Set.of();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      threshold = Severity.parse(failOnSeverity);
    } catch (SettingException e) {
      throw new MojoExecutionException(text("error.failOnSeverity", failOnSeverity, Severity.names()), e);
    }
    Set<String> chosen = formats(formats);
    written = chosen;
    Optional<AnalysisResult> analysed = analyse();
    if (analysed.isEmpty()) {
      finish(analysed, chosen);
      return;
    }
    AnalysisResult result = analysed.get();
    own = result;
    writeReports(result, chosen, outputDirectory.toPath());
    boolean waits = waitsForDependents();
    Baseline.Comparison comparison;
    if (waits) {
      // logged once, as the whole build judges them, when it ends
      comparison = compareWithBaseline(result);
      getLog().info(text("waitsForDependents", project.getArtifactId()));
    } else {
      comparison = log(result);
    }
    finish(analysed, chosen);
    if (baseline.isFile()) {
      String fixed = (comparison.fixed().size() == 1 ? text("baselineFixedOne")
          : text("baselineFixedMany", Integer.toString(comparison.fixed().size())))
          + (comparison.fixed().isEmpty() ? text("baselineEnd") : text("baselineRunHint"));
      getLog().info(text("baselineSummary", Integer.toString(comparison.known().size()), relative(baseline.toPath()),
          fixed));
    }
    getLog().info(text("total", Integer.toString(result.findings().size()),
        Integer.toString(result.analysedFiles().size()), outputDirectory.toString()));
    GettingStarted.render(result, locale(), "mvn datawarden:annotate",
        "-Ddatawarden.failOnInferred=true").ifPresent(summary -> summary.lines().forEach(getLog()::info));
    if (!waits) {
      Optional<String> failure = failure(comparison);
      if (failure.isPresent()) {
        throw new MojoFailureException(failure.get());
      }
    }
  }

  /** Logs each finding of {@code result}: an error at or above the threshold, unless the baseline knows it. */
  private Baseline.Comparison log(AnalysisResult result) throws MojoExecutionException {
    Baseline.Comparison comparison = compareWithBaseline(result);
    Set<Finding> known = Set.copyOf(comparison.known());
    for (Finding f : result.findings()) {
      String line = ConsoleReport.line(f);
      if (known.contains(f)) {
        getLog().info(text("baselineLine", line));
      } else if (f.gates(threshold, failOnInferred)) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    return comparison;
  }

  /** Why the build fails: new findings at or above the threshold; empty when none. */
  private Optional<String> failure(Baseline.Comparison comparison) {
    List<Finding> failing = comparison.newFindings().stream().filter(f -> f.gates(threshold, failOnInferred)).toList();
    if (failing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text("failure", Integer.toString(failing.size()), threshold.name(),
        baseline.isFile() ? text("failureNotInBaseline") : "",
        new File(outputDirectory, written.contains("html") ? "datawarden.html" : "datawarden.sarif").toString()));
  }

  /**
   * The whole build's judgement of this module's findings: the reports rewritten and the findings
   * logged again when it differs from the module's own, and the gate applied to it.
   */
  @Override
  Optional<String> judged(Optional<AnalysisResult> result) throws MojoExecutionException {
    super.judged(result);
    AnalysisResult judged = result.orElse(own);
    if (result.isEmpty()) {
      getLog().info(text("judgedUnchanged", project.getArtifactId(), Integer.toString(judged.findings().size())));
    }
    return failure(log(judged)).map(f -> text("moduleFailure", project.getArtifactId(), f));
  }

  private Baseline.Comparison compareWithBaseline(AnalysisResult result) throws MojoExecutionException {
    if (!baseline.isFile()) {
      return new Baseline.Comparison(result.findings(), List.of(), List.of());
    }
    try {
      return Baseline.read(baseline.toPath()).compare(result.findings());
    } catch (IOException e) {
      throw new MojoExecutionException(text("error.baseline",
          dev.datawarden.analyzer.report.WriteFailure.message(e, locale())), e);
    }
  }
}
