package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A catalog entry naming a method of the analysed sources has exactly the effect of the annotation on it (#14 point 3). */
class CatalogOnSourceTest {
  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/interfaces/CatalogOnSourceSample.java"))
        .catalog(Fixtures.root().resolve("catalogs/CatalogOnSourceSample.yml"))
        .only("PersonalInfoLogged");
  }

  @Test
  void sample() {
    verifier().verify();
  }

  @Test
  void sampleWithoutClasspath() {
    verifier().withoutClasspath().verify();
  }
}
