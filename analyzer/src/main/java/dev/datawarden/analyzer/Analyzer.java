package dev.datawarden.analyzer;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.catalog.CatalogLoader;
import dev.datawarden.analyzer.catalog.CatalogTargets;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.FactCollector;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.Misuse;
import dev.datawarden.analyzer.fact.WebApi;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.FlowEngine;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.frameworks.ApplicationConfig;
import dev.datawarden.analyzer.frameworks.Frameworks;
import dev.datawarden.analyzer.frameworks.MyBatisMappers;
import dev.datawarden.analyzer.model.ModelBuilder;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.analyzer.report.DataLists;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.rules.declaration.InvalidAnnotation;
import dev.datawarden.analyzer.rules.declaration.UnusedSuppression;
import dev.datawarden.analyzer.rules.discovery.InferredData;
import dev.datawarden.analyzer.rules.discovery.UnannotatedPersonalInfo;
import dev.datawarden.analyzer.suppression.Suppression;
import dev.datawarden.analyzer.suppression.SuppressionFilter;
import dev.datawarden.analyzer.suppression.SuppressionScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The entry point of every front end: {@link #analyze(AnalysisRequest)} builds the model, collects
 * the declarations of the sources and catalogs, runs the rules and returns their findings.
 * It never fails on bad input: what it cannot read becomes a {@link Problem} in the result.
 */
public final class Analyzer {
  /** The key of the rule {@link #checkVocabulary} runs, for front ends that report its findings apart. */
  public static final String VOCABULARY_RULE = RuleMetadata.of(InvalidAnnotation.class).key();

  private Analyzer() {}

  /** The metadata of every rule, in the registry's order: what front ends list, define and render. */
  public static List<RuleMetadata> rules() {
    return RulePack.all();
  }

  /** The metadata of the rule with this key, if there is one. */
  public static Optional<RuleMetadata> rule(String key) {
    return RulePack.find(key);
  }

  public static AnalysisResult analyze(AnalysisRequest request) {
    return analyze(request, Progress.NONE);
  }

  /**
   * Analyses and tells {@code progress} as each phase ends. The analysis runs on a thread of its
   * own with a {@link #STACK_BYTES large stack}: JDT's resolver and Spoon's scanners recurse once per
   * level of an expression, and generated code nests thousands deep.
   */
  public static AnalysisResult analyze(AnalysisRequest request, Progress progress) {
    AnalysisResult[] result = new AnalysisResult[1];
    Throwable[] thrown = new Throwable[1];
    Thread analysis = new Thread(null, () -> {
      try {
        result[0] = analyzeHere(request, progress);
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "datawarden-analysis", STACK_BYTES);
    try {
      analysis.start();
    } catch (OutOfMemoryError e) {
      return analyzeHere(request, progress); // no thread to be had: analysed on the caller's stack
    }
    boolean interrupted = false;
    while (analysis.isAlive()) {
      try {
        analysis.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (thrown[0] instanceof RuntimeException e) {
      throw e;
    }
    if (thrown[0] instanceof Error e) {
      throw e;
    }
    return result[0];
  }

  /**
   * The analysis thread's stack: room for JDT and Spoon to walk an expression nested some 100,000
   * levels deep (a 5,000-operand concatenation needs about 2 MB). Only what is used is committed.
   */
  static final long STACK_BYTES = 1L << 30;

  private static AnalysisResult analyzeHere(AnalysisRequest request, Progress progress) {
    Stopwatch watch = new Stopwatch(progress, request.locale());
    List<Problem> problems = new ArrayList<>();
    CatalogLoader.Loaded builtin = CatalogLoader.loadBuiltin();
    List<Declaration> catalogDeclarations = new ArrayList<>(builtin.declarations());
    List<Misuse> catalogMisuses = new ArrayList<>();
    List<Declaration> userCatalogs = new ArrayList<>();
    List<WebApi> userWebApis = new ArrayList<>();
    for (Path catalog : request.catalogs()) {
      CatalogLoader.Loaded loaded = CatalogLoader.load(catalog, Location.displayPath(request.baseDirectory(), catalog));
      catalogDeclarations.addAll(loaded.declarations());
      userWebApis.addAll(loaded.webApis());
      userCatalogs.addAll(loaded.declarations());
      catalogMisuses.addAll(loaded.misuses());
      problems.addAll(loaded.problems());
    }

    SourceModel model = new ModelBuilder(
            request.sourceRoots(),
            request.classpath().orElse(List.of()),
            request.classpath().isPresent(),
            request.sourceLevel(),
            request.baseDirectory(),
            request.contextRoots())
        .encoding(request.encoding())
        .build(problems::add);
    List<Path> ddlRoots = new ArrayList<>(request.resourceRoots());
    ddlRoots.addAll(request.contextResourceRoots());
    List<WebApi> webApis = new ArrayList<>(userWebApis);
    webApis.addAll(builtin.webApis());
    Frameworks frameworks = Frameworks.standard().withMappers(mappers(request, problems))
        .withColumnComments(dev.datawarden.analyzer.frameworks.SqlColumnComments.read(ddlRoots))
        .withConfiguration(ApplicationConfig.read(request.resourceRoots(), request.baseDirectory(), problems::add),
            webApis);
    problems.addAll(guarded("phase.catalogTargets", problems,
        () -> CatalogTargets.check(userCatalogs, model, request.classpath().orElse(List.of())), List::of));
    watch.phase("model", "detail.model", model.files().size());
    Facts declaredFacts = guarded("phase.declarations", problems,
        () -> FactCollector.collect(model, catalogDeclarations, catalogMisuses),
        () -> Facts.of(catalogDeclarations, catalogMisuses));
    watch.phase("facts", "detail.facts", declaredFacts.all().size());

    CallGraph callGraph = guarded("phase.callGraph", problems, () -> FlowEngine.callGraph(model, frameworks), () -> null);
    if (callGraph == null) {
      watch.phase("callgraph", "detail.callgraphNone");
    } else {
      watch.phase("callgraph", "detail.callgraph", callGraph.executables().size(), callGraph.entryPoints().size());
    }
    List<Suppression> allSuppressions = guarded("phase.suppressions", problems, () -> SuppressionScanner.scan(model),
        List::of);
    // undeclared data that looks personal is followed like declared data, its findings marked inferred
    Facts facts = !request.inferData() || callGraph == null ? declaredFacts
        : guarded("phase.declarations", problems, () -> declaredFacts.withInferred(
            InferredData.of(declaredFacts, model, callGraph, at -> silencedAsNotPersonal(allSuppressions, at))),
            () -> declaredFacts);
    Flows flows;
    try {
      flows = callGraph == null ? Flows.none()
          : guarded("phase.flow", problems, () -> FlowEngine.run(facts, model, callGraph,
              request.exhaustiveFlow() ? FlowEngine.Mode.EXHAUSTIVE : FlowEngine.Mode.DEMAND), Flows::none);
    } catch (OutOfMemoryError e) {
      // the engine's state is garbage once we are here: report what the other rules find
      flows = Flows.none();
      problems.add(Problem.of(Problem.Kind.INTERNAL, new Location("<analysis>", 0, 0), "internal.flowOutOfMemory"));
    }
    problems.addAll(flows.problems());
    if (flows.incomplete()) {
      problems.add(Problem.of(Problem.Kind.INTERNAL, new Location("<analysis>", 0, 0), "internal.flowBudget"));
    }
    Flows.Work work = flows.work();
    watch.phase("flow", "detail.flow", flows.all().size(), work.summarised(), work.methods(), work.analyses(),
        work.exhaustive() ? 1 : 0);

    List<Finding> findings = new ArrayList<>();
    List<Finding> contextFindings = new ArrayList<>();
    Flows ruleFlows = flows;
    Map<String, Long> ruleMillis = new LinkedHashMap<>();
    // what deletions cover is evidence for judging the modules this one depends on: only with context sources
    boolean withContext = !request.contextRoots().isEmpty();
    Set<Location> deletedTypes = guarded("phase.rules", problems, () -> RulePack.runForDeletions(facts, model, ruleFlows, withContext,
        request.disabledRules(), request.locale(), f -> {
          // another module's build reports on its own files; what this one saw there is evidence for
          // judging the whole build (ModuleEvidence)
          (model.isContext(f.location().file()) ? contextFindings : findings).add(f);
        }, ruleMillis::put), Set::of);
    watch.phase("rules", "detail.rules", findings.size());
    List<Suppression> suppressions = allSuppressions.stream().filter(s -> !model.isContext(s.location().file())).toList();
    SuppressionFilter.Outcome suppressed = SuppressionFilter.apply(findings, suppressions, request.disabledRules(),
        request.locale());
    ModuleEvidence evidence = new ModuleEvidence(SuppressionFilter.apply(contextFindings,
            allSuppressions.stream().filter(s -> model.isContext(s.location().file())).toList(),
        unusedSuppressionsLeftOut(request.disabledRules()), request.locale()).findings(), deletedTypes);
    watch.phase("suppressions", "detail.suppressions", suppressed.suppressions().size());
    List<String> files = model.files().stream().map(model::displayPath).toList();
    List<Declaration> declared = facts.all().stream()
        .filter(d -> d.origin() != Declaration.Origin.BUILTIN && !d.isUnwritten()
            && !model.isContext(d.location().file()))
        .toList();
    DataLists lists = DataLists.of(flows, RulePack.dataHandling(flows), model, suppressed.findings());
    List<Problem> written = problems.stream().map(p -> p.in(request.locale())).toList();
    return new AnalysisResult(suppressed.findings(), files, written, model.classpathMode(), declared, watch.millis(),
        suppressed.suppressions(), lists, coveredFields(declared, model), ruleMillis, evidence, vendors(flows));
  }

  /**
   * The vendors of the built-in vendor catalog that personal information reaches: the recipient of a
   * third-party transfer, or the SDK method and destination of a transfer abroad.
   */
  private static List<String> vendors(Flows flows) {
    List<String> vendors = new ArrayList<>();
    for (dev.datawarden.analyzer.flow.Flow f : flows.all()) {
      dev.datawarden.analyzer.flow.Sink sink = f.sink();
      if (!f.source().kind().isPersonal() || sink.declaration() == null
          || sink.declaration().origin() != Declaration.Origin.BUILTIN) {
        continue;
      }
      sink.thirdParty().map(t -> t.recipient()).filter(r -> !r.isBlank()).ifPresent(vendors::add);
      sink.crossBorder().ifPresent(c -> vendors.add(sink.name() + " → " + String.join(", ", c.destination())));
    }
    return vendors;
  }

  /**
   * The fields each type-level data declaration covers, as the engine reads them ({@code
   * Knowledge.fieldSources}): every field of the type when none of its fields declares data of its
   * own; a type whose fields declare their own has none (its declaration only gives them defaults).
   */
  private static java.util.Map<String, List<String>> coveredFields(List<Declaration> declared, SourceModel model) {
    java.util.Map<String, List<String>> covered = new java.util.TreeMap<>();
    for (Declaration d : declared) {
      if (!isData(d) || d.target().kind() != dev.datawarden.analyzer.fact.TargetKind.TYPE) {
        continue;
      }
      String name = d.target().typeName();
      boolean membersDeclared = declared.stream().anyMatch(m -> isData(m)
          && m.target().kind() == dev.datawarden.analyzer.fact.TargetKind.FIELD && m.target().typeName().equals(name));
      spoon.reflect.declaration.CtType<?> type = model.index().type(name.replace('$', '.'));
      if (type == null) {
        type = model.index().type(name);
      }
      if (!membersDeclared && type != null) {
        covered.put(name, type.getFields().stream().map(f -> f.getSimpleName()).toList());
      }
    }
    return covered;
  }

  private static boolean isData(Declaration d) {
    return d.role() == dev.datawarden.analyzer.fact.Role.PERSONAL_INFO
        || d.role() == dev.datawarden.analyzer.fact.Role.SENSITIVE
        || d.role() == dev.datawarden.analyzer.fact.Role.IMPORTANT_DATA;
  }

  /** True when {@code at} is inside a declaration that says its names only look like personal information. */
  private static boolean silencedAsNotPersonal(List<Suppression> suppressions, Location at) {
    return suppressions.stream().anyMatch(s -> s.ruleKey().equals(UnannotatedPersonalInfo.KEY)
        && s.location().file().equals(at.file()) && at.line() >= s.firstLine() && at.line() <= s.lastLine());
  }

  /**
   * Checks declarations read without a Spoon model (the annotation processor reads them from the
   * compiler's own model on every round) for misuse of the vocabulary: the {@code InvalidAnnotation}
   * rule, on the facts alone, as it reads nothing else.
   */
  public static List<Finding> checkVocabulary(List<Declaration> declarations, List<Misuse> misuses) {
    return checkVocabulary(declarations, misuses, java.util.Locale.ENGLISH);
  }

  /** As {@link #checkVocabulary(List, List)}, the messages in {@code locale}. */
  public static List<Finding> checkVocabulary(List<Declaration> declarations, List<Misuse> misuses,
      java.util.Locale locale) {
    Facts facts = Facts.of(declarations, misuses);
    List<Finding> findings = new ArrayList<>();
    new InvalidAnnotation().check(RuleContext.ofFacts(InvalidAnnotation.class, facts, findings::add, locale));
    return findings;
  }

  /**
   * Runs one phase after the model is built; an {@link Error} other than running out of memory (a
   * stack overflow the large stack did not prevent, a linkage error) becomes an internal problem
   * and the phase's {@code fallback}, so the other phases still run and the reports are written.
   * {@code phase} is the key of the phase's name in the problems' bundle ({@code phase.rules}).
   */
  /**
   * The mapper XML files of the project's resource directories and of its context modules'; what is
   * wrong in a context module's file is that module's to report.
   */
  private static MyBatisMappers mappers(AnalysisRequest request, List<Problem> problems) {
    List<Path> roots = new ArrayList<>(request.resourceRoots());
    roots.addAll(request.contextResourceRoots());
    List<String> context = request.contextResourceRoots().stream()
        .map(r -> Location.displayPath(request.baseDirectory(), r.toAbsolutePath().normalize()))
        .toList();
    return MyBatisMappers.read(roots, request.baseDirectory(), p -> {
      String file = p.location().file();
      if (context.stream().noneMatch(c -> file.equals(c) || file.startsWith(c + "/"))) {
        problems.add(p);
      }
    });
  }

  /**
   * The rules left out of the context findings: also UnusedSuppression, since whether an upstream
   * module's suppression silences anything is that module's own analysis's to say.
   */
  private static Set<String> unusedSuppressionsLeftOut(Set<String> disabled) {
    Set<String> keys = new java.util.TreeSet<>(disabled);
    keys.add(UnusedSuppression.KEY);
    return keys;
  }

  private static <T> T guarded(String phase, List<Problem> problems, Supplier<T> body, Supplier<T> fallback) {
    try {
      return body.get();
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (StackOverflowError e) {
      problems.add(Problem.of(Problem.Kind.INTERNAL, new Location("<analysis>", 0, 0), "internal.tooDeep", phase));
    } catch (LinkageError | AssertionError e) {
      problems.add(Problem.of(Problem.Kind.INTERNAL, new Location("<analysis>", 0, 0), "internal.phase", phase, e));
    }
    return fallback.get();
  }
}
