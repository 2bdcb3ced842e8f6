package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.C1Only;
import dev.datawarden.analyzer.Progress;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.daemon.DaemonLauncher;
import dev.datawarden.analyzer.daemon.DaemonState;
import dev.datawarden.analyzer.processor.CompilerSupport.JavaSource;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.datawarden.analyzer.report.ControlCharacters;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * DataWarden as an annotation processor: its findings become compiler diagnostics, which IDEs and
 * builds show where developers already look. It is enabled by putting {@code datawarden-analyzer}
 * on the annotation processor path, and never claims an annotation.
 *
 * <p>Every round, the vocabulary annotations of the round's elements are checked
 * ({@code InvalidAnnotation}) on the compiler's own model, which costs next to nothing, so misuse
 * shows even while an IDE only reconciles. On the last round of a build (not while Eclipse only
 * reconciles an editor), the whole analysis runs over every source of the compilation with its class
 * path (see {@link ClasspathDiscovery}). Under javac it runs on a background thread while javac
 * goes on to generate code, and its findings are reported when the compilation ends; elsewhere, or
 * with {@code -Adatawarden.background=false}, it runs in the last round. With
 * {@code -Adatawarden.daemon=true} a warm daemon runs it when one answers (see {@link DaemonAnalysis}).
 *
 * <p>Each finding is reported once, as a WARNING, or an ERROR at or above
 * {@code -Adatawarden.failOnSeverity}, on the annotation, declaration or statement at its line,
 * reading {@code [RuleKey] message (Art. N)}. A finding with nothing at its line to carry it (one in
 * a catalog file, say) names its file and line in the text instead. The processor never fails a
 * compilation by its own fault: an internal error becomes one NOTE, and the processor stays quiet
 * for the rest of the compilation.
 */
public final class DataWardenProcessor extends AbstractProcessor {
  private static final String NAME = "DataWarden";

  private final Analysis analysis;
  private final DaemonLauncher launcher;
  private final Path baseDirectory = Path.of("").toAbsolutePath().normalize();
  private final SourceFiles sources = new SourceFiles();
  private final ClasspathDiscovery classpath = new ClasspathDiscovery();
  private final Set<String> reported = new HashSet<>();
  private final List<Future<List<Finding>>> roundChecks = new ArrayList<>();

  private ProcessorOptions options;
  private CompilerSupport compiler;
  private VocabularyCheck vocabulary;
  private boolean deferred;
  private boolean quiet;
  private boolean finished;
  private ExecutorService background;
  /** C2 kept from compiling until the compilation ends ({@code c1Only}, under javac beside it); null without. */
  private C1Only.Window compilerWindow;
  private final boolean startedToCompile;
  private Future<Analysis.Outcome> fullAnalysis;
  private long initNanos;
  private long analysisStartNanos;

  public DataWardenProcessor() {
    this(Analysis.ANALYZER, DaemonLauncher.PROCESS);
  }

  DataWardenProcessor(Analysis analysis) {
    this(analysis, DaemonLauncher.PROCESS);
  }

  /** {@code analysis} is the in-process one; {@code launcher} starts a daemon when none answers. */
  DataWardenProcessor(Analysis analysis, DaemonLauncher launcher) {
    this(analysis, launcher, C1Only.startedForOneBuild(System.getProperty("sun.java.command")));
  }

  /**
   * {@code startedToCompile}: whether this JVM was started for this build alone, so that keeping C2
   * from compiling for the rest of the compilation leaves no lasting mark ({@link C1Only#startedForOneBuild}).
   */
  DataWardenProcessor(Analysis analysis, DaemonLauncher launcher, boolean startedToCompile) {
    this.analysis = analysis;
    this.launcher = launcher;
    this.startedToCompile = startedToCompile;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    initNanos = System.nanoTime();
    safely(() -> {
      options = ProcessorOptions.parse(env.getOptions());
      for (String warning : options.warnings()) {
        messager().printMessage(Diagnostic.Kind.WARNING, NAME + ": " + ControlCharacters.escape(String.valueOf(warning)));
      }
      for (String note : options.notes()) {
        messager().printMessage(Diagnostic.Kind.NOTE, NAME + ": " + note);
      }
      if (!options.errors().isEmpty()) {
        options.errors().forEach(error -> messager().printMessage(Diagnostic.Kind.ERROR, NAME + ": " + error));
        options = null; // nothing is analysed, as the other front ends stop on the same mistake
        return;
      }
      compiler = CompilerSupport.of(env);
      vocabulary = new VocabularyCheck(compiler, env.getElementUtils(), baseDirectory);
      deferred = options.background() && compiler.onCompilationEnd(() -> safely(this::compilationEnded));
      if (deferred && options.c1Only() && startedToCompile) {
        // the whole compilation from here to its end, which closes the window (finish), in a JVM that
        // ends with the build (startedToCompile): this processor adds its rounds, its own code and the
        // analysis beside javac on the same cores, and C2 compiling all that for a run this short
        // cost more than a warm daemon's analysis (commons-codec: javac alone 2.8-4.1 s with C2,
        // 1.5-2.3 s without)
        compilerWindow = C1Only.open();
      }
    });
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!quiet && !finished && options != null) {
      safely(() -> {
        if (round.processingOver()) {
          lastRound();
        } else {
          round(round);
        }
      });
    }
    return false;
  }

  /** Notes the round's sources and checks their vocabulary. */
  private void round(RoundEnvironment round) {
    List<VocabularyCheck.Declared> declared = new ArrayList<>();
    for (Element root : round.getRootElements()) {
      if (!(root instanceof TypeElement type)) {
        continue; // package-info and module-info declare no data
      }
      Optional<JavaSource> source = compiler.source(root);
      Optional<Path> file = source.flatMap(sources::add);
      classpath.note(type, compiler.imports(root));
      file.ifPresent(f -> declared.add(vocabulary.read(type, f)));
    }
    VocabularyCheck.Declared all = new VocabularyCheck.Declared(
        declared.stream().flatMap(d -> d.declarations().stream()).toList(),
        declared.stream().flatMap(d -> d.misuses().stream()).toList());
    if (deferred) {
      roundChecks.add(background().submit(() -> VocabularyCheck.findings(all, options.rules().disabled(),
          options.locale())));
    } else {
      VocabularyCheck.findings(all, options.rules().disabled(), options.locale()).forEach(this::report);
    }
  }

  /** Starts the full analysis of every source of the compilation. */
  private void lastRound() {
    if (sources.isEmpty() || compiler.reconciling()) {
      return;
    }
    Charset encoding = encoding();
    sources.encodeCopies(encoding);
    AnalysisRequest.Builder request = AnalysisRequest.builder()
        .addSourceRoots(sources.files())
        .sourceLevel(Math.max(8, processingEnv.getSourceVersion().ordinal()))
        .baseDirectory(baseDirectory)
        .encoding(encoding)
        .locale(options.locale());
    options.catalogs().forEach(request::addCatalog);
    request.rules(options.rules());
    classpath.classpath(options, compiler, processingEnv.getElementUtils(), processingEnv.getFiler())
        .ifPresent(request::classpath);
    AnalysisRequest built = request.build();
    // in the compiler's JVM, C2 kept from compiling while the analysis runs (C1Only: about half of an
    // analysis's CPU went to C2 on a 2-core machine); a daemon is a JVM of its own, long-lived
    Analysis here = options.c1Only() ? r -> C1Only.during(() -> analysis.run(r)) : analysis;
    Analysis chosen = options.daemon() ? daemonAnalysis() : here;
    analysisStartNanos = System.nanoTime();
    if (deferred) {
      fullAnalysis = background().submit(() -> chosen.run(built));
      compiler.prepare(sources.keys()); // while the analysis already runs
    } else {
      Analysis.Outcome outcome = chosen.run(built);
      report(outcome);
      timings(outcome, System.nanoTime(), -1);
      finish();
    }
  }

  /**
   * The encoding to read the sources in: {@code -Adatawarden.encoding}, else the compiler's (under
   * javac without {@code -encoding}, the platform's default it reads them in), else UTF-8. javac's
   * encoding is unknown only when every source on disk is ASCII, which the platform's default reads
   * as UTF-8 does (or it is not one of the JVM's charsets), and UTF-8 holds any text of the copies
   * of in-memory sources, where an ASCII default (a POSIX locale) would not.
   */
  private Charset encoding() {
    return options.encoding().or(compiler::encoding).orElse(StandardCharsets.UTF_8);
  }

  /**
   * The daemon's analysis, on the daemon of the processor's own class path (the jars of the loader
   * that loaded it), which is also the class path a new daemon gets; when that class path cannot be
   * known, no daemon is started, and only a state file given as an option is asked.
   */
  private Analysis daemonAnalysis() {
    Optional<List<Path>> own = DaemonState.classpathOf(DataWardenProcessor.class.getClassLoader());
    Optional<Path> stateFile = options.daemonStateFile().or(() -> own.map(DaemonState::defaultFile));
    return new DaemonAnalysis(stateFile, own, launcher, analysis);
  }

  /** Under javac, once the compilation is complete: reports what the background work found. */
  private void compilationEnded() {
    if (quiet || finished) {
      return;
    }
    try {
      List<Finding> findings = new ArrayList<>();
      for (Future<List<Finding>> check : roundChecks) {
        findings.addAll(result(check));
      }
      Analysis.Outcome outcome;
      long waitStart = System.nanoTime();
      try {
        outcome = fullAnalysis == null ? new Analysis.Outcome(List.of(), List.of()) : result(fullAnalysis);
      } catch (RuntimeException e) {
        report(new Analysis.Outcome(findings, List.of())); // what the rounds found still stands
        throw e;
      }
      long end = System.nanoTime();
      findings.addAll(outcome.findings());
      report(new Analysis.Outcome(findings, outcome.problems(), java.util.Map.of(), false, outcome.notes()));
      if (fullAnalysis != null) {
        timings(outcome, end, end - waitStart);
      }
    } finally {
      finish();
    }
  }

  /**
   * With {@code -Adatawarden.timings=true}: a note on how long the analysis took, phase by phase,
   * when it started, and how long the compiler waited for it at the end ({@code waitedNanos}, or
   * negative when it ran inside the last round).
   */
  private void timings(Analysis.Outcome outcome, long endNanos, long waitedNanos) {
    if (!options.timings()) {
      return;
    }
    Messages t = texts();
    String separator = t.text("timings.separator");
    StringBuilder text = new StringBuilder(t.text("timings.analysis", NAME, millis(endNanos - analysisStartNanos)));
    if (outcome.inDaemon()) {
      text.append(t.text("timings.byDaemon"));
    }
    if (!outcome.phaseMillis().isEmpty()) {
      StringJoiner phases = new StringJoiner(separator);
      outcome.phaseMillis().forEach((phase, ms) ->
          phases.add(t.text("timings.phase", Progress.phaseName(phase, options.locale()), ms)));
      if (!outcome.ruleMillis().isEmpty()) {
        StringJoiner rules = new StringJoiner(separator);
        outcome.ruleMillis().forEach((rule, ms) -> rules.add(t.text("timings.phase", rule, ms)));
        phases.add(t.text("timings.rules", rules));
      }
      text.append(t.text("timings.phases", phases));
    }
    text.append(t.text("timings.started", millis(analysisStartNanos - initNanos)));
    text.append(waitedNanos < 0 ? t.text("timings.lastRound") : t.text("timings.waited", millis(waitedNanos)));
    messager().printMessage(Diagnostic.Kind.NOTE, text);
  }

  /** The processor's texts in the language of {@code -Adatawarden.locale} (the default before it is read). */
  private Messages texts() {
    return Messages.of(ProcessorOptions.BUNDLE, options == null ? Messages.defaultLocale() : options.locale());
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  /**
   * Reports the user's problems, then the findings outside the compiled sources, then the others:
   * javac gives a diagnostic without a position the file of the last positioned one.
   */
  private void report(Analysis.Outcome outcome) {
    for (String note : outcome.notes()) {
      messager().printMessage(Diagnostic.Kind.NOTE, NAME + ": " + ControlCharacters.escape(note));
    }
    for (Problem p : outcome.problems()) {
      if (p.kind() == Problem.Kind.CATALOG) {
        messager().printMessage(Diagnostic.Kind.WARNING, NAME + ": " + ControlCharacters.escape(p.toString()));
      }
    }
    List<Finding> inSources = new ArrayList<>();
    for (Finding f : outcome.findings()) {
      if (sources.keyOf(fileOf(f)).isPresent()) {
        inSources.add(f);
      } else {
        report(f);
      }
    }
    inSources.forEach(this::report);
  }

  private Path fileOf(Finding finding) {
    return baseDirectory.resolve(finding.location().file()).normalize();
  }

  /** Reports a finding once, on whatever the compiler has at its line, else naming the file and line. */
  private void report(Finding finding) {
    Path file = fileOf(finding);
    int line = finding.location().line();
    if (!reported.add(finding.ruleKey() + "\n" + file + "\n" + line + "\n" + finding.message())) {
      return;
    }
    boolean fails = options.failOn().filter(threshold -> finding.gates(threshold, options.failOnInferred())).isPresent();
    Diagnostic.Kind kind = fails ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    String rule = "[" + finding.ruleKey() + "] ";
    Optional<String> key = sources.keyOf(file);
    if (key.isPresent() && line > 0
        && compiler.print(kind, rule + ControlCharacters.escape(finding.message()), key.get(), line,
            finding.location().column())) {
      return;
    }
    String where = key.isPresent() ? sources.nameOf(file) + (line > 0 ? ":" + line : "") : finding.location().toString();
    messager().printMessage(kind, ControlCharacters.escape(rule + where + ": " + finding.message()));
  }

  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }

  private ExecutorService background() {
    if (background == null) {
      ClassLoader loader = DataWardenProcessor.class.getClassLoader();
      background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "datawarden-analysis");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        return thread;
      });
    }
    return background;
  }

  private void finish() {
    finished = true;
    if (compilerWindow != null) {
      compilerWindow.close();
    }
    if (background != null) {
      background.shutdownNow();
    }
    sources.delete();
  }

  /** Runs a step; a failure of DataWarden's own becomes one NOTE, after which the processor keeps quiet. */
  private void safely(Runnable step) {
    try {
      step.run();
    } catch (Throwable t) {
      if (!quiet) {
        quiet = true;
        messager().printMessage(Diagnostic.Kind.NOTE, texts().text("internalError", NAME, describe(t)));
        try {
          finish();
        } catch (RuntimeException ignored) {
          // already reporting a failure
        }
      }
    }
  }

  private static String describe(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException
        || cause instanceof InvocationTargetException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    StringBuilder text = new StringBuilder(cause.toString());
    StackTraceElement[] stack = cause.getStackTrace();
    if (stack.length > 0) {
      text.append(" at ").append(stack[0]);
    }
    for (Throwable c = cause.getCause(); c != null && c != cause; c = c.getCause()) {
      text.append("; caused by ").append(c);
      if (c.getCause() == c) {
        break;
      }
    }
    return text.toString();
  }

  private Messager messager() {
    return processingEnv.getMessager();
  }
}
