package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.report.ConsoleReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Analyses the module and writes the reports to {@code target/datawarden/}; never fails the build on findings. */
@Mojo(
    name = "report",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class ReportMojo extends AbstractDataWardenMojo {

  /** The reports to write: sarif, json, html, inventory. */
  @Parameter(property = "datawarden.formats", defaultValue = "sarif,json,html,inventory")
  private List<String> formats;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Set<String> chosen = formats(formats);
    Optional<AnalysisResult> result = analyse();
    if (result.isPresent()) {
      writeReports(result.get(), chosen, outputDirectory.toPath());
      result.get().findings().forEach(f -> getLog().warn(ConsoleReport.line(f)));
      getLog().info(text("reportsIn", outputDirectory.toString()));
    }
    finish(result, chosen);
  }
}
