package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the data inventory alone ({@code datawarden-inventory.html} and {@code .json} in
 * {@code target/datawarden/}): every category of personal information and important-data item, where
 * it is declared, purposes, retention, recipients, transfers abroad and deletion paths.
 */
@Mojo(
    name = "inventory",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class InventoryMojo extends AbstractDataWardenMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Optional<AnalysisResult> result = analyse();
    if (result.isPresent()) {
      writeReports(result.get(), Set.of("inventory"), outputDirectory.toPath());
      getLog().info(text("inventoryIn", outputDirectory.toPath().resolve("datawarden-inventory.html").toString()));
    }
    finish(result, Set.of("inventory"));
  }
}
