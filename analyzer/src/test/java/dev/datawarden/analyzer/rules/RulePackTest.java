package dev.datawarden.analyzer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.rule.Regulation;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered rule is complete: valid metadata, real articles, a doc page, a test and a sample. */
class RulePackTest {

  static List<RuleMetadata> rules() {
    return RulePack.all();
  }

  @Test
  void keysAreUnique() {
    Set<String> keys = new HashSet<>();
    for (RuleMetadata m : RulePack.all()) {
      assertTrue(keys.add(m.key()), "duplicate key " + m.key());
    }
  }

  @ParameterizedTest
  @MethodSource("rules")
  void articlesExistInTheRegulation(RuleMetadata rule) {
    for (int article : rule.articleNumbers()) {
      assertTrue(Regulation.article(article).isPresent(), rule.key() + " cites missing Art. " + article);
    }
  }

  // contract: one description per rule: @RuleInfo has a one-line summary, the page's first paragraph explains
  @ParameterizedTest
  @MethodSource("rules")
  void theSummaryIsOneLineAndThePageExplains(RuleMetadata rule) {
    assertFalse(rule.summary().contains("\n"), rule.key());
    assertTrue(rule.summary().endsWith("."), rule.key() + ": one sentence");
    String explanation = rule.explanation(java.util.Locale.ENGLISH);
    assertTrue(explanation.length() > rule.summary().length(), rule.key() + ": the page explains more than the summary");
    assertFalse(explanation.contains("<"), rule.key() + ": plain text");
    assertFalse(rule.summary(java.util.Locale.SIMPLIFIED_CHINESE).isBlank(), rule.key());
  }

  // contract: every rule has a Chinese page, which explains in Chinese with the English page's very examples
  @ParameterizedTest
  @MethodSource("rules")
  void aChinesePageHasTheSameExamples(RuleMetadata rule) {
    String english = rule.documentation();
    String chinese = rule.documentation(java.util.Locale.SIMPLIFIED_CHINESE);
    assertFalse(chinese.equals(english), rule.key() + ": no Chinese page (" + rule.page().replace(".html", "_zh.html")
        + ")");
    // the regulation's articles are cited as 第二十二条, not as Article 22
    assertFalse(chinese.matches("(?s).*\\bArt(icle|\\.) ?\\d.*"), rule.key() + ": an article cited in English");
    assertTrue(chinese.contains("<h2>不合规代码示例</h2>") && chinese.contains("<h2>合规解决方案</h2>"), rule.key());
    java.util.regex.Pattern pre = java.util.regex.Pattern.compile("(?s)<pre>.*?</pre>");
    assertEquals(pre.matcher(english).results().map(m -> m.group()).toList(),
        pre.matcher(chinese).results().map(m -> m.group()).toList(), rule.key() + ": the same examples");
    assertTrue(rule.explanation(java.util.Locale.SIMPLIFIED_CHINESE).matches("(?s).*\\p{IsHan}.*"), rule.key());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void hasADocumentationPageWithExamples(RuleMetadata rule) {
    String doc = rule.documentation();
    assertTrue(doc.contains("Noncompliant code example"), rule.key());
    assertTrue(doc.contains("Compliant solution"), rule.key());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void hasATestAndASample(RuleMetadata rule) {
    // the test sits in the rule's own package, beside where its class and page are
    Path test = Path.of("src/test/java" + rule.page().replace(".html", "Test.java"));
    assertTrue(Files.isRegularFile(test), "missing " + test);
    Path sample = Fixtures.ruleSample(rule.key());
    assertTrue(Files.isRegularFile(sample), "missing " + sample);
    // contract: a sample shows the rule reporting, by a marker of its key
    assertTrue(FixtureVerifier.create().markers(sample).stream().anyMatch(m -> m.ruleKey().equals(rule.key())),
        sample + " has no marker of " + rule.key());
  }

  @Test
  void regulationIsReadArticleByArticle() {
    assertEquals(64, Regulation.articles().size());
    assertTrue(Regulation.article(21).orElseThrow().startsWith("Article 21: Before processing personal information"));
    assertTrue(Regulation.article(21).orElseThrow().contains("(ⅲ) The retention period"));
    assertFalse(Regulation.article(21).orElseThrow().contains("Article 22"));
  }

  @Test
  void malformedMetadataIsRejected() {
    @RuleInfo(title = "t", severity = dev.datawarden.analyzer.api.Severity.MAJOR, articles = {"Art. 5"},
        summary = "d", remediation = "r")
    final class BadArticle implements Rule {
      @Override
      public void check(RuleContext context) {}
    }
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> RuleMetadata.of(BadArticle.class));
    assertTrue(e.getMessage().contains("malformed article reference"));

    @RuleInfo(title = "t", severity = dev.datawarden.analyzer.api.Severity.MAJOR, articles = {"5"},
        summary = "A first sentence.\nAnd an explanation that belongs on the page.", remediation = "r")
    final class LongSummary implements Rule {
      @Override
      public void check(RuleContext context) {}
    }
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> RuleMetadata.of(LongSummary.class));
    assertTrue(e.getMessage().contains("the explanation belongs on the rule's page"), e.getMessage());
  }
}
