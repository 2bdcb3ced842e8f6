package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TransferWithoutAgreementTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("TransferWithoutAgreement")).only("TransferWithoutAgreement").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("TransferWithoutAgreement")).only("TransferWithoutAgreement").withoutClasspath().verify();
  }
}
