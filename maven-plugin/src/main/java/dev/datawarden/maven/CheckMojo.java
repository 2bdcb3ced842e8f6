package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.Finding;
import dev.datawarden.analyzer.Problem;
import dev.datawarden.analyzer.Severity;
import dev.datawarden.analyzer.report.ConsoleReport;
import dev.datawarden.analyzer.report.JsonReport;
import dev.datawarden.analyzer.report.SarifReport;
import dev.datawarden.analyzer.rule.RulePack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Analyses the module's main sources with its compile class path, writes the SARIF and JSON
 * reports to {@code target/datawarden/}, logs each finding, and fails the build when a finding is
 * at or above {@code failOnSeverity}.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Fail the build when a finding is at this severity or above: BLOCKER, CRITICAL, MAJOR, MINOR or INFO. */
  @Parameter(property = "datawarden.failOnSeverity", defaultValue = "MAJOR")
  private String failOnSeverity;

  /** Skip DataWarden. */
  @Parameter(property = "datawarden.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Catalog files. By default, the first {@code datawarden.yml} found in the module's directory
   * or one of its parents.
   */
  @Parameter(property = "datawarden.catalogs")
  private List<File> catalogs;

  /** Rule keys to leave out. */
  @Parameter(property = "datawarden.disabledRules")
  private List<String> disabledRules;

  /** Where the reports go. */
  @Parameter(property = "datawarden.outputDirectory", defaultValue = "${project.build.directory}/datawarden")
  private File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("DataWarden is skipped.");
      return;
    }
    Severity threshold;
    try {
      threshold = Severity.parse(failOnSeverity);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("datawarden.failOnSeverity: " + e.getMessage());
    }
    List<Path> roots = project.getCompileSourceRoots().stream()
        .map(Path::of)
        .filter(Files::isDirectory)
        .toList();
    if (roots.isEmpty()) {
      getLog().info("DataWarden: no Java sources in " + project.getArtifactId() + ", nothing to analyse.");
      return;
    }

    AnalysisRequest.Builder request = AnalysisRequest.builder()
        .addSourceRoots(roots)
        .classpath(compileClasspath())
        .sourceLevel(sourceLevel())
        .baseDirectory(project.getBasedir().toPath());
    for (Path catalog : catalogFiles()) {
      getLog().debug("DataWarden catalog: " + catalog);
      request.addCatalog(catalog);
    }
    if (disabledRules != null) {
      for (String key : disabledRules) {
        if (RulePack.find(key.trim()).isEmpty()) {
          throw new MojoExecutionException("datawarden.disabledRules: unknown rule '" + key + "'");
        }
        request.disableRule(key.trim());
      }
    }

    AnalysisResult result = Analyzer.analyze(request.build());
    writeReports(result);
    for (Problem p : result.problems()) {
      getLog().warn("DataWarden: " + p);
    }
    for (Finding f : result.findings()) {
      String line = ConsoleReport.line(f);
      if (f.severity().isAtLeast(threshold)) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    List<Finding> failing = result.findingsAtLeast(threshold);
    getLog().info("DataWarden: " + result.findings().size() + " finding(s) in " + result.analysedFiles().size()
        + " file(s); reports in " + outputDirectory);
    if (!failing.isEmpty()) {
      throw new MojoFailureException("DataWarden: " + failing.size() + " finding(s) at or above " + threshold
          + "; see the log above or " + new File(outputDirectory, "datawarden.sarif"));
    }
  }

  private List<Path> compileClasspath() throws MojoExecutionException {
    try {
      List<Path> entries = new ArrayList<>();
      for (String e : project.getCompileClasspathElements()) {
        Path p = Path.of(e);
        // the module's own output is compiled from the sources being analysed: leave it out
        if (!p.equals(Path.of(project.getBuild().getOutputDirectory()))) {
          entries.add(p);
        }
      }
      return entries;
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("cannot resolve the compile class path: " + e.getMessage(), e);
    }
  }

  private int sourceLevel() {
    for (String key : List.of("maven.compiler.release", "maven.compiler.source")) {
      String v = project.getProperties().getProperty(key);
      if (v != null) {
        try {
          return Math.max(8, Integer.parseInt(v.trim().replaceFirst("^1\\.", "")));
        } catch (NumberFormatException ignored) {
          // a property expression Maven did not resolve: fall back to the default
        }
      }
    }
    return 17;
  }

  private List<Path> catalogFiles() throws MojoExecutionException {
    if (catalogs != null && !catalogs.isEmpty()) {
      List<Path> files = new ArrayList<>();
      for (File f : catalogs) {
        if (!f.isFile()) {
          throw new MojoExecutionException("datawarden.catalogs: no such file " + f);
        }
        files.add(f.toPath());
      }
      return files;
    }
    for (Path dir = project.getBasedir().toPath().toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("datawarden.yml");
      if (Files.isRegularFile(candidate)) {
        return List.of(candidate);
      }
    }
    return List.of();
  }

  private void writeReports(AnalysisResult result) throws MojoExecutionException {
    try {
      SarifReport.write(result, outputDirectory.toPath().resolve("datawarden.sarif"));
      JsonReport.write(result, outputDirectory.toPath().resolve("datawarden.json"));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the DataWarden reports to " + outputDirectory + ": " + e.getMessage(), e);
    }
  }
}
