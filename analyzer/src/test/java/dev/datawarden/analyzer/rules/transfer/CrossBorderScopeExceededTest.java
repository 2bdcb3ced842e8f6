package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CrossBorderScopeExceededTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("CrossBorderScopeExceeded")).only("CrossBorderScopeExceeded").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("CrossBorderScopeExceeded")).only("CrossBorderScopeExceeded").withoutClasspath().verify();
  }
}
