package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RuleSelectionTest {
  private static final Set<String> ALL = new TreeSet<>(RulePack.all().stream().map(RuleMetadata::key).toList());

  // contract: "only" leaves out every other rule, "disable" leaves out more; commas and blanks are allowed
  @Test
  void onlyThenDisable() {
    RuleSelection selection = RuleSelection.all()
        .only("--rules", List.of("PersonalInfoLogged, MissingConsentCheck", " "))
        .disable("--disable", List.of("MissingConsentCheck"));

    Set<String> expected = new TreeSet<>(ALL);
    expected.remove("PersonalInfoLogged");
    assertEquals(expected, selection.disabled());
  }

  @Test
  void noKeyChangesNothing() {
    assertEquals(RuleSelection.all(), RuleSelection.all().only("--rules", List.of()).disable("--disable", List.of("")));
    assertEquals(Set.of(), RuleSelection.all().disabled());
  }

  // contract: one message for an unknown key, whichever front end and setting it comes from
  @Test
  void unknownKeysAreRejectedNamingTheSettingAndEveryUnknownKey() {
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> RuleSelection.all().disable("datawarden.disabledRules", List.of("PersonalInfoLogged", "NoSuchRule")));
    assertEquals("datawarden.disabledRules: unknown rule 'NoSuchRule'; known: " + String.join(", ", ALL),
        one.getMessage());

    IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
        () -> RuleSelection.all().only("--rules", List.of("NoSuchRule,AlsoMissing")));
    assertTrue(two.getMessage().startsWith("--rules: unknown rules 'NoSuchRule', 'AlsoMissing'; known: "),
        two.getMessage());
  }

  @Test
  void theRequestBuilderRejectsAnUnknownKeyToo() {
    assertThrows(IllegalArgumentException.class, () -> AnalysisRequest.builder().disableRule("NoSuchRule"));
  }
}
