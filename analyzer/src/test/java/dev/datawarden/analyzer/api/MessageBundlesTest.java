package dev.datawarden.analyzer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
  @ValueSource(strings = {"/dev/datawarden/analyzer/rules/messages", "/dev/datawarden/analyzer/report/messages",
      "/dev/datawarden/analyzer/api/problems", "/dev/datawarden/analyzer/processor/messages",
      "/dev/datawarden/analyzer/api/settings", "/dev/datawarden/analyzer/progress",
      "/dev/datawarden/analyzer/cli/messages", "/dev/datawarden/analyzer/daemon/messages",
      "/dev/datawarden/analyzer/fix/messages"})
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

  /** The keys of the command line's bundle that picocli reads for {@code --help}. */
  static final Pattern PICOCLI_KEY = Pattern.compile("help\\.|usage\\.|mixinStandardHelpOptions\\.");

  /** A lone apostrophe quotes the rest of a MessageFormat pattern and silently swallows its arguments. */
  @ParameterizedTest
  @ValueSource(strings = {"/dev/datawarden/analyzer/rules/messages", "/dev/datawarden/analyzer/report/messages",
      "/dev/datawarden/analyzer/api/problems", "/dev/datawarden/analyzer/processor/messages",
      "/dev/datawarden/analyzer/api/settings", "/dev/datawarden/analyzer/progress",
      "/dev/datawarden/analyzer/cli/messages", "/dev/datawarden/analyzer/daemon/messages",
      "/dev/datawarden/analyzer/fix/messages"})
  void everyTextIsAWellFormedPattern(String bundle) throws IOException {
    Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
    List<String> bad = new ArrayList<>();
    for (String file : List.of(bundle + ".properties", bundle + "_zh.properties")) {
      Properties p = load(file);
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        if (PICOCLI_KEY.matcher(key).lookingAt()) {
          continue; // picocli's help texts are String.format patterns, not MessageFormat ones
        }
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

  /**
   * Every text of the problems' bundle the code names (a literal such as {@code "source.missingRoot"} in a
   * source that makes problems) is in both languages: a key missing from both would fail only when the
   * problem occurs.
   */
  @Test
  void everyProblemTheCodeNamesHasBothLanguages() throws IOException {
    Properties en = load("/dev/datawarden/analyzer/api/problems.properties");
    Properties zh = load("/dev/datawarden/analyzer/api/problems_zh.properties");
    Pattern key = Pattern.compile("\"((?:catalog|resources|mapper|source|classpath|unsupported|internal|phase)\\.[A-Za-z.]+)\"");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        if (code.contains("Problem")) {
          Matcher m = key.matcher(code);
          while (m.find()) {
            named.add(m.group(1));
          }
        }
      }
    }
    assertTrue(named.size() > 30, named.toString());
    List<String> missing = named.stream().filter(k -> !en.containsKey(k) || !zh.containsKey(k)).toList();
    assertEquals(List.of(), missing);
  }

  /**
   * Every text a front end names by a literal key is in both languages of its bundle: the command
   * line's, the processor's, the daemon's, the settings' mistakes and the phases' details. A key
   * missing from both would fail only when the text is shown.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "cli/messages:cli/DataWardenCli.java,cli/UsageErrors.java:text\\(\"([A-Za-z.]+)\"",
      "processor/messages:processor/DataWardenProcessor.java,processor/DaemonAnalysis.java,"
          + "processor/ProcessorOptions.java:text\\(\"([A-Za-z.]+)\"",
      "daemon/messages:daemon/AnalysisDaemon.java:t\\.text\\(\"([A-Za-z.]+)\"",
      "api/settings:.:new SettingException\\(\"([A-Za-z.]+)\"",
      "progress:Analyzer.java:\"(detail\\.[A-Za-z]+)\"",
      "fix/messages:fix/AnnotateFix.java:(?:skipAll\\(|new Skipped\\(f\\.location\\(\\), )\"([A-Za-z]+)\""})
  void everyTextTheCodeNamesHasBothLanguages(String spec) throws IOException {
    String[] parts = spec.split(":", 3);
    Properties en = load("/dev/datawarden/analyzer/" + parts[0] + ".properties");
    Properties zh = load("/dev/datawarden/analyzer/" + parts[0] + "_zh.properties");
    Pattern key = Pattern.compile(parts[2]);
    Path root = Path.of("src/main/java/dev/datawarden/analyzer");
    Set<String> named = new TreeSet<>();
    for (String source : parts[1].split(",")) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root.resolve(source))) {
        files = walk.filter(f -> f.toString().endsWith(".java")).toList();
      }
      for (Path f : files) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertTrue(named.size() >= 3, spec + ": " + named);
    List<String> missing = named.stream().filter(k -> !en.containsKey(k) || !zh.containsKey(k)).toList();
    assertEquals(List.of(), missing, spec);
  }

  // contract: a mistake in a setting is told in the user's language, naming what the user wrote
  @Test
  void aSettingMistakeIsToldInTheChosenLanguage() {
    SettingException rules = assertThrows(SettingException.class,
        () -> dev.datawarden.analyzer.RuleSelection.all().only("--rules", List.of("NoSuchRule,AlsoMissing")));
    assertTrue(rules.getMessage().startsWith("--rules: unknown rules 'NoSuchRule', 'AlsoMissing'; known: "),
        rules.getMessage());
    assertTrue(rules.message(Locale.SIMPLIFIED_CHINESE).startsWith(
        "--rules：未知的规则“NoSuchRule”、“AlsoMissing”；可用的规则：CrossBorderScopeExceeded, "),
        rules.message(Locale.SIMPLIFIED_CHINESE));
    SettingException severity = assertThrows(SettingException.class, () -> Severity.parse("SEVERE"));
    assertEquals("unknown severity 'SEVERE', expected one of BLOCKER, CRITICAL, MAJOR, MINOR, INFO",
        severity.getMessage());
    assertEquals("未知的严重程度“SEVERE”，应为以下之一：BLOCKER, CRITICAL, MAJOR, MINOR, INFO",
        severity.message(Locale.SIMPLIFIED_CHINESE));
    SettingException locale = assertThrows(SettingException.class, () -> Messages.parse("fr"));
    assertEquals("不支持的语言“fr”；请使用 en 或 zh-CN", locale.message(Locale.SIMPLIFIED_CHINESE));
  }

  // contract: a phase keeps its stable name (the key of the timings) and is shown in the chosen language
  @Test
  void phasesAreNamedInTheChosenLanguage() {
    assertEquals("model", dev.datawarden.analyzer.Progress.phaseName("model", Locale.ENGLISH));
    assertEquals("建模", dev.datawarden.analyzer.Progress.phaseName("model", Locale.SIMPLIFIED_CHINESE));
    assertEquals("数据流", dev.datawarden.analyzer.Progress.phaseName("flow", Locale.SIMPLIFIED_CHINESE));
    assertEquals("someday", dev.datawarden.analyzer.Progress.phaseName("someday", Locale.SIMPLIFIED_CHINESE));
  }

  // contract: a problem is written in the analysis's language, and in English the text it always had
  @Test
  void aProblemIsWrittenInTheAnalysisLanguage() {
    Problem p = Problem.of(Problem.Kind.CATALOG, new Location("datawarden.yml", 3, 0), "catalog.unknownKey", "fax", "a, b");
    assertEquals("unknown catalog key 'fax'; known: a, b", p.message());
    assertEquals("未知的目录键“fax”；可用的键：a, b", p.in(Locale.SIMPLIFIED_CHINESE).message());
    assertEquals(p, p.in(Locale.SIMPLIFIED_CHINESE).in(Locale.ENGLISH));
    Problem internal = Problem.of(Problem.Kind.INTERNAL, new Location("<analysis>", 0, 0), "internal.tooDeep", "phase.rules");
    assertEquals("在运行规则时代码嵌套过深，无法分析：该阶段的结果缺失。请报告此问题。",
        internal.in(Locale.SIMPLIFIED_CHINESE).message());
    Problem read = new Problem(Problem.Kind.SOURCE, new Location("A.java", 1, 0), "as the report had it");
    assertEquals(read, read.in(Locale.SIMPLIFIED_CHINESE));
  }
}
