package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CrossBorderWithoutBasisTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("CrossBorderWithoutBasis")).only("CrossBorderWithoutBasis").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("CrossBorderWithoutBasis")).only("CrossBorderWithoutBasis").withoutClasspath().verify();
  }
}
