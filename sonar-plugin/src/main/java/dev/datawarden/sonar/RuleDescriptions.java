package dev.datawarden.sonar;

import dev.datawarden.analyzer.rule.Regulation;
import dev.datawarden.analyzer.rule.RuleMetadata;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule's HTML description in SonarQube: the rule's page (its explanation with a noncompliant and a
 * compliant example), how to fix it, and the text of every article it enforces, in English or
 * Chinese. The one-line summary of {@code @RuleInfo} is not repeated: the page explains the rule.
 */
final class RuleDescriptions {
  private static final Logger LOG = LoggerFactory.getLogger(RuleDescriptions.class);

  private RuleDescriptions() {}

  static String html(RuleMetadata rule) {
    return html(rule, Locale.ENGLISH);
  }

  static String html(RuleMetadata rule, Locale locale) {
    boolean chinese = locale.getLanguage().equals("zh");
    StringBuilder html = new StringBuilder();
    documentation(rule, locale).ifPresent(page -> html.append(page.strip()).append('\n'));
    html.append(chinese ? "<h2>修复方法</h2>\n<p>" : "<h2>How to fix it</h2>\n<p>")
        .append(escape(rule.remediation(locale))).append("</p>\n");
    if (!rule.articles().isEmpty()) {
      html.append(chinese ? "<h2>条例规定</h2>\n<p>《网络数据安全管理条例》"
              : "<h2>What the regulation says</h2>\n<p>Network Data Security Management Regulations, ")
          .append(escape(rule.citation(locale))).append(chinese ? "（英文译本）：</p>\n" : ":</p>\n");
      for (int number : rule.articleNumbers()) {
        // an article missing from the text is caught by the analyzer's rule pack test; here it only
        // costs the quotation, never the server's start
        Optional<String> text = Regulation.article(number);
        text.ifPresent(t -> html.append(quote(t)));
      }
    }
    return html.toString();
  }

  /**
   * The rule's documentation page. The analyzer's rule pack test requires one for every rule; should a
   * build ship without it, the rule is still defined, since a plugin that throws here stops the server.
   */
  private static Optional<String> documentation(RuleMetadata rule, Locale locale) {
    try {
      return Optional.of(rule.documentation(locale));
    } catch (IllegalStateException | UncheckedIOException e) {
      LOG.warn("DataWarden rule {}: {}", rule.key(), e.getMessage());
      return Optional.empty();
    }
  }

  private static String quote(String article) {
    StringBuilder q = new StringBuilder("<blockquote>\n");
    for (String paragraph : article.split("\n")) {
      if (!paragraph.isBlank()) {
        q.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
      }
    }
    return q.append("</blockquote>\n").toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
