package dev.datawarden.sonar;

import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.rule.RuleMetadata;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;

/**
 * The built-in Java quality profile {@value #NAME} with every DataWarden rule active. It is a profile
 * of its own: adding rules to another plugin's built-in profile ("Sonar way") stops the server.
 */
public final class DataWardenProfile implements BuiltInQualityProfilesDefinition {
  public static final String NAME = "DataWarden NDSMR";

  @Override
  public void define(Context context) {
    NewBuiltInQualityProfile profile =
        context.createBuiltInQualityProfile(NAME, DataWardenRulesDefinition.LANGUAGE);
    for (RuleMetadata rule : Analyzer.rules()) {
      profile.activateRule(DataWardenRulesDefinition.REPOSITORY, rule.key());
    }
    profile.done();
  }
}
