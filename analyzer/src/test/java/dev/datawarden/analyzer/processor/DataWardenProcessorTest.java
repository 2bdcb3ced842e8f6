package dev.datawarden.analyzer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.datawarden.analyzer.processor.ProcessorDiagnostics.assertMatchMarkers;
import static dev.datawarden.analyzer.processor.ProcessorDiagnostics.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.processor.ProcessorDiagnostics.Reported;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The processor under javac (compile-testing): findings become diagnostics on their lines, once each. */
class DataWardenProcessorTest {

  private static Compiler compiler(DataWardenProcessor processor, String... options) {
    return javac().withProcessors(processor).withOptions((Object[]) options).withClasspath(classpath());
  }

  private static Compiler compiler(String... options) {
    return compiler(new DataWardenProcessor(), options);
  }

  @ParameterizedTest(name = "background={0}")
  @ValueSource(booleans = {true, false})
  void ruleSamplesGiveTheirMarkedFindingsOnTheirLines(boolean background) {
    // contract: strict both ways, so a finding of the per-round check reported again by the last round fails
    List<Path> samples = List.of(Fixtures.ruleSample("InvalidAnnotation"), Fixtures.ruleSample("MissingRetentionPeriod"));
    Compilation compilation = compiler("-Adatawarden.background=" + background).compile(sources(samples));

    assertThat(compilation).succeeded();
    List<Reported> reported = ProcessorDiagnostics.of(compilation.diagnostics());
    assertTrue(reported.stream().allMatch(r -> r.kind() == Diagnostic.Kind.WARNING), reported::toString);
    assertMatchMarkers(reported, samples);
  }

  @Test
  void warningIsOnTheAnnotationOfTheDeclaration() {
    Compilation compilation = compiler().compile(source("Customer.java"));

    assertThat(compilation).hadWarningContaining("[MissingRetentionPeriod] personal information Customer.mobile (PHONE) "
            + "declares no retention period")
        .inFile(source("Customer.java")).onLineContaining("@PersonalInfo(category = PersonalInfoCategory.PHONE)");
    assertThat(compilation).hadWarningContaining("(Art. 21(iii))").inFile(source("Customer.java")).onLine(10).atColumn(3);
    assertMatchMarkers(ProcessorDiagnostics.of(compilation.diagnostics()), List.of(resource("Customer.java")));
  }

  @Test
  void citationIsWrittenOnce() {
    Compilation compilation = compiler().compile(source("Customer.java"));

    Reported missing = ProcessorDiagnostics.of(compilation.diagnostics()).stream()
        .filter(r -> r.ruleKey().equals("MissingRetentionPeriod")).findFirst().orElseThrow();
    assertTrue(missing.message().endsWith(" (Art. 21(iii))"), missing::message);
    assertEquals(1, missing.message().split("Art\\.", -1).length - 1, missing::message);
  }

  @Test
  void findingsAtOrAboveFailOnSeverityAreErrors() {
    Compilation compilation = compiler("-Adatawarden.failOnSeverity=major").compile(source("Customer.java"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[InvalidAnnotation]").inFile(source("Customer.java")).onLine(13);
    assertThat(compilation).hadWarningContaining("[MissingRetentionPeriod]").inFile(source("Customer.java")).onLine(10);
  }

  @Test
  void failOnSeverityAppliesToTheVocabularyCheckOfEachRoundToo() {
    Compilation compilation = compiler("-Adatawarden.failOnSeverity=MAJOR", "-Adatawarden.background=false")
        .compile(source("Customer.java"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[InvalidAnnotation]").inFile(source("Customer.java")).onLine(13);
  }

  @Test
  void compliantCodeGivesNoDiagnostic() {
    Compilation compilation = compiler().compile(source("Compliant.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), ProcessorDiagnostics.others(compilation.diagnostics(), Diagnostic.Kind.NOTE));
  }

  @Test
  void recordComponentIsReportedOnce() {
    Compilation compilation = compiler().compile(source("Contact.java"));

    assertMatchMarkers(ProcessorDiagnostics.of(compilation.diagnostics()), List.of(resource("Contact.java")));
  }

  @Test
  void suppressionsHoldInEveryRound() {
    Compilation compilation = compiler("-Adatawarden.background=false").compile(source("Suppressed.java"));

    assertMatchMarkers(ProcessorDiagnostics.of(compilation.diagnostics()), List.of(resource("Suppressed.java")));
  }

  @Test
  void disabledRulesAreLeftOut() {
    Compilation compilation = compiler("-Adatawarden.disabled=MissingRetentionPeriod, InvalidAnnotation")
        .compile(source("Customer.java"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  // contract: an unknown rule key stops the compilation with the message every front end gives
  @Test
  void unknownRuleKeysAreAnError() {
    Compilation compilation = compiler("-Adatawarden.disabled=MissingRetentionPeriod,NoSuchRule,AlsoMissing")
        .compile(source("Customer.java"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "DataWarden: -Adatawarden.disabled: unknown rules 'NoSuchRule', 'AlsoMissing'; known: ");
    assertEquals(List.of(), ProcessorDiagnostics.of(compilation.diagnostics()));
  }

  @Test
  void onlyTheSelectedRulesRun() {
    Compilation compilation = compiler("-Adatawarden.rules=InvalidAnnotation").compile(source("Customer.java"));

    List<Reported> reported = ProcessorDiagnostics.of(compilation.diagnostics());
    assertEquals(List.of("InvalidAnnotation"), reported.stream().map(Reported::ruleKey).toList());
  }

  @Test
  void unknownSeverityIsWarnedAndFailsNothing() {
    Compilation compilation = compiler("-Adatawarden.failOnSeverity=serious").compile(source("Customer.java"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("unknown severity 'serious'");
    assertThat(compilation).hadWarningContaining("[InvalidAnnotation]");
  }

  @Test
  void catalogOptionAddsDeclarationsAndTheirFindingsNameTheirFile() {
    Compilation compilation = compiler("-Adatawarden.catalog=" + resource("catalog.yml") + ",")
        .compile(source("Customer.java"));

    List<Reported> reported = ProcessorDiagnostics.of(compilation.diagnostics());
    assertMatchMarkers(reported, List.of(resource("Customer.java"), resource("catalog.yml")));
    // contract: javac gives a diagnostic without a position the file of the one before; the catalog's comes first
    Diagnostic<?> inCatalog = compilation.diagnostics().stream()
        .filter(d -> d.getMessage(java.util.Locale.ROOT).contains("catalog.yml:4: ")).findFirst().orElseThrow();
    assertEquals(null, inCatalog.getSource());
  }

  // contract: the README's snippet names ${project.basedir}/datawarden.yml; a project without one yet gets a note
  @Test
  void missingCatalogIsANote() {
    Compilation compilation = compiler("-Adatawarden.catalog=no-such-catalog.yml").compile(source("Compliant.java"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("no catalog ");
    assertThat(compilation).hadNoteContaining("no-such-catalog.yml yet, so only the built-in catalog applies");
    assertThat(compilation).hadWarningCount(0);
  }

  // contract: the notes and warnings about the options are in the language -Adatawarden.locale chooses
  @Test
  void notesAboutTheOptionsInChinese() {
    Compilation compilation = compiler("-Adatawarden.catalog=no-such-catalog.yml", "-Adatawarden.locale=zh-CN",
        "-Adatawarden.timings=sometimes").compile(source("Compliant.java"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("no-such-catalog.yml 尚不存在，因此只适用内置目录");
    assertThat(compilation).hadWarningContaining("-Adatawarden.timings 应为 true 或 false，实际为“sometimes”；改用 false");
  }

  // contract: the timings note, phase names and details included, is in the chosen language
  @ParameterizedTest(name = "background={0}")
  @ValueSource(booleans = {true, false})
  void timingsNoteInChinese(boolean background) {
    Compilation compilation = compiler("-Adatawarden.timings=true", "-Adatawarden.locale=zh-CN",
        "-Adatawarden.background=" + background).compile(source("Customer.java"));

    assertThat(compilation).hadNoteContaining("DataWarden 耗时：分析 ");
    assertThat(compilation).hadNoteContaining("建模 ");
    assertThat(compilation).hadNoteContaining("规则：");
    assertThat(compilation).hadNoteContaining(background ? "编译器随后又等待了它 " : "在最后一轮中运行");
    assertTrue(compilation.notes().stream().map(n -> n.getMessage(java.util.Locale.ROOT))
        .noneMatch(n -> n.contains("timings") || n.contains("started ")), compilation.notes()::toString);
  }

  // contract: an internal error's note and an unknown rule's error are in the chosen language too
  @Test
  void internalErrorAndUnknownRuleInChinese() {
    DataWardenProcessor failing = new DataWardenProcessor(request -> {
      throw new IllegalStateException("the engine broke");
    });
    Compilation broken = compiler(failing, "-Adatawarden.locale=zh-CN", "-Adatawarden.background=false")
        .compile(source("Compliant.java"));
    assertThat(broken).succeeded();
    assertThat(broken).hadNoteContaining("DataWarden 因内部错误未能分析本次编译（请报告此问题）：java.lang.IllegalStateException: "
        + "the engine broke");

    Compilation unknown = compiler("-Adatawarden.locale=zh-CN", "-Adatawarden.rules=NoSuchRule")
        .compile(source("Customer.java"));
    assertThat(unknown).failed();
    assertThat(unknown).hadErrorContaining("DataWarden: -Adatawarden.rules：未知的规则“NoSuchRule”；可用的规则：");
  }

  @Test
  void localeOptionGivesChineseWarnings() {
    Compilation compilation = compiler("-Adatawarden.locale=zh-CN").compile(source("Customer.java"));

    assertThat(compilation).hadWarningContaining("（第");
    assertTrue(compilation.warnings().stream().noneMatch(d -> d.getMessage(java.util.Locale.ROOT).contains("(Art. ")),
        () -> compilation.warnings().toString());
  }

  @Test
  void optionsAreDeclared() {
    assertEquals(
        java.util.Set.of("datawarden.catalog", "datawarden.failOnSeverity", "datawarden.rules", "datawarden.disabled",
            "datawarden.classpath", "datawarden.background", "datawarden.timings", "datawarden.daemon",
            "datawarden.daemonStateFile", "datawarden.locale", "datawarden.encoding", "datawarden.failOnInferred",
            "datawarden.c1Only"),
        new DataWardenProcessor().getSupportedOptions());
    assertEquals(java.util.Set.of("*"), new DataWardenProcessor().getSupportedAnnotationTypes());
  }

  @ParameterizedTest(name = "background={0}")
  @ValueSource(booleans = {true, false})
  void timingsOptionNotesThePhasesAndTheWait(boolean background) {
    Compilation compilation = compiler("-Adatawarden.timings=true", "-Adatawarden.background=" + background)
        .compile(source("Customer.java"));

    assertThat(compilation).hadNoteContaining("DataWarden timings: analysis ");
    assertThat(compilation).hadNoteContaining("model ");
    assertThat(compilation).hadNoteContaining(background ? "which then waited " : "in the last round");
  }

  @Test
  void noTimingsNoteByDefault() {
    Compilation compilation = compiler().compile(source("Customer.java"));

    assertTrue(compilation.notes().stream().noneMatch(n -> n.getMessage(java.util.Locale.ROOT).contains("timings")),
        compilation.notes()::toString);
  }

  @ParameterizedTest(name = "background={0}")
  @ValueSource(booleans = {true, false})
  void internalErrorBecomesOneNote(boolean background) {
    DataWardenProcessor failing = new DataWardenProcessor(request -> {
      throw new IllegalStateException("the engine broke");
    });
    Compilation compilation = compiler(failing, "-Adatawarden.background=" + background)
        .compile(source("Compliant.java"), source("Customer.java"));

    assertThat(compilation).succeeded();
    List<String> notes = ProcessorDiagnostics.others(compilation.diagnostics(), Diagnostic.Kind.NOTE);
    assertEquals(1, notes.size(), notes::toString);
    assertTrue(notes.get(0).contains("internal error") && notes.get(0).contains("IllegalStateException: the engine broke"),
        notes.get(0));
    // contract: what the vocabulary check of the rounds found is still reported
    assertEquals(List.of("InvalidAnnotation"),
        ProcessorDiagnostics.of(compilation.diagnostics()).stream().map(Reported::ruleKey).toList());
  }

  @Test
  void internalErrorLeavesACleanCompilationClean() {
    DataWardenProcessor failing = new DataWardenProcessor(request -> {
      throw new LinkageError("a class is missing");
    });
    Compilation compilation = compiler(failing).compile(source("Compliant.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("java.lang.LinkageError: a class is missing");
  }

  @Test
  void findingOnAStatementIsPlacedOnThatStatement() {
    Path orderService = resource("OrderService.java");
    int line = lineOf(orderService, "LOG.info(");
    DataWardenProcessor processor = new DataWardenProcessor(request -> new Analysis.Outcome(
        List.of(new Finding("PersonalInfoLogged", Severity.CRITICAL, "mobile is logged (Art. 9)",
            new Location(Location.displayPath(request.baseDirectory(), orderService), line, 5), List.of())),
        List.of()));
    Compilation compilation = compiler(processor).compile(source("OrderService.java"), source("Customer.java"));

    assertThat(compilation).hadWarningContaining("[PersonalInfoLogged] mobile is logged (Art. 9)")
        .inFile(source("OrderService.java")).onLine(line);
  }

  @Test
  void findingWithNothingAtItsLineNamesFileAndLine() {
    Path orderService = resource("OrderService.java");
    DataWardenProcessor processor = new DataWardenProcessor(request -> new Analysis.Outcome(
        List.of(new Finding("PersonalInfoLogged", Severity.MINOR, "somewhere (Art. 9)",
            new Location(Location.displayPath(request.baseDirectory(), orderService), 2, 0), List.of())),
        List.of()));
    Compilation compilation = compiler(processor).compile(source("OrderService.java"), source("Customer.java"));

    List<Reported> reported = ProcessorDiagnostics.of(compilation.diagnostics()).stream()
        .filter(r -> r.ruleKey().equals("PersonalInfoLogged")).toList();
    assertEquals(1, reported.size(), reported::toString);
    assertEquals(2, reported.get(0).line());
    assertTrue(reported.get(0).file().endsWith("processor/OrderService.java"), reported.get(0)::file);
  }

  @Test
  void sourcesHeldInMemoryAreAnalysed() {
    JavaFileObject inMemory = JavaFileObjects.forSourceLines("shop.Member",
        "package shop;",
        "",
        "public class Member {",
        "  @dev.datawarden.annotations.PersonalInfo(",
        "      category = dev.datawarden.annotations.PersonalInfoCategory.NAME)",
        "  private String name;",
        "}");
    Compilation compilation = compiler().compile(inMemory);

    assertThat(compilation).hadWarningContaining("[MissingRetentionPeriod] personal information Member.name")
        .inFile(inMemory).onLine(4);
    assertEquals(1, ProcessorDiagnostics.of(compilation.diagnostics()).size());
  }

  @ParameterizedTest(name = "background={0}")
  @ValueSource(booleans = {true, false})
  void controlCharactersFromTheCodeAreEscapedInDiagnostics(boolean background) {
    // the annotation's value holds an escape sequence, a forged build-log line and a bidi override
    JavaFileObject evil = JavaFileObjects.forSourceLines("shop.Evil",
        "package shop;",
        "",
        "public class Evil {",
        "  @dev.datawarden.annotations.PersonalInfo(category = dev.datawarden.annotations.PersonalInfoCategory.PHONE,",
        "      purposes = \"account\", retention = \"P3Y\\u001b[2J\\n[INFO] BUILD SUCCESS\\u202e\")",
        "  private String phone;",
        "}");
    Compilation compilation = compiler("-Adatawarden.background=" + background).compile(evil);

    List<String> messages = compilation.diagnostics().stream().map(d -> d.getMessage(null)).toList();
    assertTrue(messages.stream().anyMatch(m -> m.contains("[InvalidAnnotation]")
        && m.contains("\\u001B[2J\\n[INFO] BUILD SUCCESS\\u202E")), messages::toString);
    for (String m : messages) {
      assertTrue(m.chars().noneMatch(c -> c == 0x1b || c == 0x202e) && !m.contains("\n[INFO]"), m);
    }
  }

  @Test
  void lastRoundAnalysesEverySourceWithTheRebuiltClassPath() {
    AtomicReference<AnalysisRequest> seen = new AtomicReference<>();
    DataWardenProcessor processor = new DataWardenProcessor(request -> {
      seen.set(request);
      return Analysis.ANALYZER.run(request);
    });
    List<Path> shop = shopSources();
    compiler(processor, "-Adatawarden.catalog=" + Fixtures.sampleShop().resolve("datawarden.yml")).compile(sources(shop));

    AnalysisRequest request = seen.get();
    assertEquals(shop.size(), request.sourceRoots().size());
    List<String> entries = request.classpath().orElseThrow().stream().map(p -> p.getFileName().toString()).toList();
    for (String jar : List.of("datawarden-annotations", "slf4j-api", "spring-web", "spring-context", "jakarta.persistence-api")) {
      assertTrue(entries.stream().anyMatch(e -> e.startsWith(jar)), () -> jar + " not in " + entries);
    }
    assertTrue(entries.stream().noneMatch(e -> e.startsWith("spoon") || e.startsWith("junit")), entries::toString);
  }

  @Test
  void sampleShopGivesWhatTheAnalyzerFinds() {
    List<Path> shop = shopSources();
    Path catalog = Fixtures.sampleShop().resolve("datawarden.yml");
    Compilation compilation = compiler("-Adatawarden.catalog=" + catalog).compile(sources(shop));

    AnalysisRequest.Builder direct = AnalysisRequest.builder().addSourceRoot(Fixtures.sampleShop().resolve("src/main/java"))
        .addCatalog(catalog).classpath(Fixtures.classpath());
    List<String> expected = Analyzer.analyze(direct.build()).findings().stream()
        .map(f -> Path.of(f.location().file()).getFileName() + ":" + f.location().line() + " [" + f.ruleKey() + "] "
            + f.message())
        .sorted().toList();
    List<String> actual = ProcessorDiagnostics.of(compilation.diagnostics()).stream()
        .map(r -> Path.of(r.file()).getFileName() + ":" + r.line() + " [" + r.ruleKey() + "] " + r.message())
        .sorted().toList();
    // contract: the same findings, each once, as the analyzer run on its own (SampleShopTest checks those)
    assertTrue(!expected.isEmpty());
    assertEquals(expected, actual);
  }

  static List<Path> shopSources() {
    try (Stream<Path> walk = Files.walk(Fixtures.sampleShop().resolve("src/main/java"))) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-encoding", "-Adatawarden.encoding"})
  void aGbkSourceIsAnalysedInTheCompilersEncoding(String option, @TempDir Path directory) throws IOException {
    // contract: the names in findings are those javac read with -encoding GBK, not the GBK bytes misread as UTF-8
    Charset gbk = Charset.forName("GBK");
    Path file = Files.createDirectories(directory.resolve("shop")).resolve("Customer.java");
    Files.writeString(file, String.join("\n",
        "package shop;",
        "",
        "import dev.datawarden.annotations.PersonalInfo;",
        "import dev.datawarden.annotations.PersonalInfoCategory;",
        "",
        "/** 客户 */",
        "public class Customer {",
        "  @PersonalInfo(category = PersonalInfoCategory.PHONE)",
        "  private String 手机号;",
        "}",
        ""), gbk);
    StandardJavaFileManager files = ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, null, gbk);
    List<JavaFileObject> objects = new ArrayList<>();
    files.getJavaFileObjects(file).forEach(objects::add);
    String[] options = option.equals("-encoding") ? new String[] {"-encoding", "GBK"}
        : new String[] {"-encoding", "GBK", "-Adatawarden.encoding=GBK"};

    Compilation compilation = compiler(options).compile(objects);

    assertThat(compilation).succeeded();
    List<Reported> reported = ProcessorDiagnostics.of(compilation.diagnostics());
    assertTrue(reported.stream().anyMatch(r -> r.ruleKey().equals("MissingRetentionPeriod") && r.line() == 8
        && r.message().contains("Customer.手机号 (PHONE) declares no retention period")), reported::toString);
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("\uFFFD")
        || d.getMessage(null).contains("not valid")), () -> compilation.diagnostics().toString());
    files.close();
  }

  static List<File> classpath() {
    return Fixtures.classpath().stream().map(Path::toFile).toList();
  }

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource("processor/" + name);
  }

  static List<JavaFileObject> sources(List<Path> files) {
    List<JavaFileObject> objects = new ArrayList<>();
    for (Path f : files) {
      try {
        objects.add(JavaFileObjects.forResource(f.toUri().toURL()));
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }
    return objects;
  }

  private static int lineOf(Path file, String text) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException(text + " not in " + file);
  }
}
