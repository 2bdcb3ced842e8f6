package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ImportantDataProvisionWithoutRiskAssessmentTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("ImportantDataProvisionWithoutRiskAssessment")).only("ImportantDataProvisionWithoutRiskAssessment").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("ImportantDataProvisionWithoutRiskAssessment")).only("ImportantDataProvisionWithoutRiskAssessment").withoutClasspath().verify();
  }
}
