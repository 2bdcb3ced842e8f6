package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The bundled sample application gives exactly the findings written in it. */
class SampleShopTest {

  private FixtureVerifier shop() {
    return FixtureVerifier.create()
        .base(Fixtures.sampleShop())
        .source(Fixtures.sampleShop().resolve("src/main/java"))
        .catalog(Fixtures.sampleShop().resolve("datawarden.yml"));
  }

  @Test
  void findingsMatchTheMarkers() {
    AnalysisResult result = shop().verify();
    assertTrue(result.problems().isEmpty(), () -> "unexpected problems: " + result.problems());
    assertTrue(result.classpathMode());
  }

  @Test
  void sameFindingsWithoutClasspath() {
    AnalysisResult result = shop().withoutClasspath().verify();
    assertEquals(1, result.problems().size(), () -> "only the no-class-path notice: " + result.problems());
    assertEquals(Problem.Kind.NO_CLASSPATH, result.problems().get(0).kind());
  }
}
