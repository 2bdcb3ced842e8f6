package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code HttpURLConnection}: writes to the stream {@code getOutputStream()} returns, directly, through
 * wrapping writers and streams, or through locals, are network sinks, seen by the transfer rules as
 * {@code HttpClient.send} is; file streams stay files (storage at rest), buffers and responses are no sinks.
 */
class HttpURLConnectionTest {
  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/network/HttpURLConnectionSample.java"))
        .only("UnloggedTransfer", "UnencryptedSensitiveData");
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
