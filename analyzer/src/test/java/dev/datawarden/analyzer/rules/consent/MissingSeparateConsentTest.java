package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MissingSeparateConsentTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingSeparateConsent")).only("MissingSeparateConsent").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingSeparateConsent")).only("MissingSeparateConsent").withoutClasspath().verify();
  }
}
