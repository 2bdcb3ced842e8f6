package dev.datawarden.analyzer.rules.collection;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PurposeExceededTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("PurposeExceeded")).only("PurposeExceeded").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("PurposeExceeded")).only("PurposeExceeded").withoutClasspath().verify();
  }
}
