package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ImportantDataExportWithoutAssessmentTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("ImportantDataExportWithoutAssessment")).only("ImportantDataExportWithoutAssessment").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("ImportantDataExportWithoutAssessment")).only("ImportantDataExportWithoutAssessment").withoutClasspath().verify();
  }
}
