package dev.datawarden.analyzer.rules.collection;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Request DTO to entity (#14 point 1): data that arrives in an undeclared request object and is
 * copied into declared entity fields is collected by the endpoint that takes the object.
 */
class RequestObjectTest {
  private static FixtureVerifier verifier() {
    return FixtureVerifier.create().source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/dto"))
        .only("OverCollection", "MissingConsentCheck");
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
