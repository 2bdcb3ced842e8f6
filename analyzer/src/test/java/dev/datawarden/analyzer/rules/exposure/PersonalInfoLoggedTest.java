package dev.datawarden.analyzer.rules.exposure;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PersonalInfoLoggedTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("PersonalInfoLogged")).only("PersonalInfoLogged").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("PersonalInfoLogged")).only("PersonalInfoLogged").withoutClasspath().verify();
  }
}
