package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Inference;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.suppression.Suppression;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredAnalysisTest {
  @TempDir Path dir;

  @BeforeEach
  void project() throws IOException {
    write("src/a/A.java", "package a; class A {}");
    write("context/e/E.java", "package e; public class E {}");
    write("resources/mapper/AMapper.xml", "<mapper namespace=\"a.AMapper\"/>");
    write("resources/application.yml", "server.port: 8080");
    write("contextResources/mapper/EMapper.xml", "<mapper namespace=\"e.EMapper\"/>");
    write("datawarden.yml", "personalInfo: []");
    write("lib/dep.jar", "not really a jar");
    write("upstream/classes/u/U.class", "bytes");
  }

  private void write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private AnalysisRequest.Builder request() {
    return AnalysisRequest.builder()
        .addSourceRoot(dir.resolve("src"))
        .addContextRoot(dir.resolve("context"))
        .addResourceRoot(dir.resolve("resources"))
        .addContextResourceRoot(dir.resolve("contextResources"))
        .addCatalog(dir.resolve("datawarden.yml"))
        .classpath(List.of(dir.resolve("lib/dep.jar"), dir.resolve("upstream/classes")))
        .baseDirectory(dir);
  }

  private String key() {
    return StoredAnalysis.key(request().build());
  }

  private void changes(String what, Consumer<AnalysisRequest.Builder> option) {
    AnalysisRequest.Builder changed = request();
    option.accept(changed);
    assertNotEquals(key(), StoredAnalysis.key(changed.build()), what);
  }

  private void changes(String what, String file, String content) throws IOException {
    String before = key();
    write(file, content);
    assertNotEquals(before, key(), what);
  }

  // contract: the same inputs give the same key; touching a file without changing it keeps the key
  @Test
  void theSameInputsGiveTheSameKey() throws IOException {
    String before = key();
    assertEquals(before, key());
    for (String f : List.of("src/a/A.java", "context/e/E.java", "resources/application.yml", "upstream/classes/u/U.class")) {
      Files.setLastModifiedTime(dir.resolve(f), FileTime.fromMillis(1_000_000));
    }
    assertEquals(before, key(), "sources, resources and class directories count by their contents");
  }

  // contract: every kind of file the analysis reads changes the key when it changes
  @Test
  void eachInputFileChangesTheKey() throws IOException {
    changes("a source", "src/a/A.java", "package a; class A { int x; }");
    changes("a new source", "src/a/B.java", "package a; class B {}");
    changes("a context source", "context/e/E.java", "package e; public class E { int y; }");
    changes("a mapper XML file", "resources/mapper/AMapper.xml", "<mapper namespace=\"a.BMapper\"/>");
    changes("the application configuration", "resources/application.yml", "server.port: 9090");
    changes("a context module's resource", "contextResources/mapper/EMapper.xml", "<mapper namespace=\"e.F\"/>");
    changes("a catalog", "datawarden.yml", "personalInfo: [{field: a.A#x, category: PHONE}]");
    changes("a class in a class path directory", "upstream/classes/u/U.class", "other bytes");
    changes("a jar's size", "lib/dep.jar", "not really a jar, longer");
    String before = key();
    Files.setLastModifiedTime(dir.resolve("lib/dep.jar"), FileTime.fromMillis(2_000_000));
    assertNotEquals(before, key(), "a jar's date");
    before = key();
    Files.delete(dir.resolve("resources/application.yml"));
    assertNotEquals(before, key(), "a file gone");
  }

  // contract: every option and each root's place changes the key
  @Test
  void eachOptionChangesTheKey() {
    changes("the source level", r -> r.sourceLevel(11));
    changes("the encoding", r -> r.encoding(StandardCharsets.ISO_8859_1));
    changes("the language", r -> r.locale(Locale.SIMPLIFIED_CHINESE));
    changes("the rules", r -> r.disableRule("PersonalInfoLogged"));
    changes("inferred data", r -> r.inferData(false));
    changes("exhaustive flow", r -> r.exhaustiveFlow(true));
    changes("the base directory", r -> r.baseDirectory(dir.resolve("src")));
    changes("one more class path entry", r -> r.classpath(List.of(dir.resolve("lib/dep.jar"),
        dir.resolve("upstream/classes"), dir.resolve("lib/other.jar"))));
    changes("another catalog", r -> r.addCatalog(dir.resolve("resources/application.yml")));
    assertNotEquals(key(), StoredAnalysis.key(AnalysisRequest.builder().addSourceRoot(dir.resolve("src"))
        .addContextRoot(dir.resolve("context")).addResourceRoot(dir.resolve("resources"))
        .addContextResourceRoot(dir.resolve("contextResources")).addCatalog(dir.resolve("datawarden.yml"))
        .baseDirectory(dir).build()), "no class path");
    assertNotEquals(StoredAnalysis.key(AnalysisRequest.builder().addSourceRoot(dir.resolve("src"))
            .addContextRoot(dir.resolve("context")).baseDirectory(dir).build()),
        StoredAnalysis.key(AnalysisRequest.builder().addSourceRoot(dir.resolve("src"))
            .addResourceRoot(dir.resolve("context")).baseDirectory(dir).build()),
        "the same directory as context sources or as resources");
  }

  // contract: a stored result reads back equal to the analysis's, all of it (findings and their paths,
  // declarations, suppressions, the lists of Art. 21, the evidence for a multi-module build, timings)
  @Test
  void aStoredResultReadsBackEqual() throws IOException {
    AnalysisResult analysed = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(Fixtures.sampleShop().resolve("src/main/java"))
        .addCatalog(Fixtures.sampleShop().resolve("datawarden.yml"))
        .baseDirectory(Fixtures.sampleShop())
        .build());
    assertFalse(analysed.findings().isEmpty());
    assertFalse(analysed.lists().collected().isEmpty());
    Finding upstream = new Finding("UnloggedTransfer", Severity.CRITICAL, "m", new Location("../e/E.java", 3, 1),
        List.of(new PathStep(new Location("../e/E.java", 2, 1), "read")), "id", List.of(List.of()), true);
    Declaration inferred = new Declaration(Role.PERSONAL_INFO, Target.field("e.E", "mobile"),
        Map.of("category", "PHONE", "purposes", List.of("login"), "necessary", true), Set.of("category"),
        new Location("../e/E.java", 2, 1), Declaration.Origin.INFERRED, new Inference(Inference.Basis.NAME, "mobile"));
    List<Declaration> declarations = new java.util.ArrayList<>(analysed.declarations());
    declarations.add(inferred);
    List<Suppression> suppressions = new java.util.ArrayList<>(analysed.suppressions());
    suppressions.add(new Suppression("PersonalInfoLogged", new Location("src/a/A.java", 4, 3), "A.greet()", 4, 9,
        List.of(analysed.findings().get(0))));
    AnalysisResult result = new AnalysisResult(analysed.findings(), analysed.analysedFiles(), analysed.problems(),
        analysed.classpathMode(), declarations, analysed.phaseMillis(), suppressions, analysed.lists(),
        Map.of("e.E", List.of("mobile")), analysed.ruleMillis(),
        new ModuleEvidence(List.of(upstream), Set.of(new Location("../e/E.java", 1, 1))), List.of("Aliyun SMS"));

    Path file = dir.resolve("target/datawarden").resolve(StoredAnalysis.FILE);
    StoredAnalysis.write(file, "k1", result);

    assertEquals(Optional.of(result), StoredAnalysis.read(file, "k1"));
    assertEquals(Optional.empty(), StoredAnalysis.read(file, "k2"), "another key");
    assertEquals(Optional.empty(), StoredAnalysis.read(dir.resolve("none.json"), "k1"), "no file");
  }

  // contract: a stored file of another format, of another shape, or damaged is never read
  @Test
  void aFileOfAnotherFormatIsNotRead() throws IOException {
    AnalysisResult result = new AnalysisResult(List.of(), List.of("src/a/A.java"), List.of(), true, List.of());
    Path file = dir.resolve(StoredAnalysis.FILE);
    StoredAnalysis.write(file, "k", result);
    String stored = Files.readString(file);
    assertEquals(Optional.of(result), StoredAnalysis.read(file, "k"));

    Files.writeString(file, stored.replace("\"format\":" + StoredAnalysis.FORMAT, "\"format\":" + (StoredAnalysis.FORMAT + 1)));
    assertEquals(Optional.empty(), StoredAnalysis.read(file, "k"), "another format");
    Files.writeString(file, stored.replace("\"analysedFiles\"", "\"extra\":1,\"analysedFiles\""));
    assertEquals(Optional.empty(), StoredAnalysis.read(file, "k"), "a field this build does not know");
    Files.writeString(file, stored.replace("\"classpathMode\":true,", ""));
    assertEquals(Optional.empty(), StoredAnalysis.read(file, "k"), "a field missing");
    Files.writeString(file, stored.substring(0, stored.length() / 2));
    assertEquals(Optional.empty(), StoredAnalysis.read(file, "k"), "damaged");
  }

  // contract: after an analysis its result is reusable until an input changes; then the next analysis is kept
  @Test
  void anUnchangedAnalysisIsReused() throws IOException {
    write("src/a/A.java", """
        package a;
        public class A {
          static final java.util.logging.Logger log = java.util.logging.Logger.getLogger("a");
          @dev.datawarden.annotations.PersonalInfo(category = dev.datawarden.annotations.PersonalInfoCategory.PHONE)
          String mobile;
          void greet() { log.info(mobile); }
        }
        """);
    Path out = dir.resolve("target/datawarden");
    AnalysisRequest request = AnalysisRequest.builder().addSourceRoot(dir.resolve("src")).baseDirectory(dir).build();

    AnalysisResult first = StoredAnalysis.of(request, out).analyze(Progress.NONE);
    Optional<AnalysisResult> second = StoredAnalysis.of(request, out).reusable();

    assertFalse(first.findings().isEmpty());
    assertTrue(second.isPresent());
    assertEquals(first.findings(), second.get().findings());
    assertEquals(first.lists(), second.get().lists());
    assertEquals(first.evidence(), second.get().evidence());
    assertTrue(second.get().phaseMillis().isEmpty(), "no time was spent on it");

    write("src/a/A.java", "package a; public class A {}");
    assertEquals(Optional.empty(), StoredAnalysis.of(request, out).reusable(), "a source changed");
    assertTrue(StoredAnalysis.of(request, out).analyze(Progress.NONE).findings().isEmpty());
    assertTrue(StoredAnalysis.of(request, out).reusable().orElseThrow().findings().isEmpty(), "the new result is kept");
  }
}
