package dev.datawarden.analyzer.catalog;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vendor catalog ({@code catalog/vendors/*.yml}): data given to a vendor's SDK with nothing
 * declared in the code is a third-party provision or a transfer abroad, and the team's own declared
 * transfer around the call overrides it. One sample per vendor family, with the SDK's stand-in on
 * the class path as its jar would be, and without a class path.
 */
class VendorCatalogTest {
  private static final String[] TRANSFER_RULES = {
    "UnloggedTransfer", "TransferWithoutAgreement", "CrossBorderWithoutBasis", "CrossBorderScopeExceeded"
  };

  private static FixtureVerifier verifier(String sample) {
    return FixtureVerifier.create()
        .source(Fixtures.vendorSamples().resolve(sample + ".java"))
        .classpathEntry(Fixtures.vendorStubClasses())
        .only(TRANSFER_RULES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SmsVendorsSample"})
  void sample(String sample) {
    verifier(sample).verify();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SmsVendorsSample"})
  void sampleWithoutClasspath(String sample) {
    verifier(sample).withoutClasspath().verify();
  }
}
