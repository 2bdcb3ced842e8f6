package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Work handed to executors, timers and schedulers: the locals an anonymous class or a lambda
 * captures reach the sinks of its body, whether it is passed straight to the executor, held in a
 * local first, or built by a factory method and run by analysed code around a JDK timer.
 */
class DeferredWorkTest {
  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/callbacks/DeferredWorkSample.java"))
        .only("PersonalInfoLogged");
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
