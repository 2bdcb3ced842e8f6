package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Java 17-21 code (#14 point 6): type patterns, record patterns (nested, in {@code instanceof} and in
 * {@code switch}), sealed hierarchies and text blocks; data taken apart by a pattern is followed.
 */
class PatternsTest {
  private static FixtureVerifier verifier() throws URISyntaxException {
    Path root = Path.of(PatternsTest.class.getResource("patterns").toURI());
    return FixtureVerifier.create().base(root).source(root).sourceLevel(21).only("PersonalInfoLogged");
  }

  @Test
  void sample() throws Exception {
    verifier().verify();
  }

  @Test
  void sampleWithoutClasspath() throws Exception {
    verifier().withoutClasspath().verify();
  }
}
