package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The consent rules concern only processing based on consent: legalBasis on data, types and purposes. */
class LegalBasisTest {
  private static final Path SAMPLE =
      Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/basis/LegalBasisSample.java");
  private static final Path CATALOG = Fixtures.root().resolve("catalogs/LegalBasisSample.yml");

  @Test
  void sample() {
    verifier().verify();
  }

  @Test
  void sampleWithoutClasspath() {
    verifier().withoutClasspath().verify();
  }

  private static FixtureVerifier verifier() {
    return FixtureVerifier.create().source(SAMPLE).catalog(CATALOG)
        .only("MissingConsentCheck", "MissingSeparateConsent", "MissingGuardianConsent", "InvalidAnnotation");
  }
}
