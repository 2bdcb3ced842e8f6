package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Declarations through interfaces (#14): a transfer declared on an implementation, by annotation
 * or catalog entry, applies to calls made through its interface, and one declared on an interface
 * method to calls made on an implementation; the finding is at the call in the analysed code.
 */
class InterfaceTransferTest {
  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/interfaces/InterfaceTransferSample.java"))
        .catalog(Fixtures.root().resolve("catalogs/InterfaceTransferSample.yml"))
        .only("UnloggedTransfer", "TransferWithoutAgreement");
  }

  @Test
  void sample() {
    verifier().verify();
  }

  @Test
  void sampleWithoutClasspath() {
    verifier().withoutClasspath().verify();
  }
}
