package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The labels of a finding's path steps, which the flow engine writes in English, in the report's language. */
class TextsTest {
  /** The words a label starts with, as the flow engine's sources write them ({@code "passed to " + name}). */
  private static Set<String> engineVerbs() throws IOException {
    Pattern verb = Pattern.compile("(?:step|stepped|sourceTaint|sourcesOf)\\([^;]*?\"([a-z][a-z ]*?) \"");
    Set<String> verbs = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/datawarden/analyzer/flow"))) {
      for (Path f : files.toList()) {
        Matcher m = verb.matcher(Files.readString(f));
        while (m.find()) {
          verbs.add(m.group(1));
        }
      }
    }
    return verbs;
  }

  // contract: every word the engine starts a step's label with is written in Chinese, the names kept; English as is
  @Test
  void everyStepTheEngineWritesIsTranslated() throws IOException {
    Set<String> verbs = engineVerbs();
    assertTrue(verbs.containsAll(List.of("read", "passed to", "returned by", "reaches", "assigned to")), verbs.toString());
    Texts zh = Texts.of(Locale.SIMPLIFIED_CHINESE);
    Texts en = Texts.of(Locale.ENGLISH);
    for (String v : verbs) {
      String label = v + " Member.email (EMAIL)";
      assertNotEquals(label, zh.step(label), v);
      assertTrue(zh.step(label).contains("Member.email (EMAIL)"), zh.step(label));
      assertEquals(label, en.step(label));
    }
    assertEquals("Member.email (EMAIL) 声明于此", zh.step("Member.email (EMAIL) declared"));
  }

  @Test
  void theConsoleWritesThePathInChinese() {
    Finding f = new Finding("PersonalInfoLogged", Severity.CRITICAL, "m", new Location("A.java", 9, 1),
        List.of(new PathStep(new Location("M.java", 3, 1), "read Member.email (EMAIL)"),
            new PathStep(new Location("A.java", 9, 1), "reaches Logger.info()")));
    AnalysisResult result = new AnalysisResult(List.of(f), List.of("A.java"), List.of(), true, List.of());
    String console = ConsoleReport.render(result, Locale.SIMPLIFIED_CHINESE);
    assertTrue(console.contains("M.java:3 读取 Member.email (EMAIL)"), console);
    assertTrue(console.contains("A.java:9 到达 Logger.info()"), console);
    assertTrue(ConsoleReport.render(result, Locale.ENGLISH).contains("M.java:3 read Member.email (EMAIL)"));
  }
}
