package dev.datawarden.analyzer.rules.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedSuppressionTest {

  @Test
  void unusedAndUnknownSuppressions() {
    AnalysisResult result = FixtureVerifier.create().source(Fixtures.ruleSample("UnusedSuppression")).verify();
    // contract: every suppression is listed, used or not, with what it silenced
    List<String> listed = result.suppressions().stream()
        .map(s -> s.element().replace("UnusedSuppressionSample.", "") + " " + s.ruleKey() + " " + s.suppressed().size()).toList();
    assertEquals(List.of(
        "Member.mobile MissingRetentionPeriod 1",
        "Member.email MissingRetentionPeriod 0",
        "Member.name MissingRetentionPeriods 0",
        "Member.address InvalidAnnotation 1",
        "Member.nickname InvalidAnnotation 0",
        "Guest MissingRetentionPeriod 1",
        "Guest.email MissingRetentionPeriod 1",
        "Placeholder UnusedSuppression 1",
        "Placeholder.reserved InvalidAnnotation 0"), listed);
  }

  @Test
  void unusedAndUnknownSuppressionsWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample("UnusedSuppression")).withoutClasspath().verify();
  }

  @Test
  void suppressionsOfADisabledRuleAreNotJudged() {
    AnalysisResult result = dev.datawarden.analyzer.Analyzer.analyze(
        dev.datawarden.analyzer.AnalysisRequest.builder()
            .addSourceRoot(Fixtures.ruleSample("UnusedSuppression"))
            .baseDirectory(Fixtures.root())
            .classpath(Fixtures.classpath())
            .disableRule("InvalidAnnotation")
            .build());
    // contract: InvalidAnnotation suppressions (nickname, reserved) are neither used nor reported
    List<String> unused = result.findings().stream().filter(f -> f.ruleKey().equals("UnusedSuppression"))
        .map(f -> f.message().substring(f.message().indexOf(" on ") + 4, f.message().indexOf(' ', f.message().indexOf(" on ") + 4)))
        .toList();
    assertEquals(List.of("UnusedSuppressionSample.Member.email", "UnusedSuppressionSample.Member.name"), unused);
  }
}
