package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.fix.AnnotateFix;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Inserts into the module's sources the annotation each {@code UnannotatedPersonalInfo} finding
 * suggests ({@code @PersonalInfo(category = ...)} or {@code @Sensitive(value = ...)}, with its
 * imports), keeping the files' formatting and comments. With {@code -Ddatawarden.dryRun} it logs
 * the change as a unified diff, and writes it to {@code target/datawarden/annotate.diff}, instead.
 */
@Mojo(name = "annotate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class AnnotateMojo extends AbstractDataWardenMojo {

  /** Log the changes as a unified diff (and write {@code annotate.diff}) instead of changing the sources. */
  @Parameter(property = "datawarden.dryRun", defaultValue = "false")
  private boolean dryRun;

  @Override
  public void execute() throws MojoExecutionException {
    rules = List.of(AnnotateFix.RULE_KEY); // the other rules have nothing to insert
    Optional<AnalysisResult> result = analyse();
    if (result.isEmpty()) {
      return;
    }
    AnnotateFix.Plan plan = AnnotateFix.plan(project.getBasedir().toPath(), result.get().findings(), encoding());
    for (AnnotateFix.Skipped s : plan.skipped()) {
      getLog().warn(text("notAnnotated", s.describe(messages().locale())));
    }
    if (dryRun) {
      String diff = plan.diff();
      Path file = outputDirectory.toPath().resolve("annotate.diff");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, diff, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException(text("error.write", file, e.getMessage()), e);
      }
      getLog().info(text("dryRun", Integer.toString(plan.annotations()), Integer.toString(plan.edits().size()),
          diff.isEmpty() ? "" : text("dryRunDiff", relative(file))));
      diff.lines().forEach(getLog()::info);
      return;
    }
    try {
      plan.write();
    } catch (IOException e) {
      throw new MojoExecutionException(text("error.writeSources", e.getMessage()), e);
    }
    for (AnnotateFix.FileEdit e : plan.edits()) {
      getLog().info(text("annotated", e.displayPath(), Integer.toString(e.annotations())));
    }
    getLog().info(text("inserted", Integer.toString(plan.annotations()), Integer.toString(plan.edits().size())));
  }

  private Charset encoding() throws MojoExecutionException {
    String name = project.getProperties().getProperty("project.build.sourceEncoding");
    try {
      return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(text("error.sourceEncoding", name), e);
    }
  }
}
