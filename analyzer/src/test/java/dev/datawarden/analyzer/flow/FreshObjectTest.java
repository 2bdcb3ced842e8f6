package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An object carries what was put into it: a fresh object of an analysed type allocated in a method
 * carries only the fields written into it (the declared field itself when the field is declared,
 * what the value carries otherwise); an object loaded, received, returned by a call, fresh on some
 * paths only, or handed to code that may fill it carries its type's declared fields that something
 * fills: code, or a framework or library filling that type from outside, or (when code fills no
 * field of the type) whatever system does.
 */
class FreshObjectTest {
  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/objects/FreshObjectSample.java"))
        .only("MissingConsentCheck");
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
