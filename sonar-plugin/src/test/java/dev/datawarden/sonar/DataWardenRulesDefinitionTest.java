package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.rule.Regulation;
import dev.datawarden.analyzer.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sonar.api.config.internal.MapSettings;
import org.sonar.api.impl.server.RulesDefinitionContext;
import org.sonar.api.issue.impact.Severity;
import org.sonar.api.issue.impact.SoftwareQuality;
import org.sonar.api.rule.RuleStatus;
import org.sonar.api.rules.CleanCodeAttribute;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.rule.RulesDefinition;

/** Every rule of the pack is in the repository, described from its own metadata and the regulation's text. */
class DataWardenRulesDefinitionTest {

  private static RulesDefinition.Repository repository() {
    return repository(new MapSettings());
  }

  private static RulesDefinition.Repository repository(MapSettings settings) {
    RulesDefinition.Context context = new RulesDefinitionContext();
    new DataWardenRulesDefinition(settings.asConfig()).define(context);
    RulesDefinition.Repository repository = context.repository("datawarden");
    assertNotNull(repository, "repository datawarden");
    return repository;
  }

  @Test
  void aJavaRepositoryWithExactlyThePacksRules() {
    RulesDefinition.Repository repository = repository();
    assertEquals("java", repository.language());
    assertEquals("DataWarden", repository.name());
    assertEquals(Analyzer.rules().stream().map(RuleMetadata::key).sorted().toList(),
        repository.rules().stream().map(RulesDefinition.Rule::key).sorted().toList());
  }

  @Test
  void eachRuleCarriesItsMetadata() {
    RulesDefinition.Repository repository = repository();
    for (RuleMetadata m : Analyzer.rules()) {
      RulesDefinition.Rule rule = repository.rule(m.key());
      assertEquals(m.title(), rule.name(), m.key());
      assertEquals(RuleStatus.READY, rule.status(), m.key());
      assertEquals(CleanCodeAttribute.TRUSTWORTHY, rule.cleanCodeAttribute(), m.key());
      assertEquals(Map.of(SoftwareQuality.SECURITY, DataWardenRulesDefinition.impact(m.severity())),
          rule.defaultImpacts(), m.key());
      // derived by SonarQube from the impact: the legacy type and severity agree with ours
      assertEquals(RuleType.VULNERABILITY, rule.type(), m.key());
      assertEquals(m.severity().name(), rule.severity(), m.key());

      List<String> tags = new ArrayList<>(List.of("ndsmr", "pipl", "privacy"));
      m.articleNumbers().forEach(n -> tags.add("art-" + n));
      assertEquals(Set.copyOf(tags), rule.tags(), m.key());
    }
  }

  @Test
  void theServerPropertyGivesChineseNamesAndDescriptions() {
    RulesDefinition.Repository repository = repository(
        new MapSettings().setProperty(DataWardenProperties.RULES_LOCALE, "zh-CN"));
    RulesDefinition.Rule consent = repository.rule("MissingConsentCheck");
    assertEquals("未经同意检查处理个人信息", consent.name());
    assertTrue(consent.htmlDescription().contains("<h2>修复方法</h2>"), consent.htmlDescription());
    assertTrue(consent.htmlDescription().contains("《网络数据安全管理条例》第二十二条"), consent.htmlDescription());
    // an unsupported value never stops the server: English
    assertEquals("Personal information processed without a consent check",
        repository(new MapSettings().setProperty(DataWardenProperties.RULES_LOCALE, "fr")).rule("MissingConsentCheck").name());
  }

  @Test
  void impactSeveritiesFollowOurs() {
    assertEquals(Severity.BLOCKER, DataWardenRulesDefinition.impact(dev.datawarden.analyzer.api.Severity.BLOCKER));
    assertEquals(Severity.HIGH, DataWardenRulesDefinition.impact(dev.datawarden.analyzer.api.Severity.CRITICAL));
    assertEquals(Severity.MEDIUM, DataWardenRulesDefinition.impact(dev.datawarden.analyzer.api.Severity.MAJOR));
    assertEquals(Severity.LOW, DataWardenRulesDefinition.impact(dev.datawarden.analyzer.api.Severity.MINOR));
    assertEquals(Severity.INFO, DataWardenRulesDefinition.impact(dev.datawarden.analyzer.api.Severity.INFO));
  }

  @Test
  void theDescriptionHasTheExamplesTheFixAndTheArticlesText() {
    RulesDefinition.Repository repository = repository();
    for (RuleMetadata m : Analyzer.rules()) {
      String html = repository.rule(m.key()).htmlDescription();
      assertFalse(html.contains(RuleDescriptions.escape(m.summary())), m.key() + ": the page explains, not the summary");
      assertTrue(html.contains(m.documentation().strip()), m.key() + ": documentation page");
      assertTrue(html.contains("Noncompliant code example") && html.contains("Compliant solution"),
          m.key() + ": examples");
      assertTrue(html.contains(RuleDescriptions.escape(m.remediation())), m.key() + ": remediation");
      for (int n : m.articleNumbers()) {
        String article = Regulation.article(n).orElseThrow(() -> new AssertionError(m.key() + ": no article " + n));
        for (String paragraph : article.split("\n")) {
          if (!paragraph.isBlank()) {
            assertTrue(html.contains("<p>" + RuleDescriptions.escape(paragraph.strip()) + "</p>"),
                m.key() + ": article " + n + " paragraph '" + paragraph + "'");
          }
        }
      }
      if (m.articles().isEmpty()) {
        assertFalse(html.contains("What the regulation says"), m.key());
      } else {
        assertTrue(html.contains(RuleDescriptions.escape(m.citation())), m.key() + ": citation");
      }
    }
  }

  @Test
  void aRuleWithArticlesQuotesThem() {
    // MissingRetentionPeriod enforces Art. 21(iii): the quotation must really be there, not only pass vacuously
    String html = repository().rule("MissingRetentionPeriod").htmlDescription();
    assertTrue(html.contains("<blockquote>\n<p>Article 21: Before processing personal information"), html);
    assertTrue(html.contains("The retention period of personal information"), html);
  }

  @Test
  void escapesMarkup() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", RuleDescriptions.escape("a <b> & \"c\""));
  }
}
