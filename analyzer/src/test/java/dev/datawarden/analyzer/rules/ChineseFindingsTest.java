package dev.datawarden.analyzer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
}
