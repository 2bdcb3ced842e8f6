package dev.datawarden.analyzer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.report.Baseline;
import dev.datawarden.analyzer.report.Fingerprints;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same analysis in Chinese: the same findings, each message in Chinese with its articles cited as 第N条. */
class ChineseFindingsTest {
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  private static AnalysisResult analyse(Locale locale) {
    AnalysisRequest.Builder request = AnalysisRequest.builder()
        .addSourceRoot(Fixtures.sampleShop().resolve("src/main/java"))
        .addCatalog(Fixtures.sampleShop().resolve("datawarden.yml"))
        .baseDirectory(Fixtures.sampleShop())
        .classpath(Fixtures.classpath())
        .locale(locale);
    return Analyzer.analyze(request.build());
  }

  @Test
  void sampleShopInChinese() {
    List<Finding> english = analyse(Locale.ENGLISH).findings();
    List<Finding> chinese = analyse(Locale.SIMPLIFIED_CHINESE).findings();
    assertEquals(english.size(), chinese.size());
    Set<String> rules = new TreeSet<>();
    for (int i = 0; i < english.size(); i++) {
      Finding en = english.get(i);
      Finding zh = chinese.get(i);
      assertEquals(en.ruleKey(), zh.ruleKey());
      assertEquals(en.location(), zh.location());
      assertEquals(en.path(), zh.path());
      assertTrue(CJK.matcher(zh.message()).find(), zh.message());
      assertFalse(zh.message().contains("Art. "), zh.message());
      if (en.message().endsWith(")") && en.message().contains("(Art. ")) {
        assertTrue(zh.message().matches("(?s).*（第[一二三四五六七八九十]+条.*）"), zh.message());
      }
      rules.add(zh.ruleKey());
    }
    assertTrue(rules.size() >= 8, "the shop breaks many rules: " + rules);
  }

  // contract: the input problems are written in the analysis's language too
  @Test
  void problemsInChinese() {
    AnalysisResult noClasspath = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(Fixtures.sampleShop().resolve("src/main/java"))
        .addSourceRoot(Fixtures.sampleShop().resolve("src/main/missing"))
        .baseDirectory(Fixtures.sampleShop())
        .locale(Locale.SIMPLIFIED_CHINESE)
        .build());
    List<String> messages = noClasspath.problems().stream().map(p -> p.message()).toList();
    assertTrue(messages.contains("未提供类路径：以无类路径模式分析，库中的类型只知其名称"), messages.toString());
    assertTrue(messages.contains("源代码目录不存在"), messages.toString());
  }

  private static AnalysisResult analyseFixtures(Locale locale) throws IOException {
    AnalysisRequest.Builder request = AnalysisRequest.builder()
        .addSourceRoot(Fixtures.root().resolve("src/main/java"))
        .addResourceRoot(Fixtures.root().resolve("src/main/resources"))
        .baseDirectory(Fixtures.root())
        .classpath(Fixtures.classpath())
        .locale(locale);
    try (Stream<Path> catalogs = Files.list(Fixtures.root().resolve("catalogs"))) {
      catalogs.filter(c -> c.toString().endsWith(".yml")).sorted().forEach(request::addCatalog);
    }
    return Analyzer.analyze(request.build());
  }

  // contract: a finding's fingerprint does not depend on the language it is written in, and is the one
  // an English run gives, so that a baseline written in English (as every baseline written before the
  // choice of language was) knows the findings of a run in Chinese, and a baseline in Chinese those in English
  @Test
  void fingerprintsAreTheSameInEveryLanguage(@TempDir Path dir) throws IOException {
    List<Finding> english = analyseFixtures(Locale.ENGLISH).findings();
    List<Finding> chinese = analyseFixtures(Locale.SIMPLIFIED_CHINESE).findings();
    assertEquals(english.size(), chinese.size());
    assertEquals(RulePack.all().size(), english.stream().map(Finding::ruleKey).distinct().count(),
        "the fixtures break every rule");
    Function<List<Finding>, List<String>> fingerprints =
        list -> list.stream().map(Fingerprints::of).sorted().toList();
    assertEquals(fingerprints.apply(english), fingerprints.apply(chinese));
    assertEquals(english.stream().map(Finding::identity).sorted().toList(),
        chinese.stream().map(Finding::identity).sorted().toList(), "identities are the same in both languages");
    assertEquals(english.stream().filter(f -> f.path().isEmpty() && !f.inferred()).map(Finding::message).sorted().toList(),
        chinese.stream().filter(f -> f.path().isEmpty() && !f.inferred()).map(Finding::identity).sorted().toList(),
        "a Chinese finding's identity is its English message, but on flows, whose identity leaves the data out");
    // the vocabulary's misuses too (InvalidAnnotation on an unknown constant, a misplaced annotation)
    assertEquals(List.of(), chinese.stream().filter(f -> f.identity().equals(f.message())).toList(), "all in Chinese");

    Path inEnglish = dir.resolve("en.json");
    Baseline.of(english).write(inEnglish);
    Baseline.Comparison zh = Baseline.read(inEnglish).compare(chinese);
    assertEquals(List.of(), zh.newFindings());
    assertEquals(List.of(), zh.fixed());
    Path inChinese = dir.resolve("zh.json");
    Baseline.of(chinese).write(inChinese);
    Baseline.Comparison en = Baseline.read(inChinese).compare(english);
    assertEquals(List.of(), en.newFindings());
    assertEquals(List.of(), en.fixed());
  }
}
