package dev.datawarden.analyzer.rules;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class OverCollectionTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("OverCollection")).only("OverCollection").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("OverCollection")).only("OverCollection").withoutClasspath().verify();
  }
}
