package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class UnloggedTransferTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("UnloggedTransfer")).only("UnloggedTransfer").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("UnloggedTransfer")).only("UnloggedTransfer").withoutClasspath().verify();
  }
}
