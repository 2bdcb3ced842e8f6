package dev.datawarden.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plugin's log lines exist in both languages, and the summary table speaks the chosen one. */
class LogMessagesTest {

  private static Properties load(String resource) throws IOException {
    try (InputStream in = LogMessagesTest.class.getResourceAsStream(resource)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void everyKeyHasBothLanguages() throws IOException {
    Properties en = load("/dev/datawarden/maven/messages.properties");
    Properties zh = load("/dev/datawarden/maven/messages_zh.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    for (Properties p : List.of(en, zh)) {
      for (String key : p.stringPropertyNames()) {
        new MessageFormat(p.getProperty(key)); // a malformed pattern throws
        assertTrue(!p.getProperty(key).replace("''", "").contains("'"), key + ": a lone ' (write '')");
      }
    }
  }

  /**
   * Every line and error the plugin's code writes through its bundle ({@code text("key", ...)}) has its
   * key in both languages: no message of the plugin is written in code, so none is English-only.
   */
  @Test
  void everyMessageTheCodeWritesIsInTheBundle() throws IOException {
    Properties en = load("/dev/datawarden/maven/messages.properties");
    Properties zh = load("/dev/datawarden/maven/messages_zh.properties");
    Set<String> named = new TreeSet<>();
    Pattern text = Pattern.compile("text\\(\"([A-Za-z.]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        Matcher m = text.matcher(code);
        while (m.find()) {
          named.add(m.group(1));
        }
        assertTrue(!Pattern.compile("(MojoExecutionException|MojoFailureException)\\(\"").matcher(code).find()
            && !Pattern.compile("getLog\\(\\)\\.(info|warn|error)\\(\"").matcher(code).find(),
            f + " writes a message in code, not from the bundle");
      }
    }
    assertTrue(named.size() > 30, named.toString());
    assertEquals(List.of(), named.stream().filter(k -> !en.containsKey(k) || !zh.containsKey(k)).toList());
  }

  @Test
  void aConfigurationErrorInChinese() {
    Messages zh = Messages.of(AbstractDataWardenMojo.MESSAGES, Locale.SIMPLIFIED_CHINESE,
        LogMessagesTest.class.getClassLoader());
    assertEquals("datawarden.formats：未知的报告格式“pdf”；可用的格式：html, json",
        zh.text("error.format", "pdf", "html, json"));
  }

  @Test
  void theSummaryInEachLanguage() {
    AnalysisResult result = new AnalysisResult(
        List.of(new Finding("MissingRetentionPeriod", Severity.MINOR, "m", new Location("A.java", 1, 1), List.of())),
        List.of("A.java"), List.of(), true, List.of());
    ClassLoader loader = LogMessagesTest.class.getClassLoader();
    List<String> english = Summary.lines(result,
        Messages.of(AbstractDataWardenMojo.MESSAGES, Locale.ENGLISH, loader));
    assertEquals("DataWarden summary: 1 finding(s) in 1 file(s), 0 suppression(s)", english.get(0));
    List<String> chinese = Summary.lines(result,
        Messages.of(AbstractDataWardenMojo.MESSAGES, Locale.SIMPLIFIED_CHINESE, loader));
    assertEquals("DataWarden 概要：1 个文件中发现 1 个问题，0 个屏蔽声明", chinese.get(0));
    assertTrue(chinese.get(1).contains("严重程度"), chinese.get(1));
    assertEquals(Set.copyOf(english.subList(2, 7)), Set.copyOf(chinese.subList(2, 7)), "the counts are the same");
  }

  // contract: the summary names the phases in the chosen language; their stable names stay the result's keys
  @Test
  void thePhasesOfTheSummaryInEachLanguage() {
    java.util.Map<String, Long> phases = new java.util.LinkedHashMap<>();
    phases.put("model", 120L);
    phases.put("flow", 30L);
    AnalysisResult result = new AnalysisResult(List.of(), List.of("A.java"), List.of(), true, List.of(), phases);
    ClassLoader loader = LogMessagesTest.class.getClassLoader();
    List<String> english = Summary.lines(result, Messages.of(AbstractDataWardenMojo.MESSAGES, Locale.ENGLISH, loader));
    assertTrue(english.contains("  model          120 ms"), english::toString);
    List<String> chinese = Summary.lines(result,
        Messages.of(AbstractDataWardenMojo.MESSAGES, Locale.SIMPLIFIED_CHINESE, loader));
    assertTrue(chinese.contains("  建模             120 ms"), chinese::toString);
    assertTrue(chinese.contains("  数据流             30 ms"), chinese::toString);
  }

  // contract: the summary ends with the time of each rule, so that no rule hides a slow walk in the build log either
  @Test
  void theRuleTimesOfTheSummary() {
    java.util.Map<String, Long> rules = new java.util.LinkedHashMap<>();
    rules.put("PersonalInfoLogged", 25L);
    rules.put("MissingConsentCheck", 15L);
    AnalysisResult result = new AnalysisResult(List.of(), List.of("A.java"), List.of(), true, List.of(),
        java.util.Map.of("rules", 40L), List.of(), dev.datawarden.analyzer.report.DataLists.EMPTY, java.util.Map.of(),
        rules);
    List<String> lines = Summary.lines(result,
        Messages.of(AbstractDataWardenMojo.MESSAGES, Locale.ENGLISH, LogMessagesTest.class.getClassLoader()));
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("  rule (part of the rules phase)")).findFirst()
        .orElseThrow(() -> new AssertionError(lines.toString())));
    assertTrue(lines.get(header + 1).matches("  PersonalInfoLogged +25 ms"), lines::toString);
    assertTrue(lines.get(header + 2).matches("  MissingConsentCheck +15 ms"), lines::toString);
  }
}
