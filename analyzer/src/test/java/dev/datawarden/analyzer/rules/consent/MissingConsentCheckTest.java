package dev.datawarden.analyzer.rules.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingConsentCheckTest {

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingConsentCheck"))
        .catalog(Fixtures.catalogSample("MissingConsentCheck")).only("MissingConsentCheck").verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("MissingConsentCheck"))
        .catalog(Fixtures.catalogSample("MissingConsentCheck")).only("MissingConsentCheck").withoutClasspath().verify();
  }

  // contract: the catalog entry is what makes the library's @Audited a consent check: without it,
  // the method carrying it is reported like any other
  @Test
  void anAspectsAnnotationChecksConsentOnlyWhenDeclared() throws Exception {
    Path sample = Fixtures.ruleSample("MissingConsentCheck");
    List<String> lines = Files.readAllLines(sample);
    int line = 0;
    while (!lines.get(line).contains("MissingConsentCheckSample.yml declares @Audited")) {
      line++;
    }
    int audited = line + 1;
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoots(List.of(sample))
        .baseDirectory(Fixtures.root()).classpath(Fixtures.classpath()).build());
    assertEquals(1, result.findings().stream()
        .filter(f -> f.ruleKey().equals("MissingConsentCheck") && f.location().line() == audited).count());
  }
}
