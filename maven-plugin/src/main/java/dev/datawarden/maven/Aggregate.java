package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.suppression.Suppression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The aggregate report of a multi-module build, in {@code target/datawarden/aggregate/} of the top
 * project: every module that runs a goal hands its result here, and the last one to finish (in a
 * parallel build, whichever that is) writes the reports of all of them, with paths relative to the
 * top. When the build stops before every module ran, no aggregate is written.
 */
final class Aggregate {
  private static final Map<String, Run> RUNS = new HashMap<>();

  private static final class Run {
    final Set<String> expected;
    final Set<String> done = new TreeSet<>();
    final Map<String, AnalysisResult> parts = new TreeMap<>();
    final Set<String> formats = new TreeSet<>();
    java.util.Locale locale = java.util.Locale.ENGLISH;

    Run(Set<String> expected) {
      this.expected = expected;
    }
  }

  private Aggregate() {}

  static void contribute(MavenSession session, MavenProject project, String goal, Optional<AnalysisResult> result,
      Set<String> formats, Log log) throws MojoExecutionException {
    contribute(session, project, goal, result, formats, java.util.Locale.ENGLISH, log);
  }

  /** As above; the aggregate reports are written in {@code locale}. */
  static void contribute(MavenSession session, MavenProject project, String goal, Optional<AnalysisResult> result,
      Set<String> formats, java.util.Locale locale, Log log) throws MojoExecutionException {
    List<MavenProject> projects = session.getProjects();
    MavenProject top = session.getTopLevelProject();
    if (projects.size() < 2 || top == null) {
      return;
    }
    String key = System.identityHashCode(session.getRequest()) + ":" + goal;
    synchronized (RUNS) {
      Run run = RUNS.computeIfAbsent(key, k -> new Run(expected(session, goal)));
      run.done.add(id(project));
      run.formats.addAll(formats);
      run.locale = locale;
      if (result.isPresent()) {
        Path topDirectory = top.getBasedir().toPath().toAbsolutePath().normalize();
        String prefix = topDirectory.relativize(project.getBasedir().toPath().toAbsolutePath().normalize()).toString()
            .replace('\\', '/');
        run.parts.put(id(project), relocate(result.get(), prefix, topDirectory));
      }
      if (!run.done.containsAll(run.expected)) {
        return;
      }
      RUNS.remove(key);
      if (run.parts.isEmpty()) {
        return;
      }
      AnalysisResult merged = merge(new ArrayList<>(run.parts.values()));
      Path directory = Path.of(top.getBuild().getDirectory(), "datawarden", "aggregate");
      String title = (top.getName() != null && !top.getName().isBlank() ? top.getName() : top.getArtifactId())
          + " (all modules)";
      AbstractDataWardenMojo.writeReports(merged, run.formats, title, directory, null, run.locale);
      log.info(Messages.of(AbstractDataWardenMojo.MESSAGES, run.locale,
          Aggregate.class.getClassLoader()).text("aggregate", Integer.toString(run.parts.size()),
          Integer.toString(merged.findings().size()), directory.toString()));
    }
  }

  private static String id(MavenProject p) {
    return p.getGroupId() + ":" + p.getArtifactId();
  }

  /** The modules of the reactor that run {@code goal}: all of them when it was named on the command line. */
  private static Set<String> expected(MavenSession session, String goal) {
    boolean onCommandLine = session.getGoals().stream().anyMatch(
        g -> g.equals("datawarden:" + goal) || g.contains("datawarden-maven-plugin") && g.endsWith(":" + goal));
    Set<String> ids = new TreeSet<>();
    for (MavenProject p : session.getProjects()) {
      if (onCommandLine || bound(p, goal)) {
        ids.add(id(p));
      }
    }
    return ids;
  }

  private static boolean bound(MavenProject p, String goal) {
    Plugin plugin = p.getPlugin(AbstractDataWardenMojo.PLUGIN_KEY);
    if (plugin == null) {
      return false;
    }
    for (PluginExecution e : plugin.getExecutions()) {
      if (e.getGoals().contains(goal)) {
        return true;
      }
    }
    return false;
  }

  static AnalysisResult merge(List<AnalysisResult> parts) {
    List<Finding> findings = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Declaration> declarations = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    boolean classpath = true;
    for (AnalysisResult r : parts) {
      findings.addAll(r.findings());
      files.addAll(r.analysedFiles());
      problems.addAll(r.problems());
      declarations.addAll(r.declarations());
      suppressions.addAll(r.suppressions());
      classpath &= r.classpathMode();
    }
    return new AnalysisResult(findings, files.stream().distinct().toList(), problems,
        classpath, declarations.stream().distinct().toList(), Map.of(), suppressions.stream().distinct().toList());
  }

  /** Where a module lies under the top project. */
  private record Move(String module, Path top) {}

  /** The result with every file name made relative to the top project instead of the module. */
  static AnalysisResult relocate(AnalysisResult r, String modulePrefix, Path topDirectory) {
    Move prefix = new Move(modulePrefix, topDirectory);
    return new AnalysisResult(
        r.findings().stream().map(f -> relocate(f, prefix)).toList(),
        r.analysedFiles().stream().map(f -> file(f, prefix)).toList(),
        r.problems().stream().map(p -> new Problem(p.kind(), location(p.location(), prefix), p.message())).toList(),
        r.classpathMode(),
        r.declarations().stream().map(d -> new Declaration(d.role(), d.target(), d.attributes(), d.explicit(),
            location(d.location(), prefix), d.origin())).toList(),
        r.phaseMillis(),
        r.suppressions().stream().map(s -> new Suppression(s.ruleKey(), location(s.location(), prefix), s.element(),
            s.firstLine(), s.lastLine(), s.suppressed().stream().map(f -> relocate(f, prefix)).toList())).toList());
  }

  private static Finding relocate(Finding f, Move prefix) {
    return new Finding(f.ruleKey(), f.severity(), f.message(), location(f.location(), prefix),
        f.path().stream().map(s -> new PathStep(location(s.location(), prefix), s.label())).toList());
  }

  private static Location location(Location l, Move prefix) {
    return new Location(file(l.file(), prefix), l.line(), l.column());
  }

  /** A module-relative name made relative to the top; an absolute one too when it lies under the top. */
  private static String file(String file, Move prefix) {
    Path top = prefix.top();
    if (file.startsWith("<")) {
      return file;
    }
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.normalize().startsWith(top) ? top.relativize(path.normalize()).toString().replace('\\', '/') : file;
    }
    return Path.of(prefix.module()).resolve(file).normalize().toString().replace('\\', '/');
  }
}
