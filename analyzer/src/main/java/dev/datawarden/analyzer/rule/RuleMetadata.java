package dev.datawarden.analyzer.rule;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** The validated metadata of a rule, read from its {@link RuleInfo}. */
@Immutable
@SuppressWarnings("Immutable") // articles and tags are unmodifiable copies
public record RuleMetadata(
    String key, String title, Severity severity, List<String> articles, String description, String remediation,
    String page,
    List<String> tags) {

  /** The tag of the rules whose findings are data leaving the country (Art. 35-38). */
  public static final String CROSS_BORDER = "cross-border";
  /** The tag of the rules whose findings are transfers without a record (Art. 12). */
  public static final String TRANSFER_RECORD = "transfer-record";

  /** An article reference: a number with optional sub-paragraphs in lower-case roman numerals. */
  public static final Pattern ARTICLE = Pattern.compile("(\\d+)((\\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\))*)");

  public RuleMetadata {
    articles = List.copyOf(articles);
    tags = List.copyOf(tags);
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
        "/" + type.getPackageName().replace('.', '/') + "/" + type.getSimpleName() + ".html", List.of(info.tags()));
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
}
