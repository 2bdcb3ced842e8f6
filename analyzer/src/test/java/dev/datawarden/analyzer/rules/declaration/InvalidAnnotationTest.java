package dev.datawarden.analyzer.rules.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class InvalidAnnotationTest {

  @Test
  void annotationsInSourcesWithClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("InvalidAnnotation")).only("InvalidAnnotation").verify();
  }

  @Test
  void annotationsInSourcesWithoutClasspath() {
    // contract: the same findings whether or not the vocabulary is on the class path
    FixtureVerifier.create().source(Fixtures.ruleSample("InvalidAnnotation")).only("InvalidAnnotation").withoutClasspath().verify();
  }

  @Test
  void catalogEntries() {
    FixtureVerifier.create()
        .source(Fixtures.ruleSample("InvalidAnnotation")).only("InvalidAnnotation")
        .catalog(Fixtures.catalogSample("InvalidAnnotation"))
        .verify();
  }

  @Test
  void codeThatDoesNotCompile() {
    // contract: a misplaced annotation or an unknown constant, which javac would reject, is still reported
    AnalysisResult result = FixtureVerifier.create().source(Fixtures.nonCompiling())
        .only("InvalidAnnotation", "MissingRetentionPeriod").withoutClasspath().verify();
    assertEquals(1, result.problems().stream().filter(p -> p.kind() == Problem.Kind.UNPARSEABLE_FILE).count());
    assertTrue(result.analysedFiles().stream().noneMatch(f -> f.endsWith("Unparseable.java")));
  }
}
