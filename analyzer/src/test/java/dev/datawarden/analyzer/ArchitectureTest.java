package dev.datawarden.analyzer;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyzer's package architecture, as README's "Architecture" section draws it: each package
 * may use only the packages below it, there are no cycles, and the front ends use the analyzer's
 * published surface, never the engine.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.datawarden.analyzer";
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  /** Each layer and the analyzer packages it may use besides its own; lower layers first. */
  private static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

  static {
    layer("api");
    layer("model", "api");
    layer("fact", "model", "api");
    layer("catalog", "fact", "model", "api");
    layer("frameworks", "fact", "model", "api");
    layer("flow", "frameworks", "catalog", "fact", "model", "api");
    layer("rule", "flow", "frameworks", "fact", "model", "api");
    layer("rules", "rule", "flow", "frameworks", "fact", "model", "api");
    layer("suppression", "rules", "rule", "flow", "frameworks", "fact", "model", "api");
  }

  private static void layer(String name, String... below) {
    LAYERS.put(name, List.of(below));
  }

  static List<String> layers() {
    return new ArrayList<>(LAYERS.keySet());
  }

  // contract: a layer uses only the layers below it (and any library), so knowledge and results flow upwards
  @ParameterizedTest
  @MethodSource("layers")
  void layerUsesOnlyTheLayersBelowIt(String layer) {
    List<String> allowed = new ArrayList<>();
    allowed.add(ROOT + "." + layer + "..");
    LAYERS.get(layer).forEach(p -> allowed.add(ROOT + "." + p + ".."));
    classes().that().resideInAPackage(ROOT + "." + layer + "..")
        .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..")
            .or(resideInAnyPackage(allowed.toArray(String[]::new))))
        .check(MAIN);
  }

  // contract: no package cycles, among the top-level packages nor among the rule topics
  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    slices().matching(ROOT + ".rules.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  // contract: a rule topic never reaches back to the registry that lists it
  @Test
  void ruleTopicsDoNotUseTheRegistry() {
    noClasses().that().resideInAPackage(ROOT + ".rules.*..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".rules")
        .check(MAIN);
  }

  // contract: the reports take what the rules know from the registry and the result, never from a rule topic's internals
  @Test
  void reportsDoNotUseRuleTopics() {
    noClasses().that().resideInAPackage(ROOT + ".report..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".rules.*..")
        .check(MAIN);
  }

  // contract: the engine and everything below Analyzer never depend on the entry point or on a front end
  @Test
  void onlyFrontEndsAndReportsUseTheEntryPoint() {
    noClasses().that().resideInAnyPackage(layers().stream().map(l -> ROOT + "." + l + "..").toArray(String[]::new))
        .should().dependOnClassesThat(resideInAnyPackage(ROOT, ROOT + ".report..", ROOT + ".fix..", ROOT + ".cli..",
            ROOT + ".processor..", ROOT + ".daemon.."))
        .check(MAIN);
  }

  /**
   * What a front end may use: the entry point with its request and result, the value types, the
   * report writers, the annotate fix, the daemon, and the published parts of a result (rule
   * metadata, listed by {@code Analyzer.rules()}; declarations and their vocabulary, suppressions).
   */
  private static final DescribedPredicate<JavaClass> FRONT_END_SURFACE = resideOutsideOfPackage(ROOT + "..")
      .or(resideInAnyPackage(ROOT, ROOT + ".api..", ROOT + ".report..", ROOT + ".fix..", ROOT + ".cli..",
          ROOT + ".processor..", ROOT + ".daemon.."))
      .or(named(ROOT + ".rule.RuleMetadata", ROOT + ".rule.Regulation", ROOT + ".suppression.Suppression",
          ROOT + ".fact.Declaration", ROOT + ".fact.Role", ROOT + ".fact.Target", ROOT + ".fact.TargetKind",
          ROOT + ".fact.Attributes", ROOT + ".fact.AttributeSpec", ROOT + ".fact.Misuse", ROOT + ".fact.SinkKind"));

  // contract: front ends turn their host's model into a request and render the result; no engine internals
  @Test
  void frontEndsUseOnlyThePublishedSurface() {
    classes().that().resideInAnyPackage(ROOT + ".cli..", ROOT + ".processor..", ROOT + ".daemon..")
        .should().onlyDependOnClassesThat(FRONT_END_SURFACE)
        .check(MAIN);
  }

  // contract: no analysis state in statics: a static field of main code is a constant (final)
  @Test
  void noMutableStaticFields() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
        .that().areStatic().and().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
        .should().beFinal()
        .check(MAIN);
  }

  // contract: analysis results are kept in the analysis, never stored on Spoon's model nodes
  @Test
  void nothingIsStoredOnModelNodes() {
    noClasses().that().resideInAPackage(ROOT + "..")
        .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("putMetadata")))
        .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("setAllMetadata")))
        .check(MAIN);
  }

  private static DescribedPredicate<JavaClass> named(String... names) {
    List<String> all = List.of(names);
    return DescribedPredicate.describe("named " + all + " (or nested in one)",
        c -> all.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
  }
}
