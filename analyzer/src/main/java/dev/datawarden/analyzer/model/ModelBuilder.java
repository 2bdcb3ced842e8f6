package dev.datawarden.analyzer.model;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.annotations.PersonalInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jdt.core.compiler.CategorizedProblem;
import org.eclipse.jdt.core.compiler.IProblem;
import org.eclipse.jdt.internal.compiler.ast.ASTNode;
import org.eclipse.jdt.internal.compiler.ast.CompilationUnitDeclaration;
import org.eclipse.jdt.internal.compiler.ast.ImportReference;
import org.eclipse.jdt.internal.compiler.impl.CompilerOptions;
import spoon.Launcher;
import spoon.SpoonException;
import spoon.SpoonModelBuilder;
import spoon.compiler.Environment;
import spoon.compiler.builder.JDTBuilder;
import spoon.reflect.factory.Factory;
import spoon.support.StandardEnvironment;
import spoon.support.compiler.jdt.ASTPair;
import spoon.support.compiler.jdt.ContextBuilder;
import spoon.support.compiler.jdt.JDTBasedSpoonCompiler;
import spoon.support.compiler.jdt.JDTBatchCompiler;
import spoon.support.compiler.jdt.JDTTreeBuilder;
import spoon.support.compiler.jdt.LinearTreeBuilder;
import spoon.support.compiler.jdt.WrittenPackageReferences;

/**
 * Builds the Spoon model of a project's sources. Spoon always runs tolerant of missing types, so
 * an incomplete class path or a file that does not parse costs only what depends on it; both are
 * reported as problems. The project's types resolve only from its own class path, through a class
 * loader whose parent is the platform loader, never from DataWarden's own dependencies.
 */
public final class ModelBuilder {
  private final List<Path> sourceRoots;
  private final List<Path> classpath;
  private final boolean classpathGiven;
  private final int sourceLevel;
  private final Path baseDirectory;
  private final List<Path> contextRoots;
  private final boolean spoonSettings;
  private Charset encoding = StandardCharsets.UTF_8;

  public ModelBuilder(
      List<Path> sourceRoots, List<Path> classpath, boolean classpathGiven, int sourceLevel, Path baseDirectory) {
    this(sourceRoots, classpath, classpathGiven, sourceLevel, baseDirectory, List.of());
  }

  /** With {@code contextRoots}: other modules' sources, modelled but neither reported on nor listed. */
  public ModelBuilder(List<Path> sourceRoots, List<Path> classpath, boolean classpathGiven, int sourceLevel,
      Path baseDirectory, List<Path> contextRoots) {
    this(sourceRoots, classpath, classpathGiven, sourceLevel, baseDirectory, contextRoots, false);
  }

  private ModelBuilder(List<Path> sourceRoots, List<Path> classpath, boolean classpathGiven, int sourceLevel,
      Path baseDirectory, List<Path> contextRoots, boolean spoonSettings) {
    this.spoonSettings = spoonSettings;
    this.contextRoots = List.copyOf(contextRoots);
    this.sourceRoots = List.copyOf(sourceRoots);
    this.classpath = List.copyOf(classpath);
    this.classpathGiven = classpathGiven;
    this.sourceLevel = sourceLevel;
    this.baseDirectory = baseDirectory;
  }

  /**
   * The same builder with Spoon's own compiler settings instead of the lean ones of
   * {@link ModelCompiler}: Javadoc parsed and resolved, consistency checks on while building. Only for the test that proves both build the same model.
   */
  ModelBuilder withSpoonSettings() {
    return new ModelBuilder(sourceRoots, classpath, classpathGiven, sourceLevel, baseDirectory, contextRoots, true)
        .encoding(encoding);
  }

  /** The sources' encoding (UTF-8 unless told); a file not valid in it is reported and left out. */
  public ModelBuilder encoding(Charset charset) {
    encoding = charset;
    return this;
  }

  public SourceModel build(Consumer<Problem> problems) {
    List<Path> files = javaFiles(sourceRoots, problems);
    for (Path f : files) {
      int invalid = Encodings.firstInvalidLine(f, encoding);
      if (invalid > 0) {
        problems.accept(Problem.of(Problem.Kind.SOURCE, new Location(Location.displayPath(baseDirectory, f), invalid, 0),
            "source.invalidEncoding", encoding.name()));
      }
    }
    List<URL> urls = new ArrayList<>();
    for (Path entry : classpath) {
      if (Files.exists(entry)) {
        urls.add(toUrl(entry));
      } else {
        problems.accept(Problem.of(Problem.Kind.CLASSPATH, new Location(Location.displayPath(baseDirectory, entry), 0, 0),
            "classpath.missingEntry"));
      }
    }
    if (urls.isEmpty()) {
      // with no entry at all, JDT would fall back to the JVM's own class path (DataWarden's
      // dependencies); an empty directory keeps the project's class path empty
      urls.add(toUrl(emptyDirectory()));
    }
    if (!classpathGiven) {
      problems.accept(Problem.of(Problem.Kind.NO_CLASSPATH, new Location("<classpath>", 0, 0), "classpath.none"));
    }

    Set<Path> context = new TreeSet<>();
    for (Path f : javaFiles(contextRoots, p -> { })) {
      if (!files.contains(f)) {
        context.add(f);
      }
    }
    // a file with syntax errors, or declaring a type another file already declares, is left out of
    // the model: found by the compilation itself, then the model is built again without it (see
    // ModelCompiler); so is a file nested too deeply for even the analysis thread's stack
    Set<Path> broken = new TreeSet<>();
    Map<Path, Problem> leftOut = new TreeMap<>();
    Launcher launcher;
    while (true) {
      launcher = launcher(urls);
      for (Path f : files) {
        if (!broken.contains(f) && !leftOut.containsKey(f)) {
          launcher.addInputResource(f.toString());
        }
      }
      for (Path f : context) {
        if (!broken.contains(f) && !leftOut.containsKey(f)) {
          launcher.addInputResource(f.toString());
        }
      }
      if (files.isEmpty()) {
        break;
      }
      try {
        launcher.buildModel();
      } catch (SyntaxErrorsFound e) {
        if (broken.addAll(e.files)) {
          continue;
        }
        throw new IllegalStateException("files with syntax errors could not be left out: " + e.files, e);
      } catch (DuplicateTypeFound e) {
        Set<Path> inputs = new TreeSet<>(files);
        inputs.addAll(context);
        inputs.removeAll(broken);
        inputs.removeAll(leftOut.keySet());
        List<Path> declaring = DuplicateTypes.declaring(e.file, e.type, inputs, encoding);
        Path kept = declaring.get(0).equals(e.file) && declaring.size() == 1 ? null : declaring.get(0);
        for (Path f : declaring) {
          if (!f.equals(kept)) {
            leftOut.put(f, Problem.of(Problem.Kind.SOURCE, new Location(Location.displayPath(baseDirectory, f),
                DuplicateTypes.line(f, e.type, encoding), 0), kept == null ? "source.duplicateType" : "source.duplicateTypeIn",
                e.type, kept == null ? "" : Location.displayPath(baseDirectory, kept)));
          }
        }
        continue;
      } catch (StackOverflowError | RuntimeException e) {
        // a file the model cannot be built from: found by halving, reported at its line, left out
        Set<Path> candidates = new TreeSet<>(files);
        candidates.addAll(context);
        candidates.removeAll(broken);
        candidates.removeAll(leftOut.keySet());
        List<Path> failing = failing(urls, new ArrayList<>(candidates));
        if (failing.isEmpty()) {
          throw e;
        }
        for (Path f : failing) {
          String display = Location.displayPath(baseDirectory, f);
          if (e instanceof StackOverflowError) {
            leftOut.put(f, Problem.of(Problem.Kind.SOURCE, new Location(display, Nesting.deepestLine(f, encoding), 0),
                "source.tooDeep", e));
          } else {
            ConstructFailed at = locate(urls, f);
            leftOut.put(f, Problem.of(Problem.Kind.INTERNAL, new Location(display, at.line, 0),
                at.inConstruct ? "internal.modelConstruct" : "internal.model", at.reason));
          }
        }
        continue;
      }
      reportMissingTypes(launcher.getModelBuilder(), context, problems);
      break;
    }
    leftOut.forEach((f, p) -> {
      if (!context.contains(f)) {
        problems.accept(p);
      }
    });
    Set<Path> modelled = launcher.getFactory().CompilationUnit().getMap().keySet().stream()
        .map(f -> Path.of(f).toAbsolutePath().normalize())
        .collect(Collectors.toSet());
    List<Path> parsed = new ArrayList<>();
    for (Path f : files) {
      if (modelled.contains(f)) {
        parsed.add(f);
      } else if (!leftOut.containsKey(f)) {
        Problem why = SyntaxErrors.describe(f, Location.displayPath(baseDirectory, f), sourceLevel, encoding);
        if (why == null) {
          parsed.add(f); // valid Java declaring nothing (all commented out, or a package-info.java)
        } else {
          problems.accept(why);
        }
      }
    }
    return new SourceModel(launcher.getFactory().getModel(), parsed, baseDirectory, classpathGiven, context);
  }

  private Launcher launcher(List<URL> urls) {
    return launcher(urls, false);
  }

  /** With {@code locating}: a failure while the model is built from a file is {@link ConstructFailed}. */
  private Launcher launcher(List<URL> urls, boolean locating) {
    Launcher launcher = new Launcher() {
      @Override
      public Environment createEnvironment() {
        return spoonSettings ? super.createEnvironment() : new ModelEnvironment();
      }

      @Override
      protected SpoonModelBuilder getCompilerInstance(Factory factory) {
        return new ModelCompiler(factory, !spoonSettings, locating);
      }
    };
    Environment env = launcher.getEnvironment();
    env.setComplianceLevel(Math.max(8, Math.min(sourceLevel, 21)));
    env.setNoClasspath(true);
    env.setIgnoreSyntaxErrors(false); // ModelCompiler finds them without parsing every file twice
    env.setCommentEnabled(false);
    env.setAutoImports(false);
    env.setShouldCompile(false);
    env.setLevel("OFF");
    env.setEncoding(encoding);
    env.setInputClassLoader(new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader()));
    return launcher;
  }

  /**
   * The files among {@code candidates} whose model cannot be built even alone (the stack
   * overflows, Spoon or JDT fails on a construct), found by halving: a build of a half that
   * succeeds clears every file in it.
   */
  private List<Path> failing(List<URL> urls, List<Path> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Launcher launcher = launcher(urls);
    candidates.forEach(f -> launcher.addInputResource(f.toString()));
    try {
      launcher.buildModel();
      return List.of();
    } catch (SyntaxErrorsFound | DuplicateTypeFound e) {
      return List.of(); // faults the full build handles itself
    } catch (StackOverflowError | RuntimeException e) {
      if (candidates.size() == 1) {
        return candidates;
      }
    }
    int half = candidates.size() / 2;
    List<Path> found = new ArrayList<>(failing(urls, candidates.subList(0, half)));
    found.addAll(failing(urls, candidates.subList(half, candidates.size())));
    return found;
  }

  /**
   * Where the model of {@code file}, which cannot be built even alone, fails: built again alone,
   * with the failure located at the innermost construct Spoon was building; line 1 of the file
   * when it fails before Spoon builds anything from it (in JDT's own compilation).
   */
  private ConstructFailed locate(List<URL> urls, Path file) {
    Launcher launcher = launcher(urls, true);
    launcher.addInputResource(file.toString());
    try {
      launcher.buildModel();
    } catch (ConstructFailed e) {
      return e;
    } catch (StackOverflowError | RuntimeException e) {
      return new ConstructFailed(1, false, e);
    }
    return new ConstructFailed(1, false, new IllegalStateException("it failed beside other files only"));
  }

  /**
   * Thrown by a locating {@link ModelCompiler} when Spoon fails while building the model of a
   * file: the line of the innermost construct it was building (its file's first line when none),
   * and the failure.
   */
  private static final class ConstructFailed extends RuntimeException {
    private final int line;
    private final boolean inConstruct;
    private final String reason;

    ConstructFailed(int line, boolean inConstruct, Throwable cause) {
      super(String.valueOf(cause), cause, false, false);
      this.line = Math.max(1, line);
      this.inConstruct = inConstruct;
      String message = cause.getMessage();
      this.reason = cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
  }

  /**
   * The line of the innermost construct Spoon's tree builder has entered and not left in
   * {@code unit}, 0 when none: Spoon keeps them on its context's private stack, the one place
   * that tells where it stopped (read reflectively, Spoon 11.5.0; 0 if it is not there).
   */
  private static int innermostConstructLine(JDTTreeBuilder builder, CompilationUnitDeclaration unit) {
    char[] text = unit.compilationResult == null || unit.compilationResult.compilationUnit == null ? null
        : unit.compilationResult.compilationUnit.getContents();
    if (text == null) {
      return 0;
    }
    try {
      java.lang.reflect.Field stack = ContextBuilder.class.getDeclaredField("stack");
      stack.setAccessible(true);
      for (Object entry : (Iterable<?>) stack.get(builder.getContextBuilder())) { // innermost first
        if (entry instanceof ASTPair pair && pair.node() != null && !(pair.node() instanceof CompilationUnitDeclaration)
            && pair.node().sourceStart >= 0 && pair.node().sourceStart < text.length) {
          int line = 1;
          for (int i = 0; i < pair.node().sourceStart; i++) {
            if (text[i] == '\n') {
              line++;
            }
          }
          return line;
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0; // another Spoon version: the file is still named
    }
    return 0;
  }

  /** Thrown by {@link ModelCompiler} as JDT finds a second declaration of a type: its file. */
  private static final class DuplicateTypeFound extends RuntimeException {
    private final transient Path file;
    private final String type;

    DuplicateTypeFound(Path file, String type) {
      super(type, null, false, false);
      this.file = file;
      this.type = type;
    }
  }

  /** Thrown by {@link ModelCompiler} before the model is built: these files have syntax errors. */
  private static final class SyntaxErrorsFound extends RuntimeException {
    private final transient Set<Path> files;

    SyntaxErrorsFound(Set<Path> files) {
      super(files.toString(), null, false, false);
      this.files = files;
    }
  }

  /**
   * Spoon's environment, whose consistency checks {@link ModelCompiler} can skip while it builds
   * the model, and only then (Spoon's {@code disableConsistencyChecks()} cannot be undone).
   *
   * <p>Relies on Spoon 11.5.0: {@code checksAreSkipped()} is asked, while the model is built, by
   * the full-model {@code AstParentConsistencyChecker} at the end of the build, by
   * {@code ModelCollectionUtils.linkToParent} on each child added, by {@code CtElementImpl.equals}
   * (which then compares the hash codes of equal elements too) and by {@code PositionBuilder} when
   * it cannot find a position. With the checks on, each of them only throws; it never changes the
   * model. So a build that succeeds with them builds the same model without them; one where Spoon
   * would have failed its own check now builds with the element unpositioned (which
   * {@link SourceModel#locate} reports at its parent) instead of failing the analysis. The
   * analysis after the build runs with the checks on, as it always did.
   */
  private static final class ModelEnvironment extends StandardEnvironment {
    private boolean building;

    @Override
    public boolean checksAreSkipped() {
      return building || super.checksAreSkipped();
    }
  }

  /**
   * JDT's batch compiler as Spoon configures it, with Javadoc support off. Spoon 11.5.0 passes
   * {@code -enableJavadoc} whatever the comment setting; JDT then parses every Javadoc comment into
   * nodes (guava is mostly Javadoc) and resolves their {@code @link}/{@code @see} references. Spoon
   * reads those nodes only to build comments, which are off here. Without it the parser still
   * scans every comment: declarations keep their source range, which starts at their Javadoc, and
   * {@code @deprecated} still sets the deprecated flag (ecj 3.46.0, {@code Parser.checkComment});
   * JDT's Javadoc problems are ignored by default anyway, so the problems read by
   * {@link #reportMissingTypes} and {@link ModelCompiler} are the same.
   *
   * <p>The option is the one {@code -enableJavadoc} sets, set back after Spoon's arguments were
   * read ({@code Main.configure}, ecj 3.46.0); the model is the same, which
   * {@code ModelBuilderEquivalenceTest} checks against {@link #withSpoonSettings()}.
   */
  private static final class LeanBatchCompiler extends JDTBatchCompiler {
    private final JDTBasedSpoonCompiler jdtCompiler;

    LeanBatchCompiler(JDTBasedSpoonCompiler compiler) {
      super(compiler);
      this.jdtCompiler = compiler;
    }

    @Override
    public void configure(String[] argv) {
      super.configure(argv);
      options.put(CompilerOptions.OPTION_DocCommentSupport, CompilerOptions.DISABLED);
    }

    /**
     * The units to compile, a UTF-8 byte-order mark taken off the front of a file's text, as javac
     * accepts it: JDT would read it as an illegal character. Lines stay where they were.
     */
    @Override
    public org.eclipse.jdt.internal.compiler.batch.CompilationUnit[] getCompilationUnits() {
      org.eclipse.jdt.internal.compiler.batch.CompilationUnit[] units = super.getCompilationUnits();
      String encodingName = jdtCompiler.getFactory().getEnvironment().getEncoding().name();
      for (int i = 0; i < units.length; i++) {
        char[] text = units[i].getContents();
        if (text != null && text.length > 0 && text[0] == '\uFEFF') {
          units[i] = new org.eclipse.jdt.internal.compiler.batch.CompilationUnit(
              Arrays.copyOfRange(text, 1, text.length), new String(units[i].getFileName()), encodingName,
              units[i].destinationPath, false, units[i].module == null ? null : new String(units[i].module));
        }
      }
      return units;
    }
  }

  /**
   * Spoon's compiler without costs the analysis does not need.
   *
   * <p>Syntax errors: with {@code setIgnoreSyntaxErrors(true)} Spoon parses every file a second
   * time to find the files with syntax errors before compiling. Here the one compilation tells,
   * through JDT's own flag on each compiled unit, and when a unit has one the model is not built
   * from it: {@link SyntaxErrorsFound} names the files and {@link ModelBuilder} compiles again
   * without them, which leaves the same files out as Spoon would.
   *
   * <p>Imports: Spoon resolves every import of every file into the compilation unit's
   * {@code getImports()}, building a reflective shadow of each imported library class on the way.
   * The analysis reads imports in one place only: to recognise the vocabulary imported on demand
   * ({@code import dev.datawarden.annotations.*;}) without a class path. So the imports are built
   * as Spoon builds them when some file has that import, and not at all otherwise; then
   * {@code getImports()} is empty.
   *
   * <p>Unless built {@link #withSpoonSettings()}: JDT compiles without Javadoc
   * ({@link LeanBatchCompiler}), Spoon's consistency checks are skipped while the model is built
   * ({@link ModelEnvironment}), and each top-level type goes into its package in constant time
   * ({@link LinearTreeBuilder}: Spoon's own tree builder takes time cubic in a package's types).
   */
  private static final class ModelCompiler extends JDTBasedSpoonCompiler {
    private static final char[][] VOCABULARY = Arrays.stream(PersonalInfo.class.getPackageName().split("\\."))
        .map(String::toCharArray).toArray(char[][]::new);

    private final boolean lean;
    private final boolean locating;

    ModelCompiler(Factory factory, boolean lean, boolean locating) {
      super(factory);
      this.lean = lean;
      this.locating = locating;
    }

    @Override
    public boolean build(JDTBuilder builder) {
      if (!lean || !(getEnvironment() instanceof ModelEnvironment env)) {
        return super.build(builder);
      }
      env.building = true;
      try {
        return super.build(builder);
      } finally {
        env.building = false;
      }
    }

    /**
     * Spoon gives up on the whole model at a type declared twice (two copies of a class in
     * different folders); this names the second file so that the model is built without it.
     */
    @Override
    public void reportProblem(CategorizedProblem pb) {
      if (pb != null && pb.getID() == IProblem.DuplicateTypes && pb.getOriginatingFileName() != null) {
        String[] args = pb.getArguments();
        throw new DuplicateTypeFound(Path.of(new String(pb.getOriginatingFileName())).toAbsolutePath().normalize(),
            args != null && args.length > 1 ? args[args.length - 1] : "");
      }
      super.reportProblem(pb);
    }

    @Override
    protected JDTBatchCompiler createBatchCompiler() {
      return lean ? new LeanBatchCompiler(this) : super.createBatchCompiler();
    }

    @Override
    protected void buildModel(CompilationUnitDeclaration[] units, Factory factory) {
      Set<Path> broken = new TreeSet<>();
      boolean vocabularyOnDemand = false;
      for (CompilationUnitDeclaration unit : units) {
        if (unit.compilationResult != null && unit.compilationResult.hasSyntaxError) {
          broken.add(Path.of(new String(unit.getFileName())).toAbsolutePath().normalize());
        }
        vocabularyOnDemand |= importsVocabularyOnDemand(unit);
      }
      if (!broken.isEmpty()) {
        throw new SyntaxErrorsFound(broken);
      }
      if (vocabularyOnDemand && !locating && !lean) {
        // Spoon's own build, as Spoon settings ask (tests only): without WrittenPackageReferences
        super.buildModel(units, factory);
        return;
      }
      // Spoon's own first pass (JDTBasedSpoonCompiler.buildModel), lean: with types put into their
      // packages in constant time (LinearTreeBuilder)
      JDTTreeBuilder builder = lean ? new LinearTreeBuilder(factory) : new JDTTreeBuilder(factory);
      // a type written fully qualified keeps its package without a class path (see WrittenPackageReferences)
      WrittenPackageReferences.install(builder);
      List<CompilationUnitDeclaration> sorted = sortCompilationUnits(units);
      for (CompilationUnitDeclaration unit : sorted) {
        if (unit.isModuleInfo() && factory.getEnvironment().getComplianceLevel() < 9) {
          throw new SpoonException("Modules are only available since Java 9. Please set appropriate compliance level.");
        }
        if ((unit.isModuleInfo() || !unit.isEmpty()) && included(new String(unit.getFileName()))) {
          try {
            traverseUnitDeclaration(builder, unit);
          } catch (StackOverflowError | RuntimeException e) {
            if (!locating) {
              throw e;
            }
            int line = innermostConstructLine(builder, unit);
            throw new ConstructFailed(line, line > 0, e);
          }
        }
      }
      // then Spoon's imports pass, only when the analysis reads imports (see above)
      if (vocabularyOnDemand && !locating) {
        for (CompilationUnitDeclaration unit : sorted) {
          if ((unit.isModuleInfo() || !unit.isEmpty()) && included(new String(unit.getFileName()))) {
            LinearTreeBuilder.buildImports(unit, factory);
          }
        }
      }
    }

    private boolean included(String file) {
      return getCompilationUnitFilter().stream().noneMatch(filter -> filter.exclude(file));
    }

    private static boolean importsVocabularyOnDemand(CompilationUnitDeclaration unit) {
      if (unit.imports == null) {
        return false;
      }
      for (ImportReference i : unit.imports) {
        if (!i.isStatic() && (i.bits & ASTNode.OnDemand) != 0 && Arrays.deepEquals(i.tokens, VOCABULARY)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * When a class path was given, reports the types it did not provide, once, with the first use;
   * not in another module's sources (which that module's own class path resolves, and whose build
   * reports on them), nor the {@code log} field Lombok's {@code @Slf4j}-style annotations generate.
   */
  private void reportMissingTypes(SpoonModelBuilder compiler, Set<Path> context, Consumer<Problem> problems) {
    if (!classpathGiven || !(compiler instanceof JDTBasedSpoonCompiler jdt)) {
      return;
    }
    TreeMap<Location, String> missing = new TreeMap<>();
    Set<String> seen = new java.util.HashSet<>();
    Map<Path, Boolean> lombokLoggers = new java.util.HashMap<>();
    for (CategorizedProblem p : jdt.getProblems()) {
      if (p.isError() && p.getOriginatingFileName() != null && isMissingType(p)) {
        Path file = Path.of(new String(p.getOriginatingFileName())).toAbsolutePath().normalize();
        if (context.contains(file) || isLombokLogger(p, file, lombokLoggers) || !seen.add(p.getMessage())) {
          continue;
        }
        missing.putIfAbsent(
            new Location(Location.displayPath(baseDirectory, file), p.getSourceLineNumber(), 0), p.getMessage());
      }
    }
    if (!missing.isEmpty()) {
      var first = missing.firstEntry();
      problems.accept(Problem.of(Problem.Kind.CLASSPATH, first.getKey(), "classpath.missingNames",
          Integer.toString(missing.size()), first.getValue()));
    }
  }

  /**
   * True for the name {@code log} in a file that uses one of Lombok's logger annotations, which
   * generate the field at compile time: it is not in the sources, and never on a class path.
   */
  private boolean isLombokLogger(CategorizedProblem p, Path file, Map<Path, Boolean> cache) {
    String[] args = p.getArguments();
    if (p.getID() != IProblem.UndefinedName || args == null || args.length == 0 || !"log".equals(args[0])) {
      return false;
    }
    return cache.computeIfAbsent(file, f -> {
      try {
        return LOMBOK_LOGGER.matcher(Files.readString(f, encoding)).find();
      } catch (IOException | RuntimeException e) {
        return false;
      }
    });
  }

  private static final java.util.regex.Pattern LOMBOK_LOGGER = java.util.regex.Pattern.compile(
      "@(lombok\\.extern\\.[a-z0-9]+\\.)?(Slf4j|XSlf4j|Log4j2?|Log|CommonsLog|JBossLog|Flogger|CustomLog)\\b");

  private static boolean isMissingType(CategorizedProblem p) {
    int id = p.getID();
    return id == IProblem.UndefinedType || id == IProblem.ImportNotFound || id == IProblem.IsClassPathCorrect
        || id == IProblem.UndefinedName;
  }

  private List<Path> javaFiles(List<Path> roots, Consumer<Problem> problems) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (Files.isRegularFile(abs) && abs.toString().endsWith(".java")) {
        if (Files.isReadable(abs)) {
          files.add(abs);
        } else {
          problems.accept(Problem.of(Problem.Kind.SOURCE, new Location(Location.displayPath(baseDirectory, abs), 0, 0),
              "source.permissionDenied"));
        }
        continue;
      }
      if (!Files.isDirectory(abs)) {
        problems.accept(Problem.of(Problem.Kind.SOURCE, new Location(Location.displayPath(baseDirectory, abs), 0, 0),
            "source.missingRoot"));
        continue;
      }
      try {
        Files.walkFileTree(abs, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (file.toString().endsWith(".java") && attrs.isRegularFile()) {
              add(file.toAbsolutePath().normalize());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            unreadable(file, e);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
              unreadable(dir, e);
            }
            return FileVisitResult.CONTINUE;
          }

          private void add(Path file) {
            if (Files.isReadable(file)) {
              files.add(file);
            } else {
              unreadable(file, new java.nio.file.AccessDeniedException(file.toString()));
            }
          }

          private void unreadable(Path file, IOException e) {
            Location at = new Location(Location.displayPath(baseDirectory, file), 0, 0);
            problems.accept(e instanceof java.nio.file.AccessDeniedException
                ? Problem.of(Problem.Kind.SOURCE, at, "source.permissionDenied")
                : e instanceof java.nio.file.FileSystemLoopException ? Problem.of(Problem.Kind.SOURCE, at, "source.loop")
                : Problem.of(Problem.Kind.SOURCE, at, "source.unreadable", e.getMessage()));
          }
        });
      } catch (IOException e) {
        problems.accept(Problem.of(Problem.Kind.SOURCE, new Location(Location.displayPath(baseDirectory, abs), 0, 0),
            "source.unreadable", e.getMessage()));
      }
    }
    return new ArrayList<>(files);
  }

  private static Path emptyDirectory() {
    try {
      Path dir = Files.createTempDirectory("datawarden-empty-classpath");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL toUrl(Path p) {
    try {
      return p.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(p.toString(), e);
    }
  }
}
