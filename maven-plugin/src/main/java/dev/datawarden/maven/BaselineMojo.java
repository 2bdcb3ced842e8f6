package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.report.Baseline;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the baseline: every current finding, accepted for now, so that {@code datawarden:check}
 * fails only on new ones. Run it from the command line and commit the file.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class BaselineMojo extends AbstractDataWardenMojo {

  /** The baseline file to write. */
  @Parameter(property = "datawarden.baseline", defaultValue = "${project.basedir}/datawarden-baseline.json")
  private File baseline;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Optional<AnalysisResult> result = analyse();
    if (result.isPresent()) {
      write(result.get());
    }
    result.ifPresent(r -> Summary.lines(r, messages()).forEach(getLog()::info));
    // no aggregate of baselines, but a module others depend on takes the whole build's judgement
    Aggregate.contribute(session, project, goal(), result, Set.of(), locale(), getLog(), this);
  }

  private void write(AnalysisResult result) throws MojoExecutionException {
    try {
      Baseline.of(result.findings()).write(baseline.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException(text("error.writeBaseline", baseline, e.getMessage()), e);
    }
    getLog().info(text("baselineWritten", Integer.toString(result.findings().size()), baseline.toString()));
  }

  /** The baseline rewritten with the findings as the whole build judges them, as {@code check} will judge them. */
  @Override
  Optional<String> judged(Optional<AnalysisResult> result) throws MojoExecutionException {
    if (result.isPresent()) {
      write(result.get());
    }
    return Optional.empty();
  }
}
