package dev.datawarden.analyzer.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.report.Fingerprints;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flow rule reports one finding per sink call, naming every category that reaches it. */
class OneFindingPerSinkTest {
  private static final Path SAMPLE =
      Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/sinks/OneFindingPerSinkSample.java");

  @Test
  void sample() {
    verify(FixtureVerifier.create());
  }

  @Test
  void sampleWithoutClasspath() {
    verify(FixtureVerifier.create().withoutClasspath());
  }

  private static AnalysisResult verify(FixtureVerifier verifier) {
    return verifier.source(SAMPLE).only("MissingConsentCheck", "PersonalInfoLogged").verify();
  }

  // contract: every distinct path to the call is kept, the first flow's first: seven fields of six
  // categories stored in one call are seven paths, and the log line reached by PHONE twice and EMAIL
  // once has three
  @Test
  void aFindingKeepsEveryDistinctPath() {
    List<Finding> findings = verify(FixtureVerifier.create()).findings();
    Finding stored = only(findings, "MissingConsentCheck");
    assertEquals(7, stored.paths().size());
    assertEquals(stored.path(), stored.paths().get(0));
    Finding logged = only(findings, "PersonalInfoLogged");
    assertEquals(3, logged.paths().size());
    assertTrue(logged.paths().get(2).get(0).label().contains("emergencyPhone"), logged.paths().toString());
  }

  // contract: a finding's fingerprint leaves the data out, so a baseline keeps knowing it when one more
  // category reaches the call
  @Test
  void theFingerprintStaysWhenACategoryIsAdded(@TempDir Path dir) throws IOException {
    Finding before = storedIn(dir.resolve("before"), "");
    Finding after = storedIn(dir.resolve("after"),
        "@PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = \"P1Y\") String email;");
    assertTrue(after.message().contains("(EMAIL)") && !before.message().contains("(EMAIL)"), after.message());
    assertEquals(Fingerprints.of(before), Fingerprints.of(after));
  }

  private static Finding storedIn(Path dir, String extraField) throws IOException {
    Path source = dir.resolve("shop/Signup.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package shop;
        import dev.datawarden.annotations.PersonalInfo;
        import dev.datawarden.annotations.PersonalInfoCategory;
        import jakarta.persistence.EntityManager;
        public class Signup {
          static class Member {
            @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String mobile;
            %s
          }
          private EntityManager em;
          public void register(Member m) {
            em.persist(m);
          }
        }
        """.formatted(extraField));
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoots(List.of(dir))
        .baseDirectory(dir).classpath(Fixtures.classpath()).build());
    return only(result.findings(), "MissingConsentCheck");
  }

  private static Finding only(List<Finding> findings, String rule) {
    List<Finding> of = findings.stream().filter(f -> f.ruleKey().equals(rule)).toList();
    assertEquals(1, of.size(), of.toString());
    return of.get(0);
  }
}
