package dev.datawarden.maven;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.C1Only;
import dev.datawarden.analyzer.Progress;
import dev.datawarden.analyzer.ProjectLayout;
import dev.datawarden.analyzer.RuleSelection;
import dev.datawarden.analyzer.StoredAnalysis;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.report.ControlCharacters;
import dev.datawarden.analyzer.report.ReportSet;
import dev.datawarden.analyzer.report.WriteFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every DataWarden goal shares: turning the module into an {@link AnalysisRequest} (its sources
 * with includes and excludes, its compile class path, its catalogs and those of the reactor modules
 * it depends on, the rules), running the analysis with progress in the log, writing the reports
 * asked for, the summary table, and the aggregate report at the top of a multi-module build.
 */
abstract class AbstractDataWardenMojo extends AbstractMojo {
  static final String PLUGIN_KEY = "dev.datawarden:datawarden-maven-plugin";
  static final Set<String> FORMATS = Set.of("sarif", "json", "html", "inventory");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skip DataWarden. */
  @Parameter(property = "datawarden.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Catalog files. By default, the first {@code datawarden.yml} found in the module's directory or
   * one of its parents; the {@code datawarden.yml} of reactor modules this one depends on are added.
   */
  @Parameter(property = "datawarden.catalogs")
  protected List<File> catalogs;

  /** Globs of the Java files to analyse, relative to each source root; all by default. */
  @Parameter(property = "datawarden.includes")
  protected List<String> includes;

  /** Globs of Java files to leave out, relative to each source root, e.g. {@code com/acme/legacy/**}. */
  @Parameter(property = "datawarden.excludes")
  protected List<String> excludes;

  /**
   * Analyse generated sources too (source roots inside the build directory, such as
   * {@code target/generated-sources/annotations}), this module's and those of the reactor modules it
   * uses; they are left out by default and their compiled classes are used instead.
   */
  @Parameter(property = "datawarden.includeGeneratedSources", defaultValue = "false")
  protected boolean includeGeneratedSources;

  /**
   * Follow undeclared data that looks like personal information (what {@code UnannotatedPersonalInfo}
   * reports by name, mapping, label or type) as inferred data: its findings say so, are one severity
   * lower and fail the build only with {@code failOnInferred}. {@code false}: declared data only.
   */
  @Parameter(property = "datawarden.inferData", defaultValue = "true")
  protected boolean inferData;

  /** The only rules to run, by key; all rules by default. */
  @Parameter(property = "datawarden.rules")
  protected List<String> rules;

  /** Rule keys to leave out. */
  @Parameter(property = "datawarden.disabledRules")
  protected List<String> disabledRules;

  /**
   * The language of the findings, the reports and these log lines: {@code en} or {@code zh-CN};
   * by default the JVM's locale when it is Chinese, English otherwise.
   */
  @Parameter(property = "datawarden.locale")
  protected String locale;

  /**
   * Reuse the module's last analysis when nothing it reads has changed since (its sources, the sources
   * and resources of the reactor modules it uses, its resources, catalogs, class path, these options,
   * DataWarden's build): its result is kept in the output directory. {@code false} analyses afresh.
   */
  @Parameter(property = "datawarden.reuse", defaultValue = "true")
  protected boolean reuse;

  /**
   * Keep HotSpot's second JIT compiler, C2, from compiling while the analysis runs (a compiler
   * directive, removed when the analysis ends): it took about half of an analysis's CPU on a 2-core
   * machine without paying it back in a run this short. Only in a JVM started for the build ({@code
   * mvn}); the Maven daemon keeps C2. {@code false} leaves the JVM as it is.
   */
  @Parameter(property = "datawarden.c1Only", defaultValue = "true")
  protected boolean c1Only;

  /** Where the reports go. */
  @Parameter(property = "datawarden.outputDirectory", defaultValue = "${project.build.directory}/datawarden")
  protected File outputDirectory;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution mojoExecution;

  /** The base name of the plugin's bundle of log lines. */
  static final String MESSAGES = "dev.datawarden.maven.messages";

  /** The goal's name, for the aggregate of a multi-module build. */
  String goal() {
    return mojoExecution.getGoal();
  }

  /**
   * Maven's log, with control characters escaped in every message: findings and problems carry
   * text from the analysed code and its file names, which must not forge log lines or drive the
   * terminal.
   */
  @Override
  public Log getLog() {
    return new EscapingLog(super.getLog());
  }

  /** Analyses the module; empty when skipped or when it has no Java sources (both logged). */
  Optional<AnalysisResult> analyse() throws MojoExecutionException {
    if (skip) {
      getLog().info(text("skipped"));
      return Optional.empty();
    }
    Sources sources = sources();
    if (sources.inputs().isEmpty()) {
      getLog().info(text("noSources", project.getArtifactId()));
      return Optional.empty();
    }
    List<Path> classpath = compileClasspath(sources.leftOut());
    AnalysisRequest.Builder request = AnalysisRequest.builder()
        .addSourceRoots(sources.inputs())
        .classpath(classpath)
        .sourceLevel(sourceLevel())
        .encoding(sourceEncoding())
        .baseDirectory(project.getBasedir().toPath())
        .inferData(inferData)
        .locale(locale());
    for (Path catalog : catalogFiles()) {
      getLog().info(text("catalog", relative(catalog)));
      request.addCatalog(catalog);
    }
    for (Path catalog : extraCatalogs(upstreamReactorModules())) {
      getLog().debug("DataWarden planned declarations: " + relative(catalog));
      request.addCatalog(catalog);
    }
    for (org.apache.maven.model.Resource resource : project.getResources()) {
      // MyBatis mapper XML files (src/main/resources/mapper/*.xml) say what the mapper methods do
      Path path = Path.of(resource.getDirectory());
      if (java.nio.file.Files.isDirectory(path)) {
        getLog().debug("DataWarden resources: " + relative(path));
        request.addResourceRoot(path);
      }
    }
    for (MavenProject upstream : upstreamReactorModules()) {
      // the sources and mapper XML of the reactor modules this one uses: their declarations and code
      // count here; what is wrong in them is reported by their own analysis
      for (String root : upstream.getCompileSourceRoots()) {
        Path path = Path.of(root).toAbsolutePath().normalize();
        if (leftOutAsGenerated(path, upstream)) {
          // left out as its own analysis leaves them out (MapStruct's mappers, say): the module's
          // compiled classes, on this module's class path, stand for them
          getLog().debug("DataWarden: leaving out generated context sources " + path);
        } else if (java.nio.file.Files.isDirectory(path)) {
          getLog().debug("DataWarden context sources: " + relative(path));
          request.addContextRoot(path);
        }
      }
      for (org.apache.maven.model.Resource resource : upstream.getResources()) {
        Path path = Path.of(resource.getDirectory());
        if (java.nio.file.Files.isDirectory(path)) {
          getLog().debug("DataWarden context resources: " + relative(path));
          request.addContextResourceRoot(path);
        }
      }
    }
    request.rules(ruleSelection());

    StoredAnalysis stored = StoredAnalysis.of(request.build(), outputDirectory.toPath());
    Optional<AnalysisResult> reused = reuse ? stored.reusable() : Optional.empty();
    AnalysisResult result;
    if (reused.isPresent()) {
      getLog().info(text("reused", project.getArtifactId()));
      result = reused.get();
    } else {
      getLog().info(text("analysing", sources.fileCount() < 0 ? "" : text("analysingFiles", Integer.toString(sources.fileCount())),
          project.getArtifactId(), classpath.size() == 1 ? text("classpathOne")
              : text("classpathMany", Integer.toString(classpath.size()))));
      Progress progress = (phase, millis, detail) -> getLog().info(text("phase",
          Progress.phaseName(phase, messages().locale()), Long.toString(millis), detail));
      // not in a JVM that builds again (the Maven daemon): code C1 compiles under the directive stays C1's
      boolean directive = c1Only && C1Only.startedForOneBuild(System.getProperty("sun.java.command"));
      result = directive ? C1Only.during(() -> stored.analyze(progress)) : stored.analyze(progress);
    }
    for (Problem p : result.problems()) {
      getLog().warn(text("problem", p.toString()));
    }
    return Optional.of(result);
  }

  /**
   * True for a source root of {@code module} inside its build directory (generated sources, such as
   * {@code target/generated-sources/annotations}) while {@code includeGeneratedSources} is off: this
   * module's and those of the reactor modules it reads alike.
   */
  private boolean leftOutAsGenerated(Path root, MavenProject module) {
    return !includeGeneratedSources
        && root.startsWith(Path.of(module.getBuild().getDirectory()).toAbsolutePath().normalize());
  }

  /** The sources to analyse: whole roots when nothing is filtered, else the selected files. */
  record Sources(List<Path> inputs, int fileCount, boolean leftOut) {}

  Sources sources() throws MojoExecutionException {
    List<Path> roots = new ArrayList<>();
    boolean leftOut = false;
    for (String r : project.getCompileSourceRoots()) {
      Path root = Path.of(r).toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        continue;
      }
      if (leftOutAsGenerated(root, project)) {
        getLog().debug("DataWarden: leaving out generated sources " + root);
        leftOut = true;
        continue;
      }
      roots.add(root);
    }
    List<String> in = nonBlank(includes);
    List<String> out = nonBlank(excludes);
    if (in.isEmpty() && out.isEmpty()) {
      return new Sources(roots, -1, leftOut);
    }
    List<PathMatcher> include = matchers(in.isEmpty() ? List.of("**/*.java") : in);
    List<PathMatcher> exclude = matchers(out);
    Set<Path> files = new TreeSet<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path f : walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).toList()) {
          Path rel = root.relativize(f);
          if (matches(include, rel) && !matches(exclude, rel)) {
            files.add(f);
          } else {
            leftOut = true;
          }
        }
      } catch (IOException e) {
        throw new MojoExecutionException(text("error.listSources", root, e.getMessage()), e);
      }
    }
    return new Sources(new ArrayList<>(files), files.size(), leftOut);
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null ? List.of()
        : values.stream().flatMap(v -> Stream.of(v.split(","))).map(String::trim).filter(v -> !v.isEmpty()).toList();
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : globs) {
      String glob = g.replace('\\', '/');
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      if (glob.startsWith("**/")) {
        // "**/" also means "in the root itself", as in Ant and Maven
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
      }
    }
    return matchers;
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }

  /**
   * The module's compile class path, without its own output, which is compiled from the sources
   * analysed; when sources are left out (generated or excluded), the output stays last so that
   * their types still resolve.
   */
  private List<Path> compileClasspath(boolean sourcesLeftOut) throws MojoExecutionException {
    try {
      Path output = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
      List<Path> entries = new ArrayList<>();
      for (String e : project.getCompileClasspathElements()) {
        Path p = Path.of(e).toAbsolutePath().normalize();
        if (!p.equals(output)) {
          entries.add(p);
        }
      }
      if (sourcesLeftOut && Files.isDirectory(output)) {
        entries.add(output);
      }
      return entries;
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException(text("error.classpath", e.getMessage()), e);
    }
  }

  /** {@code project.build.sourceEncoding}, as the compiler reads the sources; UTF-8 when unset or unknown (logged). */
  private java.nio.charset.Charset sourceEncoding() {
    String name = project.getProperties().getProperty("project.build.sourceEncoding");
    if (name == null || name.isBlank()) {
      return java.nio.charset.StandardCharsets.UTF_8;
    }
    try {
      return java.nio.charset.Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      getLog().warn(text("warning.sourceEncoding", name));
      return java.nio.charset.StandardCharsets.UTF_8;
    }
  }

  /** The language level of {@code maven.compiler.release}, else of {@code maven.compiler.source}, else the default. */
  private int sourceLevel() {
    for (String key : List.of("maven.compiler.release", "maven.compiler.source")) {
      OptionalInt level = ProjectLayout.sourceLevel(project.getProperties().getProperty(key));
      if (level.isPresent()) {
        return level.getAsInt();
      }
    }
    return AnalysisRequest.DEFAULT_SOURCE_LEVEL;
  }

  /** The catalogs: the configured ones or the nearest {@code datawarden.yml}, then those of upstream reactor modules. */
  List<Path> catalogFiles() throws MojoExecutionException {
    Set<Path> files = new LinkedHashSet<>();
    if (catalogs != null && !catalogs.isEmpty()) {
      for (File f : catalogs) {
        if (!f.isFile()) {
          throw new MojoExecutionException(text("error.noCatalog", f));
        }
        files.add(f.toPath().toAbsolutePath().normalize());
      }
    } else {
      ProjectLayout.nearestCatalog(project.getBasedir().toPath()).ifPresent(files::add);
    }
    for (MavenProject upstream : upstreamReactorModules()) {
      Path candidate = upstream.getBasedir().toPath().toAbsolutePath().resolve(ProjectLayout.CATALOG).normalize();
      if (Files.isRegularFile(candidate)) {
        files.add(candidate);
      }
    }
    return List.copyOf(files);
  }

  /** Catalogs a goal adds to the analysis of the module, given the reactor modules it uses; none by default. */
  List<Path> extraCatalogs(List<MavenProject> upstream) throws MojoExecutionException {
    return List.of();
  }

  /** The reactor modules among this module's compile dependencies, in reactor order. */
  private List<MavenProject> upstreamReactorModules() {
    Set<String> dependencies = new TreeSet<>();
    for (Artifact a : project.getArtifacts()) {
      if (a.getArtifactHandler() == null || a.getArtifactHandler().isAddedToClasspath()) {
        dependencies.add(a.getGroupId() + ":" + a.getArtifactId());
      }
    }
    List<MavenProject> upstream = new ArrayList<>();
    for (MavenProject p : session.getProjects()) {
      if (p != project && dependencies.contains(p.getGroupId() + ":" + p.getArtifactId())) {
        upstream.add(p);
      }
    }
    return upstream;
  }

  /** The rules chosen by {@code rules} and {@code disabledRules}; an unknown key fails the build. */
  private RuleSelection ruleSelection() throws MojoExecutionException {
    try {
      return RuleSelection.all().only("datawarden.rules", nonNull(rules))
          .disable("datawarden.disabledRules", nonNull(disabledRules));
    } catch (SettingException e) {
      throw new MojoExecutionException(e.message(messages().locale()), e);
    }
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }

  /** Checks and normalises the {@code formats} parameter. */
  Set<String> formats(List<String> formats) throws MojoExecutionException {
    Set<String> chosen = new TreeSet<>();
    for (String f : nonBlank(formats)) {
      String format = f.toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(format)) {
        throw new MojoExecutionException(text("error.format", f, String.join(", ", new TreeSet<>(FORMATS))));
      }
      chosen.add(format);
    }
    return chosen;
  }

  /** Writes the chosen reports of {@code result} into {@code directory}, SARIF naming other modules' files from the reactor's root. */
  void writeReports(AnalysisResult result, Set<String> formats, Path directory) throws MojoExecutionException {
    MavenProject top = session == null ? null : session.getTopLevelProject();
    writeReports(result, formats, title(), directory,
        top == null || top.getBasedir() == null ? null : top.getBasedir().toPath(), locale());
  }

  /** Writes the chosen reports of {@code result} into {@code directory} ({@link ReportSet}). */
  static void writeReports(AnalysisResult result, Set<String> formats, String title, Path directory, Path reactorRoot)
      throws MojoExecutionException {
    writeReports(result, formats, title, directory, reactorRoot, Locale.ENGLISH);
  }

  /** As above, in {@code locale}; the inventory comes with the two lists of Art. 21 as files of their own. */
  static void writeReports(AnalysisResult result, Set<String> formats, String title, Path directory, Path reactorRoot,
      Locale locale) throws MojoExecutionException {
    Set<ReportSet.Format> chosen = EnumSet.noneOf(ReportSet.Format.class);
    formats.forEach(f -> chosen.add(ReportSet.Format.parse(f)));
    try {
      ReportSet.write(result, chosen, title, directory, reactorRoot, locale);
    } catch (IOException e) {
      throw new MojoExecutionException(Messages.of(MESSAGES, locale, AbstractDataWardenMojo.class.getClassLoader())
          .text("error.reports", ControlCharacters.escape(WriteFailure.message(e, locale))), e);
    }
  }

  String title() {
    return project.getName() != null && !project.getName().isBlank() ? project.getName() : project.getArtifactId();
  }

  /**
   * Logs the summary table and, in a multi-module build, hands the result to the aggregate; the
   * module that ends the build fails it when the whole build's judgement of a module waiting for it
   * ({@link #judged}) fails that module's gate.
   */
  void finish(Optional<AnalysisResult> result, Set<String> formats) throws MojoExecutionException, MojoFailureException {
    result.ifPresent(r -> Summary.lines(r, messages()).forEach(getLog()::info));
    finishedFormats = Set.copyOf(formats);
    Aggregate.contribute(session, project, goal(), result, formats, locale(), getLog(), this);
  }

  /** The report formats this module's goal wrote, for rewriting them after the whole build's judgement. */
  private Set<String> finishedFormats = Set.of();

  /**
   * True when other modules of this build that run the goal depend on this one: they see this
   * module's code with its callers, so its findings are judged again with theirs when the build ends,
   * and its gate waits for that.
   */
  boolean waitsForDependents() {
    return session != null && session.getProjects().size() > 1 && session.getTopLevelProject() != null
        && Aggregate.waits(session, project, goal());
  }

  /**
   * Called once at the end of a multi-module build, when other modules depend on this one, with this
   * module's result as the whole build judges it (the findings in its files as the modules that use it
   * see them; empty when that judgement is the module's own): rewrites the module's reports when they
   * changed; answers why the build must fail, if it must.
   */
  Optional<String> judged(Optional<AnalysisResult> result) throws MojoExecutionException {
    if (result.isPresent()) {
      writeReports(result.get(), finishedFormats, outputDirectory.toPath());
      getLog().info(text("judged", project.getArtifactId(), Integer.toString(result.get().findings().size()),
          outputDirectory.toString()));
    }
    return Optional.empty();
  }

  /** The language chosen with {@code datawarden.locale}. */
  Locale locale() throws MojoExecutionException {
    try {
      return Messages.parse(locale);
    } catch (SettingException e) {
      // in the JVM's language (or English): the language asked for is none DataWarden writes
      throw new MojoExecutionException(text("error.locale", e.message(messages().locale())), e);
    }
  }

  /** The plugin's log lines in the chosen language; an unusable locale falls back to English here. */
  Messages messages() {
    Locale chosen;
    try {
      chosen = Messages.parse(locale);
    } catch (SettingException e) {
      chosen = Messages.defaultLocale();
    }
    return Messages.of(MESSAGES, chosen, AbstractDataWardenMojo.class.getClassLoader());
  }

  /** A log line of the plugin's bundle in the chosen language. */
  String text(String key, Object... args) {
    return messages().text(key, args);
  }

  String relative(Path file) {
    Path base = project.getBasedir().toPath().toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    try {
      return base.relativize(abs).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return abs.toString(); // another file system root
    }
  }
}
