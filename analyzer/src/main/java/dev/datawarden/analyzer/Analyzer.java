package dev.datawarden.analyzer;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.catalog.CatalogLoader;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.FactCollector;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.Misuse;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.FlowEngine;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.model.ModelBuilder;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.analyzer.report.DataLists;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.rules.declaration.InvalidAnnotation;
import dev.datawarden.analyzer.suppression.SuppressionFilter;
import dev.datawarden.analyzer.suppression.SuppressionScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of every front end: {@link #analyze(AnalysisRequest)} builds the model, collects
 * the declarations of the sources and catalogs, runs the rules and returns their findings.
 * It never fails on bad input: what it cannot read becomes a {@link Problem} in the result.
 */
public final class Analyzer {
  private Analyzer() {}

  public static AnalysisResult analyze(AnalysisRequest request) {
    return analyze(request, Progress.NONE);
  }

  /** Analyses and tells {@code progress} as each phase ends. */
  public static AnalysisResult analyze(AnalysisRequest request, Progress progress) {
    Stopwatch watch = new Stopwatch(progress);
    List<Problem> problems = new ArrayList<>();
    List<Declaration> catalogDeclarations = new ArrayList<>(CatalogLoader.loadBuiltin().declarations());
    List<Misuse> catalogMisuses = new ArrayList<>();
    for (Path catalog : request.catalogs()) {
      CatalogLoader.Loaded loaded = CatalogLoader.load(catalog, Location.displayPath(request.baseDirectory(), catalog));
      catalogDeclarations.addAll(loaded.declarations());
      catalogMisuses.addAll(loaded.misuses());
      problems.addAll(loaded.problems());
    }

    SourceModel model = new ModelBuilder(
            request.sourceRoots(),
            request.classpath().orElse(List.of()),
            request.classpath().isPresent(),
            request.sourceLevel(),
            request.baseDirectory(),
            request.contextRoots(),
            request.resourceRoots())
        .build(problems::add);
    watch.phase("model", model.files().size() + " file(s) modelled");
    Facts facts = FactCollector.collect(model, catalogDeclarations, catalogMisuses);
    watch.phase("facts", facts.all().size() + " declaration(s)");

    CallGraph callGraph = FlowEngine.callGraph(model);
    watch.phase("callgraph", callGraph.executables().size() + " method(s), "
        + callGraph.entryPoints().size() + " entry point(s)");
    Flows flows;
    try {
      flows = FlowEngine.run(facts, model, callGraph);
    } catch (OutOfMemoryError e) {
      // the engine's state is garbage once we are here: report what the other rules find
      flows = Flows.none();
      problems.add(new Problem(Problem.Kind.INTERNAL, new Location("<analysis>", 0, 0),
          "the data-flow analysis ran out of memory and was left out: no flow rule could run; give the JVM "
              + "more heap (-Xmx, MAVEN_OPTS) or analyse fewer sources at once"));
    }
    problems.addAll(flows.problems());
    if (flows.incomplete()) {
      problems.add(new Problem(Problem.Kind.INTERNAL, new Location("<analysis>", 0, 0),
          "the data-flow analysis stopped at its budget before it settled; some flows may be missing"));
    }
    watch.phase("flow", flows.all().size() + " flow(s) from sources to sinks; " + flows.work());

    List<Finding> findings = new ArrayList<>();
    RulePack.run(facts, model, flows, request.disabledRules(), request.locale(), f -> {
      if (!model.isContext(f.location().file())) {
        findings.add(f); // another module's build reports on its own files
      }
    });
    watch.phase("rules", findings.size() + " finding(s)");
    SuppressionFilter.Outcome suppressed = SuppressionFilter.apply(findings,
        SuppressionScanner.scan(model).stream().filter(s -> !model.isContext(s.location().file())).toList(),
        request.disabledRules(), request.locale());
    watch.phase("suppressions", suppressed.suppressions().size() + " suppression(s)");
    List<String> files = model.files().stream().map(model::displayPath).toList();
    List<Declaration> declared = facts.all().stream()
        .filter(d -> d.origin() != Declaration.Origin.BUILTIN && !model.isContext(d.location().file()))
        .toList();
    DataLists lists = DataLists.of(flows, model, suppressed.findings());
    return new AnalysisResult(suppressed.findings(), files, problems, model.classpathMode(), declared, watch.millis(),
        suppressed.suppressions(), lists);
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
}
