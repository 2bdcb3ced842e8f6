package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MissingConsentCheckTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingConsentCheck")).only("MissingConsentCheck").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingConsentCheck")).only("MissingConsentCheck").withoutClasspath().verify();
  }
}
