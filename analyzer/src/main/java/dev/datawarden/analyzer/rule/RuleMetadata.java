package dev.datawarden.analyzer.rule;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The validated metadata of a rule, read from its {@link RuleInfo}. */
@Immutable
@SuppressWarnings("Immutable") // articles is an unmodifiable copy
public record RuleMetadata(
    String key, String title, Severity severity, List<String> articles, String description, String remediation,
    String page) {

  /** The base name of the bundle of the rules' texts (findings, and titles in other languages). */
  public static final String MESSAGES = "dev.datawarden.analyzer.rules.messages";

  /** An article reference: a number with optional sub-paragraphs in lower-case roman numerals. */
  public static final Pattern ARTICLE = Pattern.compile("(\\d+)((\\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\))*)");

  public RuleMetadata {
    articles = List.copyOf(articles);
  }

  /** Reads and validates the metadata of a rule class; a defect here is a bug in DataWarden. */
  public static RuleMetadata of(Class<? extends Rule> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(type.getName() + " has no @RuleInfo");
    }
    for (String a : info.articles()) {
      if (!ARTICLE.matcher(a).matches()) {
        throw new IllegalStateException(type.getSimpleName() + ": malformed article reference '" + a + "'");
      }
    }
    if (info.title().isBlank() || info.description().isBlank() || info.remediation().isBlank()) {
      throw new IllegalStateException(type.getSimpleName() + ": title, description and remediation are required");
    }
    return new RuleMetadata(type.getSimpleName(), info.title(), info.severity(), List.of(info.articles()),
        info.description(), info.remediation(),
        "/" + type.getPackageName().replace('.', '/') + "/" + type.getSimpleName() + ".html");
  }

  /** The article numbers without sub-paragraphs, e.g. [21] for "21(iii)". */
  public List<Integer> articleNumbers() {
    return articles.stream().map(a -> {
      var m = ARTICLE.matcher(a);
      if (!m.matches()) {
        throw new IllegalStateException(a);
      }
      return Integer.parseInt(m.group(1));
    }).distinct().toList();
  }

  /**
   * The rule's documentation page: an HTML fragment explaining the rule with a noncompliant and a
   * compliant example, read from {@code <Key>.html} beside the rule's class.
   */
  public String documentation() {
    try (var in = RuleMetadata.class.getResourceAsStream(page)) {
      if (in == null) {
        throw new IllegalStateException("missing documentation page " + page);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** How a finding cites its articles: "Art. 21(iii)", "Art. 12, 33", or empty. */
  public String citation() {
    return articles.isEmpty() ? "" : "Art. " + String.join(", ", articles);
  }

  /** The citation in {@code locale}: "Art. 12, 33", or "第十二条、第三十三条" in Chinese. */
  public String citation(Locale locale) {
    return Messages.of(MESSAGES, locale).articles(articles);
  }

  /** The title in {@code locale}. */
  public String title(Locale locale) {
    return localized(locale, "title", title);
  }

  /** The remediation in {@code locale}. */
  public String remediation(Locale locale) {
    return localized(locale, "remediation", remediation);
  }

  /** English is the {@link RuleInfo}'s; other languages come from the rules' bundle as {@code <Key>.<part>}. */
  private String localized(Locale locale, String part, String english) {
    Messages messages = Messages.of(MESSAGES, locale);
    return messages.chinese() ? messages.text(key + "." + part) : english;
  }
}
