package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyzer's contract with its front ends: bad input never loses the rest. */
class AnalyzerTest {
  @TempDir Path dir;

  private static final String USER = """
      package a;
      import dev.datawarden.annotations.*;
      public class User {
        @PersonalInfo(category = PersonalInfoCategory.PHONE)
        private String mobile;
      }
      """;

  private Path source(String name, String text) throws Exception {
    Path f = dir.resolve("src").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  /** Where each finding is and of which rule: {@code src/a/User.java:4 MissingRetentionPeriod}. */
  private static List<String> where(AnalysisResult result) {
    return result.findings().stream().map(f -> f.location() + " " + f.ruleKey()).toList();
  }

  private static final List<String> USER_FINDING = List.of("src/a/User.java:4 MissingRetentionPeriod");

  private AnalysisRequest.Builder request() {
    return AnalysisRequest.builder().addSourceRoot(dir.resolve("src")).baseDirectory(dir);
  }

  @Test
  void noClasspathModeIsSaidAndStillFinds() throws Exception {
    source("a/User.java", USER); // wildcard import of a vocabulary that is not on any class path
    AnalysisResult result = Analyzer.analyze(request().build());
    assertFalse(result.classpathMode());
    assertEquals(List.of(Problem.Kind.NO_CLASSPATH), result.problems().stream().map(Problem::kind).toList());
    assertEquals(USER_FINDING, where(result));
    assertEquals(new Location("src/a/User.java", 4, 3), result.findings().get(0).location());
  }

  @Test
  void missingClasspathEntryIsReportedAndTheAnalysisGoesOn() throws Exception {
    source("a/User.java", USER);
    AnalysisResult result = Analyzer.analyze(request().classpath(List.of(dir.resolve("lib/missing.jar"))).build());
    Problem p = result.problems().get(0);
    assertEquals(Problem.Kind.CLASSPATH, p.kind());
    assertEquals("lib/missing.jar", p.location().file());
    assertEquals(USER_FINDING, where(result));
  }

  @Test
  void typesMissingFromTheClasspathAreReportedOnce() throws Exception {
    source("a/User.java", USER);
    source("a/Uses.java", "package a;\nimport org.nowhere.Thing;\nclass Uses { Thing t; org.nowhere.Other o; }\n");
    AnalysisResult result = Analyzer.analyze(request().classpath(dev.datawarden.analyzer.testing.Fixtures.classpath()).build());
    List<Problem> classpath = result.problems().stream().filter(p -> p.kind() == Problem.Kind.CLASSPATH).toList();
    assertEquals(1, classpath.size(), result.problems()::toString);
    assertEquals("src/a/Uses.java", classpath.get(0).location().file());
    assertTrue(classpath.get(0).message().startsWith("2 name(s) not found on the class path, first: "),
        classpath.get(0).message());
    assertTrue(classpath.get(0).message().contains("org.nowhere"), classpath.get(0).message());
  }

  @Test
  void unparseableFileIsLeftOutWithItsLine() throws Exception {
    source("a/User.java", USER);
    source("a/Broken.java", "package a;\n\nclass Broken {\n  void x( {\n}\n");
    AnalysisResult result = Analyzer.analyze(request().build());
    Problem p = result.problems().stream().filter(x -> x.kind() == Problem.Kind.UNPARSEABLE_FILE).findFirst().orElseThrow();
    assertEquals(new Location("src/a/Broken.java", 4, 0), p.location());
    assertEquals(List.of("src/a/User.java"), result.analysedFiles());
    assertEquals(USER_FINDING, where(result));
  }

  @Test
  void everyUnparseableFileIsLeftOutWhateverItsImports() throws Exception {
    // contract: the files with syntax errors are found by the one compilation, whichever way the
    // model is then built (here no file imports the vocabulary on demand)
    source("a/User.java", USER.replace("import dev.datawarden.annotations.*;",
        "import dev.datawarden.annotations.PersonalInfo;\nimport dev.datawarden.annotations.PersonalInfoCategory;"));
    source("a/Broken.java", "package a;\n\nclass Broken {\n  void x( {\n}\n");
    source("b/Escape.java", "package b;\nclass Escape {\n  String s = \"\\q\";\n}\n");
    source("b/Fine.java", "package b;\nimport java.util.List;\nclass Fine { List<String> names; }\n");
    AnalysisResult result = Analyzer.analyze(request().build());
    assertEquals(List.of("src/a/Broken.java", "src/b/Escape.java"), result.problems().stream()
        .filter(x -> x.kind() == Problem.Kind.UNPARSEABLE_FILE).map(x -> x.location().file()).toList());
    assertEquals(List.of("src/a/User.java", "src/b/Fine.java"), result.analysedFiles());
    assertEquals(List.of("src/a/User.java:5 MissingRetentionPeriod"), where(result), "one import line more");
  }

  @Test
  void brokenCatalogIsReportedAndSourcesStillAnalysed() throws Exception {
    source("a/User.java", USER);
    Path catalog = dir.resolve("datawarden.yml");
    Files.writeString(catalog, "personalInfo:\n  - {field: \"a.Other#x\", category: PHONE}\n  - 42\n");
    AnalysisResult result = Analyzer.analyze(request().addCatalog(catalog).build());
    assertTrue(result.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.CATALOG
        && p.location().equals(new Location("datawarden.yml", 3, 0))), result.problems()::toString);
    // the good entry still applies: it lacks a retention too
    assertEquals(List.of("datawarden.yml:2", "src/a/User.java:4"),
        result.findings().stream().map(f -> f.location().toString()).sorted().toList());
  }

  @Test
  void missingSourceRootIsAProblem() {
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(dir.resolve("nope")).baseDirectory(dir).build());
    assertTrue(result.nothingAnalysed());
    assertTrue(result.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.SOURCE));
  }

  @Test
  void projectTypesResolveOnlyFromTheProjectClasspath() throws Exception {
    // contract: a type the analyzer itself has on its class path (Spoon's commons-lang3) must not
    // resolve for the analysed project, which does not have it
    source("a/Uses.java", "package a;\nimport org.apache.commons.lang3.StringUtils;\n"
        + "class Uses { String s = StringUtils.trim(\" x \"); }\n");
    AnalysisResult result = Analyzer.analyze(request().classpath(List.of()).build());
    assertTrue(result.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.CLASSPATH
        && p.message().contains("org.apache")), result.problems()::toString);
  }

  @Test
  void disabledRulesDoNotRun() throws Exception {
    source("a/User.java", USER);
    AnalysisResult result = Analyzer.analyze(request().disableRule("MissingRetentionPeriod").build());
    assertEquals(List.of(), where(result), "no finding expected: the only rule that would report is disabled");
  }

  @Test
  void contextSourcesOfOtherModulesCountButAreNotReportedOn() throws Exception {
    // contract: a flow from an entity module into the analysed module is seen; the entity module's
    // own findings and declarations belong to its own build
    Path entity = dir.resolve("entity/src");
    Files.createDirectories(entity.resolve("e"));
    Files.writeString(entity.resolve("e/Member.java"), """
        package e;
        import dev.datawarden.annotations.*;
        public class Member {
          @PersonalInfo(category = PersonalInfoCategory.PHONE) private String mobile;
          public String getMobile() { return mobile; }
        }
        """);
    source("s/Greeter.java", """
        package s;
        public class Greeter {
          static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Greeter.class);
          public void greet(e.Member m) { log.info("hello {}", m.getMobile()); }
        }
        """);
    AnalysisResult result = Analyzer.analyze(request().addContextRoot(entity).build());
    assertEquals(List.of("src/s/Greeter.java:4 PersonalInfoLogged"), where(result));
    assertEquals(List.of("src/s/Greeter.java"), result.analysedFiles());
    assertTrue(result.declarations().isEmpty(), result.declarations()::toString);
  }
}
