package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.ProjectLayout;
import dev.datawarden.analyzer.fix.AnnotateFix;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * Inserts into the module's sources the annotation each {@code UnannotatedPersonalInfo} finding
 * suggests ({@code @PersonalInfo(category = ..., purposes = "TODO", retention = "TODO")} or
 * {@code @Sensitive(...)}, with its imports), keeping the files' formatting and comments, and adds the
 * {@code datawarden-annotations} dependency to the module's {@code pom.xml} when its build lacks it (or,
 * when the pom cannot be edited safely, annotates nothing in the module and says what to add where).
 * Suggestions in files a generator wrote, and all of them with {@code -Ddatawarden.toCatalog}, are added
 * to the catalog instead. With {@code -Ddatawarden.dryRun} it logs every change as a unified diff, and
 * writes it to {@code target/datawarden/annotate.diff}, instead; in a multi-module build a dry run
 * analyses each module with what the modules it uses would have declared, as the real run does.
 */
@Mojo(name = "annotate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class AnnotateMojo extends AbstractDataWardenMojo {
  /** The key of the planned declarations of this build's modules in the session's data. */
  private static final String PLANNED = AnnotateMojo.class.getName() + ".planned";
  /** One lock per catalog file: modules of a parallel build may add to the same one. */
  private static final Map<Path, Object> CATALOG_LOCKS = new ConcurrentHashMap<>();

  /** Log the changes as a unified diff (and write {@code annotate.diff}) instead of changing any file. */
  @Parameter(property = "datawarden.dryRun", defaultValue = "false")
  private boolean dryRun;

  /**
   * Add every suggestion to the catalog instead of the sources: the one {@code catalogs} names when it
   * names one, else the nearest {@code datawarden.yml}, else a new one in the module's directory.
   * Suggestions in files a generator wrote go there anyway.
   */
  @Parameter(property = "datawarden.toCatalog", defaultValue = "false")
  private boolean toCatalog;

  @Override
  public void execute() throws MojoExecutionException {
    rules = List.of(AnnotateFix.RULE_KEY); // the other rules have nothing to insert
    Optional<AnalysisResult> result = analyse();
    if (result.isEmpty()) {
      return;
    }
    Path catalog = catalogFile();
    AnnotateFix.Plan plan;
    synchronized (CATALOG_LOCKS.computeIfAbsent(catalog, c -> new Object())) {
      plan = AnnotateFix.plan(project.getBasedir().toPath(), result.get().findings(), encoding(),
          new AnnotateFix.CatalogTarget(catalog, relative(catalog), toCatalog), messages().locale());
      plan = withDependency(plan);
      if (!dryRun) {
        try {
          plan.write();
        } catch (IOException e) {
          throw new MojoExecutionException(text("error.writeSources", e.getMessage()), e);
        }
      }
    }
    planned().put(id(project), plan.declared());
    for (AnnotateFix.GeneratedFile g : plan.generated()) {
      getLog().info(text("generated", g.displayPath(), g.marker(), relative(catalog)));
    }
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
      getLog().info(text("dryRun", Integer.toString(plan.annotations()), Integer.toString(plan.sourceFiles()),
          diff.isEmpty() ? "" : text("dryRunDiff", relative(file))));
      if (plan.catalogEntries() > 0) {
        getLog().info(text("dryRunCatalog", Integer.toString(plan.catalogEntries()), relative(catalog)));
      }
      diff.lines().forEach(getLog()::info);
      return;
    }
    for (AnnotateFix.FileEdit e : plan.edits()) {
      switch (e.kind()) {
        case SOURCE -> getLog().info(text("annotated", e.displayPath(), Integer.toString(e.annotations())));
        case CATALOG -> getLog().info(text("catalogued", e.displayPath(), Integer.toString(e.annotations())));
        case BUILD -> getLog().info(text("dependencyAdded", e.displayPath()));
      }
    }
    getLog().info(text("inserted", Integer.toString(plan.annotations()), Integer.toString(plan.sourceFiles())));
  }

  /**
   * The plan with the pom edit its source edits need; without them when the pom cannot be edited
   * safely (logged as an error naming what to add where).
   */
  private AnnotateFix.Plan withDependency(AnnotateFix.Plan plan) throws MojoExecutionException {
    if (plan.sourceFiles() == 0) {
      return plan;
    }
    File pomFile = project.getFile();
    String pom;
    try {
      pom = pomFile == null ? null : Files.readString(pomFile.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      pom = null;
    }
    String version = mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
    AnnotationsDependency.Decision d = pom == null
        ? new AnnotationsDependency.Decision(false, null, "pom", AnnotationsDependency.snippet(version, ""))
        : AnnotationsDependency.decide(project, pom, version);
    if (d.present()) {
      return plan;
    }
    String shown = pomFile == null ? "pom.xml" : relative(pomFile.toPath());
    if (d.blocked()) {
      String reason = d.reason().startsWith("scope:") ? text("dependency.scope", d.reason().substring(6))
          : d.reason().startsWith("managedScope:") ? text("dependency.managedScope", d.reason().substring(13))
          : text("dependency.pom");
      getLog().error(text("dependency.blocked", project.getArtifactId(), Integer.toString(plan.annotations()),
          reason, shown));
      d.snippet().lines().forEach(l -> getLog().error(text("dependency.line", l)));
      return plan.withoutSourceEdits(List.of());
    }
    return plan.with(new AnnotateFix.FileEdit(pomFile.toPath(), shown, pom, d.after(), 0, AnnotateFix.EditKind.BUILD,
        StandardCharsets.UTF_8));
  }

  /**
   * Where suggestions for the catalog go: the one catalog configured, else the nearest {@code
   * datawarden.yml}, else a new one in the module's directory.
   */
  private Path catalogFile() {
    if (catalogs != null && catalogs.size() == 1) {
      return catalogs.get(0).toPath().toAbsolutePath().normalize();
    }
    return ProjectLayout.nearestCatalog(project.getBasedir().toPath())
        .orElse(project.getBasedir().toPath().toAbsolutePath().resolve(ProjectLayout.CATALOG)).normalize();
  }

  /**
   * In a dry run, the declarations the modules this one uses would have received, as a catalog: the
   * real run analyses this module with them in place (in the sources it reads or the catalogs), so
   * the dry run must too.
   */
  @Override
  List<Path> extraCatalogs(List<MavenProject> upstream) throws MojoExecutionException {
    if (!dryRun) {
      return List.of();
    }
    List<AnnotateFix.Declared> declared = new ArrayList<>();
    Map<String, List<AnnotateFix.Declared>> planned = planned();
    for (MavenProject p : upstream) {
      declared.addAll(planned.getOrDefault(id(p), List.of()));
    }
    if (declared.isEmpty()) {
      return List.of();
    }
    Path file = outputDirectory.toPath().resolve("annotate-upstream.yml");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, AnnotateFix.catalogOf(declared), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException(text("error.write", file, e.getMessage()), e);
    }
    return List.of(file);
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<AnnotateFix.Declared>> planned() {
    SessionData data = session.getRepositorySession().getData();
    if (data.get(PLANNED) == null) {
      data.set(PLANNED, null, new ConcurrentHashMap<String, List<AnnotateFix.Declared>>()); // unless another module was first
    }
    return (Map<String, List<AnnotateFix.Declared>>) data.get(PLANNED);
  }

  private static String id(MavenProject p) {
    return p.getGroupId() + ":" + p.getArtifactId();
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
