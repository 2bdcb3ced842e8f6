package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.ModuleResults;
import dev.datawarden.analyzer.api.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * The aggregate report of a multi-module build, in {@code target/datawarden/aggregate/} of the top
 * project: every module that runs a goal hands its result to the build's {@link ModuleResults}, and
 * the last one to finish (in a parallel build, whichever that is) writes the reports of all of them,
 * with paths relative to the top. The results are kept in the build's session, so they end with the
 * build: when it stops before every module ran, no aggregate is written and nothing is left behind.
 */
final class Aggregate {
  /**
   * One goal's aggregate in one build: the modules' results, the report formats any of them asked
   * for, and the language the last of them asked for.
   */
  private static final class Run {
    final ModuleResults results;
    final Set<String> formats = new TreeSet<>();
    final Map<String, AbstractDataWardenMojo> waiting = new TreeMap<>();
    Locale locale = Locale.ENGLISH;

    Run(ModuleResults results) {
      this.results = results;
    }
  }

  private Aggregate() {}

  /**
   * Hands {@code project}'s result to the aggregate of {@code goal}; the aggregate reports are written
   * in {@code locale}. When other modules of the build
   * that run the goal depend on this one, {@code mojo} (if given) hears at the end of the build how the
   * whole build judges its findings ({@link AbstractDataWardenMojo#judged}); a failure one of them
   * answers fails the build there.
   */
  static void contribute(MavenSession session, MavenProject project, String goal, Optional<AnalysisResult> result,
      Set<String> formats, Locale locale, Log log, AbstractDataWardenMojo mojo)
      throws MojoExecutionException, MojoFailureException {
    MavenProject top = session.getTopLevelProject();
    if (session.getProjects().size() < 2 || top == null) {
      return;
    }
    Run run = run(session, goal, top);
    Optional<AnalysisResult> merged;
    Set<String> allFormats;
    Locale language;
    Map<String, AbstractDataWardenMojo> waiting;
    Map<String, AnalysisResult> judged;
    synchronized (run) {
      run.formats.addAll(formats);
      run.locale = locale;
      if (mojo != null && result.isPresent() && waits(session, project, goal)) {
        run.waiting.put(id(project), mojo);
      }
      merged = run.results.add(id(project), project.getBasedir().toPath(), result, dependents(session, project));
      allFormats = Set.copyOf(run.formats);
      language = run.locale;
      waiting = Map.copyOf(run.waiting);
      judged = run.results.judged();
    }
    if (merged.isEmpty()) {
      return;
    }
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, AbstractDataWardenMojo> w : new TreeMap<>(waiting).entrySet()) {
      w.getValue().judged(Optional.ofNullable(judged.get(w.getKey()))).ifPresent(failures::add);
    }
    if (allFormats.isEmpty()) {
      throwIfFailed(failures);
      return;
    }
    Path directory = Path.of(top.getBuild().getDirectory(), "datawarden", "aggregate");
    String title = (top.getName() != null && !top.getName().isBlank() ? top.getName() : top.getArtifactId())
        + " (all modules)";
    AbstractDataWardenMojo.writeReports(merged.get(), allFormats, title, directory, null, language);
    log.info(Messages.of(AbstractDataWardenMojo.MESSAGES, language, Aggregate.class.getClassLoader()).text("aggregate",
        Integer.toString(run.results.analysed()), Integer.toString(merged.get().findings().size()),
        directory.toString()));
    throwIfFailed(failures);
  }

  private static void throwIfFailed(List<String> failures) throws MojoFailureException {
    if (!failures.isEmpty()) {
      throw new MojoFailureException(String.join(System.lineSeparator(), failures));
    }
  }

  /**
   * True when other modules of the build that run {@code goal} depend on {@code project}: they see
   * its code with its callers, so its findings are judged with theirs at the end of the build.
   */
  static boolean waits(MavenSession session, MavenProject project, String goal) {
    Set<String> expected = expected(session, goal);
    return dependents(session, project).stream().anyMatch(expected::contains);
  }

  /** The modules of the build that depend on {@code project}, directly or not. */
  private static Set<String> dependents(MavenSession session, MavenProject project) {
    Set<String> ids = new TreeSet<>();
    if (session.getProjectDependencyGraph() != null) {
      for (MavenProject p : session.getProjectDependencyGraph().getDownstreamProjects(project, true)) {
        ids.add(id(p));
      }
    }
    return ids;
  }

  /** The build's run of {@code goal}, kept in the repository session's data, which lives as long as the build. */
  private static Run run(MavenSession session, String goal, MavenProject top) {
    SessionData data = session.getRepositorySession().getData();
    String key = Aggregate.class.getName() + ":" + goal;
    Object existing = data.get(key);
    if (existing == null) {
      Run fresh = new Run(new ModuleResults(top.getBasedir().toPath(), expected(session, goal)));
      data.set(key, null, fresh); // another module of a parallel build may have been first
      existing = data.get(key);
    }
    return (Run) existing;
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
}
