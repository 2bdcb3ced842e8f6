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
    boolean complete = done.containsAll(expected);
    done.add(module);
    result.ifPresent(r -> parts.put(module, relocate(r, moduleDirectory)));
    if (complete || !done.containsAll(expected) || parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(merge(List.copyOf(parts.values())));
  }

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

  /** The result with every file name made relative to the top directory instead of the module's. */
  private AnalysisResult relocate(AnalysisResult r, Path moduleDirectory) {
    String module = top.relativize(moduleDirectory.toAbsolutePath().normalize()).toString().replace('\\', '/');
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
        r.coveredFields());
  }

  private Finding relocate(Finding f, String module) {
    return new Finding(f.ruleKey(), f.severity(), f.message(), location(f.location(), module),
        steps(f.path(), module), f.identity(), f.morePaths().stream().map(p -> steps(p, module)).toList());
  }

  private List<PathStep> steps(List<PathStep> path, String module) {
    return path.stream().map(s -> new PathStep(location(s.location(), module), s.label())).toList();
  }

  private Location location(Location l, String module) {
    return new Location(file(l.file(), module), l.line(), l.column());
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
