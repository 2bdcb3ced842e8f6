package dev.datawarden.analyzer;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.report.DataLists;
import dev.datawarden.analyzer.suppression.Suppression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The results of the modules of one multi-module build, gathered as each module's analysis ends and
 * merged into one result, with file names relative to the top directory, once every module expected
 * has ended. A front end holds one per build (the Maven plugin keeps it in the build's session), so
 * nothing of a build outlives it; modules of a parallel build may add at the same time.
 */
public final class ModuleResults {
  private final Path top;
  private final Set<String> expected;
  private final Set<String> done = new TreeSet<>();
  private final Map<String, AnalysisResult> parts = new TreeMap<>();
  private final Map<String, String> directories = new TreeMap<>();
  private final Map<String, Set<String>> downstream = new TreeMap<>();
  private final Map<String, AnalysisResult> judged = new TreeMap<>();
  private final Map<String, AnalysisResult> originals = new TreeMap<>();

  /**
   * @param topDirectory the directory the merged result's file names are relative to
   * @param expected the modules (by any stable name) whose end completes the build
   */
  public ModuleResults(Path topDirectory, Set<String> expected) {
    this.top = topDirectory.toAbsolutePath().normalize();
    this.expected = Set.copyOf(expected);
  }

  /**
   * Notes that {@code module}, in {@code moduleDirectory}, has ended, with its result when it was
   * analysed; returns the merged result of every module analysed when this was the last one expected
   * to end, empty before that (and when no module was analysed).
   */
  public synchronized Optional<AnalysisResult> add(String module, Path moduleDirectory, Optional<AnalysisResult> result) {
    return add(module, moduleDirectory, result, Set.of());
  }

  /**
   * As {@link #add(String, Path, Optional)} for a module on which the modules {@code dependents}
   * depend, directly or not: once every module has ended, the findings in the files of a module
   * others depend on are judged as one analysis of the whole build would judge them ({@link
   * #judged()}), and the merged result carries that judgement.
   */
  public synchronized Optional<AnalysisResult> add(String module, Path moduleDirectory, Optional<AnalysisResult> result,
      Set<String> dependents) {
    boolean complete = done.containsAll(expected);
    done.add(module);
    String name = moduleName(moduleDirectory);
    result.ifPresent(r -> {
      parts.put(module, relocate(r, name));
      originals.put(module, r);
      directories.put(module, name);
      downstream.put(module, Set.copyOf(dependents));
    });
    if (complete || !done.containsAll(expected) || parts.isEmpty()) {
      return Optional.empty();
    }
    List<AnalysisResult> finals = new ArrayList<>();
    for (String m : parts.keySet()) {
      Optional<AnalysisResult> changed = judge(m);
      changed.ifPresent(r -> judged.put(m, relocateBack(m, r, directories.get(m))));
      finals.add(changed.orElse(parts.get(m)));
    }
    return Optional.of(merge(finals));
  }

  /**
   * The results of the modules others depend on, once every module has ended, with the findings in
   * their files as one analysis of the whole build gives them, file names relative to each module:
   * what its reports should say and its gate should judge. Empty before the end, and for a build whose
   * modules depend on no other analysed module.
   */
  public synchronized Map<String, AnalysisResult> judged() {
    return Map.copyOf(judged);
  }

  /**
   * The findings in {@code module}'s files as the analyses that see the most of the code around them
   * judge them: those of the modules that depend on it and on which no other analysed module depends
   * (each sees the module's code with every caller of it in its part of the build), their findings
   * merged; a stored type is missing its deletion when one of them says so and none of them found a
   * deletion of it. Whether a suppression silences anything stays the module's own analysis's word.
   * Empty when no analysed module depends on this one: its own analysis saw all there is.
   */
  private Optional<AnalysisResult> judge(String module) {
    Set<String> below = analysedAmong(downstream.get(module));
    if (below.isEmpty()) {
      return Optional.empty();
    }
    AnalysisResult own = parts.get(module);
    Set<String> files = Set.copyOf(own.analysedFiles());
    Set<Location> deleted = new java.util.HashSet<>();
    Map<List<Object>, Finding> kept = new java.util.LinkedHashMap<>();
    for (Finding f : own.findings()) {
      if (f.ruleKey().equals(UNUSED_SUPPRESSION)) {
        kept.putIfAbsent(List.of(f.ruleKey(), f.location(), f.identity()), f);
      }
    }
    for (String judge : below) {
      if (!analysedAmong(downstream.get(judge)).isEmpty()) {
        continue; // another analysed module sees more of the code than this one
      }
      ModuleEvidence evidence = parts.get(judge).evidence();
      deleted.addAll(evidence.deletedTypes());
      for (Finding f : evidence.contextFindings()) {
        if (files.contains(f.location().file()) && !f.ruleKey().equals(UNUSED_SUPPRESSION)) {
          kept.putIfAbsent(List.of(f.ruleKey(), f.location(), f.identity()), f);
        }
      }
    }
    List<Finding> findings = kept.values().stream()
        .filter(f -> !(f.ruleKey().equals(MISSING_DELETION_PATH) && deleted.contains(f.location())))
        .toList();
    return Optional.of(new AnalysisResult(findings, own.analysedFiles(), own.problems(), own.classpathMode(),
        own.declarations(), own.phaseMillis(), own.suppressions(), own.lists(), own.coveredFields(), own.ruleMillis(),
        own.evidence()));
  }

  private Set<String> analysedAmong(Set<String> modules) {
    Set<String> analysed = new TreeSet<>(modules);
    analysed.retainAll(parts.keySet());
    return analysed;
  }

  private static final String UNUSED_SUPPRESSION = "UnusedSuppression";
  private static final String MISSING_DELETION_PATH = "MissingDeletionPath";

  /** How many modules were analysed. */
  public synchronized int analysed() {
    return parts.size();
  }

  static AnalysisResult merge(List<AnalysisResult> parts) {
    List<Finding> findings = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Declaration> declarations = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    List<DataLists> lists = new ArrayList<>();
    Map<String, List<String>> covered = new TreeMap<>();
    boolean classpath = true;
    for (AnalysisResult r : parts) {
      findings.addAll(r.findings());
      files.addAll(r.analysedFiles());
      problems.addAll(r.problems());
      declarations.addAll(r.declarations());
      suppressions.addAll(r.suppressions());
      lists.add(r.lists());
      covered.putAll(r.coveredFields());
      classpath &= r.classpathMode();
    }
    return new AnalysisResult(findings, files.stream().distinct().toList(), problems,
        classpath, declarations.stream().distinct().toList(), Map.of(), suppressions.stream().distinct().toList(),
        DataLists.merge(lists), covered);
  }

  private String moduleName(Path moduleDirectory) {
    return top.relativize(moduleDirectory.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** The module's own result with the judged findings, their file names made relative to the module again. */
  private AnalysisResult relocateBack(String id, AnalysisResult judgedResult, String module) {
    AnalysisResult own = originals.get(id);
    return new AnalysisResult(judgedResult.findings().stream().map(f -> back(f, module)).toList(),
        own.analysedFiles(), own.problems(), own.classpathMode(), own.declarations(), own.phaseMillis(),
        own.suppressions(), own.lists(), own.coveredFields(), own.ruleMillis(), ModuleEvidence.NONE);
  }

  private Finding back(Finding f, String module) {
    return withFiles(f, name -> back(name, module));
  }

  /** A top-relative name made relative to the module. */
  private static String back(String file, String module) {
    if (file.startsWith("<") || Path.of(file).isAbsolute()) {
      return file;
    }
    return Path.of(module).relativize(Path.of(file)).toString().replace('\\', '/');
  }

  /** The result with every file name made relative to the top directory instead of the module's. */
  private AnalysisResult relocate(AnalysisResult r, String module) {
    Map<String, String> references = new TreeMap<>();
    r.findings().forEach(f -> references.put(DataLists.reference(f), DataLists.reference(relocate(f, module))));
    return new AnalysisResult(
        r.findings().stream().map(f -> relocate(f, module)).toList(),
        r.analysedFiles().stream().map(f -> file(f, module)).toList(),
        r.problems().stream().map(p -> new Problem(p.kind(), location(p.location(), module), p.message(), p.key(),
            p.args())).toList(),
        r.classpathMode(),
        r.declarations().stream().map(d -> new Declaration(d.role(), d.target(), d.attributes(), d.explicit(),
            location(d.location(), module), d.origin())).toList(),
        r.phaseMillis(),
        r.suppressions().stream().map(s -> new Suppression(s.ruleKey(), location(s.location(), module), s.element(),
            s.firstLine(), s.lastLine(), s.suppressed().stream().map(f -> relocate(f, module)).toList())).toList(),
        r.lists().relocated(f -> file(f, module), references),
        r.coveredFields(), r.ruleMillis(),
        new ModuleEvidence(r.evidence().contextFindings().stream().map(f -> relocate(f, module)).toList(),
            r.evidence().deletedTypes().stream().map(l -> location(l, module))
                .collect(java.util.stream.Collectors.toSet())));
  }

  private Finding relocate(Finding f, String module) {
    return withFiles(f, name -> file(name, module));
  }

  /** The finding with every file name it holds (its location, each step of each path) given by {@code file}. */
  private static Finding withFiles(Finding f, java.util.function.UnaryOperator<String> file) {
    java.util.function.Function<List<PathStep>, List<PathStep>> steps = path -> path.stream()
        .map(s -> new PathStep(withFile(s.location(), file), s.label())).toList();
    return new Finding(f.ruleKey(), f.severity(), f.message(), withFile(f.location(), file), steps.apply(f.path()),
        f.identity(), f.morePaths().stream().map(steps).toList(), f.inferred());
  }

  private static Location withFile(Location l, java.util.function.UnaryOperator<String> file) {
    return new Location(file.apply(l.file()), l.line(), l.column());
  }

  private Location location(Location l, String module) {
    return withFile(l, name -> file(name, module));
  }

  /** A module-relative name made relative to the top; an absolute one too when it lies under the top. */
  private String file(String file, String module) {
    if (file.startsWith("<")) {
      return file;
    }
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.normalize().startsWith(top) ? top.relativize(path.normalize()).toString().replace('\\', '/') : file;
    }
    return Path.of(module).resolve(file).normalize().toString().replace('\\', '/');
  }
}
