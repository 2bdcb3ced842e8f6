package dev.datawarden.analyzer.rules.exposure;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class UnencryptedSensitiveDataTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("UnencryptedSensitiveData")).only("UnencryptedSensitiveData").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("UnencryptedSensitiveData")).only("UnencryptedSensitiveData").withoutClasspath().verify();
  }
}
