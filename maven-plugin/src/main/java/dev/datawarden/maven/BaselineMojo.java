package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.report.Baseline;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
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
  public void execute() throws MojoExecutionException {
    Optional<AnalysisResult> result = analyse();
    if (result.isPresent()) {
      try {
        Baseline.of(result.get().findings()).write(baseline.toPath());
      } catch (IOException e) {
        throw new MojoExecutionException(text("error.writeBaseline", baseline, e.getMessage()), e);
      }
      getLog().info(text("baselineWritten", Integer.toString(result.get().findings().size()), baseline.toString()));
    }
    result.ifPresent(r -> Summary.lines(r, messages()).forEach(getLog()::info));
  }

  @Override
  void finish(Optional<AnalysisResult> result, Set<String> formats) {
    // a baseline belongs to its module: there is no aggregate of baselines
  }
}
