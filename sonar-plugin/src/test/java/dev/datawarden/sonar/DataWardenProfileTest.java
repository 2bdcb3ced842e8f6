package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.rule.RuleMetadata;
import org.junit.jupiter.api.Test;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;

/** The built-in profile activates every rule of the pack, and only them. */
class DataWardenProfileTest {

  @Test
  void everyRuleIsActive() {
    BuiltInQualityProfilesDefinition.Context context = new BuiltInQualityProfilesDefinition.Context();
    new DataWardenProfile().define(context);

    BuiltInQualityProfilesDefinition.BuiltInQualityProfile profile = context.profile("java", "DataWarden NDSMR");
    assertEquals("java", profile.language());
    assertFalse(profile.isDefault(), "Sonar way stays the default until a user chooses");
    assertEquals(Analyzer.rules().stream().map(RuleMetadata::key).sorted().toList(),
        profile.rules().stream().map(BuiltInQualityProfilesDefinition.BuiltInActiveRule::ruleKey).sorted().toList());
    profile.rules().forEach(r -> assertEquals("datawarden", r.repoKey()));
  }

  @Test
  void itIsTheOnlyProfileDefined() {
    BuiltInQualityProfilesDefinition.Context context = new BuiltInQualityProfilesDefinition.Context();
    new DataWardenProfile().define(context);
    assertEquals(1, context.profilesByLanguageAndName().get("java").size());
  }
}
