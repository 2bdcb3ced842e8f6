package dev.datawarden.sonar;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * the SonarQube plugin is a front end: it builds an {@code AnalysisRequest}, gets an {@code AnalysisResult} and
 * renders it, using only the analyzer's published surface (as the analyzer's own ArchitectureTest
 * holds its command line, processor and daemon to), never the engine, the facts or the rules' analyses.
 */
class FrontEndArchitectureTest {
  private static final String ANALYZER = "dev.datawarden.analyzer";
  private static final List<String> PUBLISHED_TYPES = List.of(ANALYZER + ".rule.RuleMetadata",
      ANALYZER + ".rule.Regulation", ANALYZER + ".rules.RulePack", ANALYZER + ".suppression.Suppression",
      ANALYZER + ".fact.Declaration", ANALYZER + ".fact.Role", ANALYZER + ".fact.Target", ANALYZER + ".fact.TargetKind",
      ANALYZER + ".fact.SinkKind");

  // contract: no class of this module reaches into the analyzer beyond its published surface
  @Test
  void usesOnlyThePublishedSurfaceOfTheAnalyzer() {
    DescribedPredicate<JavaClass> published = DescribedPredicate.describe("published " + PUBLISHED_TYPES,
        c -> PUBLISHED_TYPES.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
    classes().that().resideInAPackage("dev.datawarden.sonar..")
        .should().onlyDependOnClassesThat(resideOutsideOfPackage(ANALYZER + "..")
            .or(resideInAnyPackage(ANALYZER, ANALYZER + ".api..", ANALYZER + ".report..", ANALYZER + ".fix.."))
            .or(published))
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.datawarden.sonar"));
  }
}
