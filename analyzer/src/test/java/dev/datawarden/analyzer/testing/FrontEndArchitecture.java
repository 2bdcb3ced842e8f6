package dev.datawarden.analyzer.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The analyzer's published surface for the front ends built on it in other modules (the Maven and
 * SonarQube plugins): the entry point with its request and result ({@code Analyzer.rules()} for the
 * rules' metadata), the value types, the report writers, the annotate fix, and the published parts of
 * a result. Shipped in the analyzer's test jar so that each plugin's {@code FrontEndArchitectureTest}
 * holds it to the same list.
 */
public final class FrontEndArchitecture {
  private static final String ANALYZER = "dev.datawarden.analyzer";

  /** The types a front end may use outside the analyzer's published packages (and the types nested in them). */
  public static final List<String> PUBLISHED_TYPES = List.of(ANALYZER + ".rule.RuleMetadata",
      ANALYZER + ".rule.Regulation", ANALYZER + ".suppression.Suppression", ANALYZER + ".fact.Declaration",
      ANALYZER + ".fact.Role", ANALYZER + ".fact.Target", ANALYZER + ".fact.TargetKind", ANALYZER + ".fact.SinkKind");

  private FrontEndArchitecture() {}

  /** Fails when a main class of {@code frontEndPackage} (and below) reaches into the analyzer beyond its published surface. */
  public static void checkUsesOnlyThePublishedSurface(String frontEndPackage) {
    DescribedPredicate<JavaClass> published = DescribedPredicate.describe("published " + PUBLISHED_TYPES,
        c -> PUBLISHED_TYPES.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
    classes().that().resideInAPackage(frontEndPackage + "..")
        .should().onlyDependOnClassesThat(resideOutsideOfPackage(ANALYZER + "..")
            .or(resideInAnyPackage(ANALYZER, ANALYZER + ".api..", ANALYZER + ".report..", ANALYZER + ".fix.."))
            .or(published))
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(frontEndPackage));
  }
}
