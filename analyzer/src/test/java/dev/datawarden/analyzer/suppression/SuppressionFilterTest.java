package dev.datawarden.analyzer.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionFilterTest {
  private static final String FILE = "src/main/java/a/User.java";

  private static Finding finding(String rule, String file, int line) {
    return new Finding(rule, Severity.MINOR, "m" + line, new Location(file, line, 3), List.of());
  }

  private static Suppression suppression(String rule, int annotationLine, int first, int last) {
    return new Suppression(rule, new Location(FILE, annotationLine, 3), "User", first, last, List.of());
  }

  @Test
  void silencesOnlyItsRuleInsideItsLinesOfItsFile() {
    Suppression onType = suppression("MissingRetentionPeriod", 5, 5, 40);
    Finding inside = finding("MissingRetentionPeriod", FILE, 12);
    Finding otherRule = finding("InvalidAnnotation", FILE, 12);
    Finding below = finding("MissingRetentionPeriod", FILE, 41);
    Finding otherFile = finding("MissingRetentionPeriod", "src/main/java/a/Other.java", 12);

    SuppressionFilter.Outcome out =
        SuppressionFilter.apply(List.of(inside, otherRule, below, otherFile), List.of(onType), Set.of());

    assertEquals(List.of(inside), out.suppressions().get(0).suppressed());
    assertTrue(out.findings().containsAll(List.of(otherRule, below, otherFile)));
    assertEquals(3, out.findings().size());
  }

  @Test
  void theInnermostSuppressionTakesTheFindingAndTheOuterOneIsReportedUnused() {
    Suppression outer = suppression("MissingRetentionPeriod", 5, 5, 40);
    Suppression inner = suppression("MissingRetentionPeriod", 11, 11, 13);
    Finding f = finding("MissingRetentionPeriod", FILE, 12);

    SuppressionFilter.Outcome out = SuppressionFilter.apply(List.of(f), List.of(outer, inner), Set.of());

    assertEquals(List.of(), out.suppressions().get(0).suppressed()); // sorted by location: outer first
    assertEquals(List.of(f), out.suppressions().get(1).suppressed());
    assertEquals(1, out.findings().size());
    Finding unused = out.findings().get(0);
    assertEquals("UnusedSuppression", unused.ruleKey());
    assertEquals(Severity.INFO, unused.severity());
    assertEquals(5, unused.location().line());
  }

  @Test
  void nothingIsJudgedWhenUnusedSuppressionIsDisabled() {
    SuppressionFilter.Outcome out = SuppressionFilter.apply(
        List.of(), List.of(suppression("NoSuchRule", 5, 5, 6)), Set.of("UnusedSuppression"));
    assertEquals(List.of(), out.findings());
    assertEquals(1, out.suppressions().size());
  }
}
