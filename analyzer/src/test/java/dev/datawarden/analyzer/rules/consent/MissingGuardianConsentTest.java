package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MissingGuardianConsentTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingGuardianConsent")).only("MissingGuardianConsent").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingGuardianConsent")).only("MissingGuardianConsent").withoutClasspath().verify();
  }
}
