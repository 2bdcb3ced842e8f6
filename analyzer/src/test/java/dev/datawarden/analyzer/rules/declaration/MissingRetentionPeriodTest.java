package dev.datawarden.analyzer.rules.declaration;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MissingRetentionPeriodTest {

  @Test
  void declarationsInSources() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingRetentionPeriod")).only("MissingRetentionPeriod").verify();
  }

  @Test
  void declarationsInSourcesWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingRetentionPeriod")).only("MissingRetentionPeriod").withoutClasspath().verify();
  }

  @Test
  void catalogEntries() {
    FixtureVerifier.create()
        .source(Fixtures.ruleSample("MissingRetentionPeriod")).only("MissingRetentionPeriod")
        .catalog(Fixtures.catalogSample("MissingRetentionPeriod"))
        .verify();
  }
}
