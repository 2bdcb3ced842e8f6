package dev.datawarden.analyzer.rule;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The validated metadata of a rule, read from its {@link RuleInfo}. */
@Immutable
@SuppressWarnings("Immutable") // articles and tags are unmodifiable copies
public record RuleMetadata(
    String key, String title, Severity severity, List<String> articles, String summary, String remediation,
    String page,
    List<String> tags) {

  /** The tag of the rules whose findings are data leaving the country (Art. 35-38). */
  public static final String CROSS_BORDER = "cross-border";
  /** The tag of the rules whose findings are transfers without a record (Art. 12). */
  public static final String TRANSFER_RECORD = "transfer-record";

  /** The base name of the bundle of the rules' texts (findings, and titles in other languages). */
  public static final String MESSAGES = "dev.datawarden.analyzer.rules.messages";

  /** The longest one-line summary; anything longer is an explanation, which belongs on the page. */
  static final int MAX_SUMMARY = 160;
  private static final Pattern FIRST_PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

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
    if (info.title().isBlank() || info.summary().isBlank() || info.remediation().isBlank()) {
      throw new IllegalStateException(type.getSimpleName() + ": title, summary and remediation are required");
    }
    if (info.summary().contains("\n") || info.summary().length() > MAX_SUMMARY) {
      throw new IllegalStateException(type.getSimpleName() + ": the summary is one sentence of at most " + MAX_SUMMARY
          + " characters; the explanation belongs on the rule's page");
    }
    return new RuleMetadata(type.getSimpleName(), info.title(), info.severity(), List.of(info.articles()),
        info.summary(), info.remediation(),
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
    return read(page).orElseThrow(() -> new IllegalStateException("missing documentation page " + page));
  }

  /** The page in {@code locale}: {@code <Key>_zh.html} in Chinese when there is one, else the English page. */
  public String documentation(Locale locale) {
    if (Messages.parse(locale.toLanguageTag()).getLanguage().equals("zh")) {
      Optional<String> chinese = read(page.replace(".html", "_zh.html"));
      if (chinese.isPresent()) {
        return chinese.get();
      }
    }
    return documentation();
  }

  /**
   * The explanation: the first paragraph of the page in {@code locale} as plain text, which SARIF's
   * full description and the reports show where the whole page does not fit.
   */
  public String explanation(Locale locale) {
    Matcher m = FIRST_PARAGRAPH.matcher(documentation(locale));
    if (!m.find()) {
      throw new IllegalStateException(page + " does not start with a paragraph");
    }
    return m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip()
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  /** The summary in {@code locale}. */
  public String summary(Locale locale) {
    return localized(locale, "summary", summary);
  }

  private static Optional<String> read(String resource) {
    try (var in = RuleMetadata.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
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
