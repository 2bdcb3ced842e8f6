package dev.datawarden.analyzer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in English and in Chinese, and every one is a well-formed pattern. */
class MessageBundlesTest {
  /** The parts of a rule's metadata whose English is in its {@code @RuleInfo}, not in the base bundle. */
  static final List<String> RULE_PARTS = List.of("title", "summary", "remediation");

  static Properties load(String resource) throws IOException {
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/datawarden/analyzer/rules/messages", "/dev/datawarden/analyzer/report/messages"})
  void everyKeyHasBothLanguages(String bundle) throws IOException {
    Properties en = load(bundle + ".properties");
    Properties zh = load(bundle + "_zh.properties");
    Set<String> english = new TreeSet<>(en.stringPropertyNames());
    Set<String> chinese = new TreeSet<>(zh.stringPropertyNames());
    if (bundle.endsWith("rules/messages")) {
      for (RuleMetadata rule : RulePack.all()) {
        for (String part : RULE_PARTS) {
          String key = rule.key() + "." + part;
          assertTrue(chinese.remove(key), "no Chinese " + part + " of " + rule.key() + " in " + bundle);
        }
      }
    }
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(chinese);
    Set<String> onlyChinese = new TreeSet<>(chinese);
    onlyChinese.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys without Chinese in " + bundle);
    assertEquals(Set.of(), onlyChinese, "keys without English (or of no rule) in " + bundle);
  }

  /** A lone apostrophe quotes the rest of a MessageFormat pattern and silently swallows its arguments. */
  @ParameterizedTest
  @ValueSource(strings = {"/dev/datawarden/analyzer/rules/messages", "/dev/datawarden/analyzer/report/messages"})
  void everyTextIsAWellFormedPattern(String bundle) throws IOException {
    Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
    List<String> bad = new ArrayList<>();
    for (String file : List.of(bundle + ".properties", bundle + "_zh.properties")) {
      Properties p = load(file);
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        try {
          new MessageFormat(text);
        } catch (IllegalArgumentException e) {
          bad.add(file + " " + key + ": " + e.getMessage());
        }
        if (loneQuote.matcher(text.replace("''", "")).find()) {
          bad.add(file + " " + key + ": a lone ' (write '')");
        }
        if (file.endsWith("_zh.properties") && text.contains("Art. ")) {
          bad.add(file + " " + key + ": cites 'Art.' in Chinese");
        }
      }
    }
    assertEquals(List.of(), bad);
  }
}
