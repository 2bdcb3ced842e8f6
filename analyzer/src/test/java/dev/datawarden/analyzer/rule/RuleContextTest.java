package dev.datawarden.analyzer.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.Misuse;
import dev.datawarden.analyzer.rules.declaration.InvalidAnnotation;
import dev.datawarden.analyzer.rules.declaration.MissingRetentionPeriod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A context of the facts alone, as the annotation processor's rounds use it. */
class RuleContextTest {

  @Test
  void aContextOfTheFactsAloneReportsAsTheRuleWould() {
    List<Finding> findings = new ArrayList<>();
    Location at = new Location("Shop.java", 3, 5);
    RuleContext context = RuleContext.ofFacts(MissingRetentionPeriod.class,
        Facts.of(List.of(), List.of(new Misuse(at, "misused"))), findings::add);

    context.report(at, "a finding");

    // contract: the rule's own key, severity and article citation
    RuleMetadata metadata = RuleMetadata.of(MissingRetentionPeriod.class);
    assertEquals(List.of(new Finding(metadata.key(), metadata.severity(), "a finding (" + metadata.citation() + ")", at,
        List.of())), findings);
    assertEquals(1, context.facts().misuses().size());
  }

  @Test
  void itHasNoModelAndNoFlowsToGive() {
    RuleContext context = RuleContext.ofFacts(InvalidAnnotation.class, Facts.of(List.of(), List.of()), f -> { });

    assertThrows(IllegalStateException.class, context::model);
    assertThrows(IllegalStateException.class, context::flows);
  }
}
