package dev.datawarden.sonar;

import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sonar.api.config.Configuration;
import org.sonar.api.issue.impact.Severity;
import org.sonar.api.issue.impact.SoftwareQuality;
import org.sonar.api.rules.CleanCodeAttribute;
import org.sonar.api.server.rule.RulesDefinition;

/**
 * The {@value #REPOSITORY} rule repository for Java: one SonarQube rule per rule of the pack, with its
 * name, description and tags read from the rule's own metadata, so a new rule appears here without a
 * change to this class.
 */
public final class DataWardenRulesDefinition implements RulesDefinition {
  public static final String REPOSITORY = "datawarden";
  public static final String LANGUAGE = "java";
  static final String REPOSITORY_NAME = "DataWarden";

  /** Tags every rule carries; each rule adds one {@code art-N} tag per article it enforces. */
  static final List<String> COMMON_TAGS = List.of("pipl", "ndsmr", "privacy");

  private final Locale locale;

  /** Reads {@value DataWardenProperties#RULES_LOCALE} from the server's configuration: the language of names and descriptions. */
  public DataWardenRulesDefinition(Configuration configuration) {
    this.locale = DataWardenProperties.locale(configuration.get(DataWardenProperties.RULES_LOCALE));
  }

  @Override
  public void define(Context context) {
    NewRepository repository = context.createRepository(REPOSITORY, LANGUAGE).setName(REPOSITORY_NAME);
    for (RuleMetadata rule : Analyzer.rules()) {
      // type and legacy severity are left unset: SonarQube derives them from the impact
      // (SECURITY gives a vulnerability), so the two cannot disagree
      repository.createRule(rule.key())
          .setName(rule.title(locale))
          .setHtmlDescription(RuleDescriptions.html(rule, locale))
          .setTags(tags(rule).toArray(new String[0]))
          .setCleanCodeAttribute(CleanCodeAttribute.TRUSTWORTHY)
          .addDefaultImpact(SoftwareQuality.SECURITY, impact(rule.severity()));
    }
    repository.done();
  }

  static List<String> tags(RuleMetadata rule) {
    List<String> tags = new ArrayList<>(COMMON_TAGS);
    rule.articleNumbers().forEach(n -> tags.add("art-" + n));
    return tags;
  }

  /** DataWarden's severities follow SonarQube's legacy ones; the impact scale names them differently. */
  static Severity impact(dev.datawarden.analyzer.api.Severity severity) {
    return switch (severity) {
      case BLOCKER -> Severity.BLOCKER;
      case CRITICAL -> Severity.HIGH;
      case MAJOR -> Severity.MEDIUM;
      case MINOR -> Severity.LOW;
      case INFO -> Severity.INFO;
    };
  }
}
