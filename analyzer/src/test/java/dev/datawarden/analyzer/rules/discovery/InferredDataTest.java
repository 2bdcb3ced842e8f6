package dev.datawarden.analyzer.rules.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.report.GettingStarted;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undeclared data that looks personal is followed as inferred data (issue 17, point 6). */
class InferredDataTest {
  private static final Path SAMPLE =
      Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/discovery/InferredDataSample.java");

  @Test
  void sample() {
    FixtureVerifier.create().source(SAMPLE).classpathEntry(Fixtures.vendorStubClasses()).verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(SAMPLE).withoutClasspath().verify();
  }

  @Test
  void findingsOnInferredDataAloneAreMarkedAndOneSeverityLower() {
    // contract: a finding is inferred exactly when its message says what it was inferred from, and
    // then its severity is one step below its rule's
    AnalysisResult result = analyze(Locale.ENGLISH, true);
    List<Finding> inferred = result.findings().stream().filter(Finding::inferred).toList();
    assertFalse(inferred.isEmpty());
    for (Finding f : result.findings()) {
      assertEquals(f.inferred(), f.message().contains("; declare it to confirm"), f::toString);
      Severity rule = Analyzer.rule(f.ruleKey()).orElseThrow().severity();
      assertEquals(f.inferred() ? rule.lower() : rule, f.severity(), f::toString);
    }
    // an inferred finding keeps the identity of the finding it becomes once the data is declared
    inferred.forEach(f -> assertFalse(f.identity().contains("inferred from"), f::toString));
  }

  @Test
  void inferredFindingsGateTheBuildOnlyWhenAsked() {
    AnalysisResult result = analyze(Locale.ENGLISH, true);
    List<Finding> atMinor = result.failing(Severity.MINOR, false);
    assertTrue(atMinor.stream().noneMatch(Finding::inferred), atMinor::toString);
    assertTrue(result.failing(Severity.MINOR, true).stream().anyMatch(Finding::inferred));
  }

  @Test
  void chineseMessagesSayWhatTheDataWasInferredFrom() {
    AnalysisResult result = analyze(Locale.SIMPLIFIED_CHINESE, true);
    assertTrue(result.findings().stream().filter(Finding::inferred)
        .anyMatch(f -> f.message().contains("此项依据名称 `mobile`推断，声明后即可确认")), result.findings()::toString);
    assertTrue(result.findings().stream().filter(Finding::inferred)
        .anyMatch(f -> f.message().contains("标注“家庭住址”")), result.findings()::toString);
  }

  @Test
  void withoutInferenceOnlyDeclaredDataIsFollowed() {
    AnalysisResult result = analyze(Locale.ENGLISH, false);
    assertTrue(result.findings().stream().noneMatch(Finding::inferred));
    assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("Customer.mobile (PHONE) reaches")));
    // the suggestions stay
    assertTrue(result.findings().stream().anyMatch(f -> f.ruleKey().equals(UnannotatedPersonalInfo.KEY)
        && f.message().contains("Customer.mobile")));
  }

  @Test
  void inferredDataIsNotDeclaredData(@TempDir Path dir) throws Exception {
    // contract: inferred data is in no list of declarations, asks for no retention and is misused nowhere
    AnalysisResult result = analyze(Locale.ENGLISH, true);
    assertTrue(result.declarations().stream().noneMatch(d -> d.isInferred()));
    assertTrue(result.findings().stream().noneMatch(f -> f.ruleKey().equals("MissingRetentionPeriod")
        || f.ruleKey().equals("InvalidAnnotation") || f.ruleKey().equals("OverCollection")), result.findings()::toString);
    assertTrue(result.lists().collected().stream().noneMatch(c -> c.category().equals("ADDRESS")));
  }

  @Test
  void aFirstRunEndsWithAGettingStartedSummary(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/p/Shop.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package p;
        public class Shop {
          static class Buyer { String mobile; String email; String realName; }
          static class Parcel { String receiverPhone; }
          private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Shop.class);
          public void greet(Buyer b) { log.info("hello {}", b.realName); }
        }
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoots(List.of(dir.resolve("src")))
        .baseDirectory(dir).build());
    String summary = GettingStarted.render(result, Locale.ENGLISH, "mvn datawarden:annotate", "-Dx").orElseThrow();
    assertEquals("""
        Getting started: nothing in this code declares personal information yet.
          4 field(s) and parameter(s) look like personal information, in 1 file(s); most in Shop (4).
          Personal information reaches no vendor of the built-in vendor catalog.
          DataWarden followed that data as inferred: 1 finding(s) rest on it alone, marked "inferred", one severity lower; they fail the build only with -Dx.
          To declare it, run mvn datawarden:annotate, then give each annotation its purposes and retention.
        """, summary);
    String chinese = GettingStarted.render(result, Locale.SIMPLIFIED_CHINESE, "mvn datawarden:annotate", "-Dx")
        .orElseThrow();
    assertTrue(chinese.startsWith("入门：这份代码还没有声明任何个人信息。"), chinese);
    // code that declares data gets no summary
    assertEquals(Optional.empty(), GettingStarted.render(analyze(Locale.ENGLISH, true), Locale.ENGLISH, "x", "y"));
  }

  @Test
  void theSummaryNamesTheVendorsDataReaches() {
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoots(List.of(SAMPLE)).baseDirectory(Fixtures.root()).classpath(classpath()).build());
    assertEquals(List.of("Alibaba Cloud SMS (阿里云短信服务)"), result.vendors());
  }

  private static AnalysisResult analyze(Locale locale, boolean infer) {
    return Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoots(List.of(SAMPLE))
        .baseDirectory(Fixtures.root())
        .classpath(classpath())
        .inferData(infer)
        .locale(locale)
        .build());
  }

  private static List<Path> classpath() {
    List<Path> classpath = new ArrayList<>(Fixtures.classpath());
    classpath.add(Fixtures.vendorStubClasses());
    return classpath;
  }
}
