package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.DefaultSensorDescriptor;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.rule.RuleKey;

/** The sensor raises exactly the issues the fixtures mark, whether it analyses the code or imports a report. */
class DataWardenSensorTest {
  @TempDir Path tmp;

  private final List<String> uiWarnings = new ArrayList<>();
  private final ProjectTotals totals = new ProjectTotals();
  private final DataWardenSensor sensor = new DataWardenSensor(totals, uiWarnings::add);

  private static final Path SHOP = Fixtures.sampleShop();

  private static SensorContextTester shop() {
    return Fixtures.context(SHOP, SHOP.resolve("src/main/java"));
  }

  private static void withClasspath(SensorContextTester context) {
    context.settings().setProperty(JavaClasspath.LIBRARIES, String.join(",", Fixtures.classpath()));
    // test-fixtures compiles the shop's sources too: these are the module's own classes, as the scanner passes them
    context.settings().setProperty(JavaClasspath.BINARIES, Fixtures.root().resolve("target/classes").toString());
  }

  @Test
  void runsOnJavaWhenADataWardenRuleIsActive() {
    DefaultSensorDescriptor descriptor = new DefaultSensorDescriptor();
    sensor.describe(descriptor);
    assertEquals("DataWarden", descriptor.name());
    assertEquals(List.of("java"), List.copyOf(descriptor.languages()));
    assertEquals(List.of("datawarden"), List.copyOf(descriptor.ruleRepositories()));
  }

  @Test
  void analysingTheSampleShopRaisesExactlyTheMarkedIssues() {
    SensorContextTester context = shop();
    withClasspath(context);
    sensor.execute(context);

    assertMatchMarkers(Markers.under(SHOP), Raised.all(context));
    assertEquals(List.of(), uiWarnings, "a complete class path leaves nothing to warn about");
  }

  @Test
  void theLocalePropertyGivesChineseMessages() {
    SensorContextTester context = shop();
    withClasspath(context);
    context.settings().setProperty(DataWardenProperties.LOCALE, "zh-CN");
    sensor.execute(context);

    List<String> messages = context.allIssues().stream().map(i -> i.primaryLocation().message()).toList();
    assertFalse(messages.isEmpty());
    assertTrue(messages.stream().anyMatch(m -> m.contains("（第二十二条）")), messages::toString);
    assertTrue(messages.stream().noneMatch(m -> m.contains("(Art. ")), messages::toString);
  }

  @Test
  void withoutClasspathTheSameIssuesAndAWarning() {
    SensorContextTester context = shop();
    sensor.execute(context);

    assertMatchMarkers(Markers.under(SHOP), Raised.all(context));
    assertEquals(1, uiWarnings.size(), () -> uiWarnings.toString());
    assertTrue(uiWarnings.get(0).contains("no-class-path mode"), uiWarnings::toString);
  }

  @Test
  void aFindingInAnIndexedCatalogIsOnItsLine() {
    SensorContextTester context = shop();
    context.fileSystem().add(Fixtures.inputFile(SHOP, SHOP.resolve("datawarden.yml"), null));
    sensor.execute(context);

    List<Raised> onCatalog = Raised.all(context).stream().filter(r -> r.file().equals("datawarden.yml")).toList();
    List<Markers.Expected> marked = Markers.under(SHOP).stream().filter(e -> e.file().equals("datawarden.yml")).toList();
    assertEquals(marked.size(), onCatalog.size(), onCatalog::toString);
    for (int i = 0; i < marked.size(); i++) {
      assertEquals(marked.get(i).line(), onCatalog.get(i).line());
      assertEquals(marked.get(i).rule(), onCatalog.get(i).rule());
    }
    assertTrue(Raised.all(context).stream().noneMatch(r -> r.file().equals(Raised.PROJECT)));
  }

  @Test
  void onlyActiveRulesRaiseIssues() {
    SensorContextTester context = shop();
    context.setActiveRules(new ActiveRulesBuilder()
        .addRule(new NewActiveRule.Builder()
            .setRuleKey(RuleKey.of("datawarden", "MissingRetentionPeriod")).setLanguage("java").build())
        .build());
    sensor.execute(context);

    List<Markers.Expected> retention =
        Markers.under(SHOP).stream().filter(e -> e.rule().equals("MissingRetentionPeriod")).toList();
    assertFalse(retention.isEmpty());
    assertMatchMarkers(retention, Raised.all(context));
  }

  @Test
  void importingTheAnalyzersReportRaisesWhatAnalysingRaises() throws IOException {
    Path report = tmp.resolve("datawarden.json");
    Files.writeString(report, JsonReport.render(Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(SHOP.resolve("src/main/java"))
        .addCatalog(SHOP.resolve("datawarden.yml"))
        .classpath(Fixtures.classpath().stream().map(Path::of).toList())
        .baseDirectory(SHOP)
        .build())));
    SensorContextTester analysed = shop();
    withClasspath(analysed);
    new DataWardenSensor(new ProjectTotals(), w -> { }).execute(analysed);

    SensorContextTester imported = shop();
    imported.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
    sensor.execute(imported);

    assertFalse(Raised.all(imported).isEmpty());
    assertEquals(Raised.all(analysed), Raised.all(imported));
    assertEquals(List.of(), uiWarnings);
  }

  @Test
  void importingDoesNotAnalyse() throws IOException {
    Path report = report("""
        {"formatVersion": 1, "findings": [%s], "problems": [], "declarations": []}""".formatted(
        finding("MissingRetentionPeriod", "src/main/java/com/example/shop/member/Member.java", 50, "only this")));
    SensorContextTester context = shop();
    context.settings().setProperty(DataWardenProperties.REPORT_PATHS, "target/../" + SHOP.relativize(report));
    sensor.execute(context);

    assertEquals(List.of(new Raised("MissingRetentionPeriod", "src/main/java/com/example/shop/member/Member.java",
        50, "only this", List.of())), Raised.all(context));
  }

  @Test
  void aFindingsPathBecomesADataFlowOverTheIndexedFiles() throws IOException {
    String member = "src/main/java/com/example/shop/member/Member.java";
    String address = "src/main/java/com/example/shop/order/ShippingAddress.java";
    Path report = report("""
        {"formatVersion": 1, "findings": [{
          "rule": "InvalidAnnotation", "severity": "MAJOR", "message": "leaks",
          "location": {"file": "%2$s", "line": 19, "column": 3},
          "path": [
            {"file": "%1$s", "line": 40, "column": 3, "label": "read Member.email"},
            {"file": "lib/Generated.java", "line": 7, "column": 1, "label": "through generated code"},
            {"file": "%2$s", "line": 19, "column": 3, "label": "stored in ShippingAddress"}],
          "fingerprint": "x"}], "problems": [], "declarations": []}""".formatted(member, address));
    SensorContextTester context = shop();
    context.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
    sensor.execute(context);

    // as the API asks: backwards, from the primary location to the start (the UI numbers it from the start)
    assertEquals(List.of(new Raised("InvalidAnnotation", address, 19, "leaks", List.of(List.of(
            address + ":19 stored in ShippingAddress",
            member + ":40 read Member.email")))),
        Raised.all(context));
  }

  // contract: a finding standing for several paths to one sink call (one more category, or another
  // way) is one issue with one secondary flow per path, its first path first
  @Test
  void everyPathOfAFindingIsAFlowOfItsIssue() throws IOException {
    String member = "src/main/java/com/example/shop/member/Member.java";
    String address = "src/main/java/com/example/shop/order/ShippingAddress.java";
    Path report = report("""
        {"formatVersion": 1, "findings": [{
          "rule": "MissingConsentCheck", "severity": "CRITICAL", "message": "Member.email (EMAIL), Member.mobile (PHONE) reach",
          "location": {"file": "%2$s", "line": 19, "column": 3},
          "path": [{"file": "%1$s", "line": 40, "column": 3, "label": "read Member.email"},
                   {"file": "%2$s", "line": 19, "column": 3, "label": "stored"}],
          "morePaths": [[{"file": "%1$s", "line": 41, "column": 3, "label": "read Member.mobile"},
                         {"file": "%2$s", "line": 19, "column": 3, "label": "stored"}]],
          "fingerprint": "x"}], "problems": [], "declarations": []}""".formatted(member, address));
    SensorContextTester context = shop();
    context.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
    sensor.execute(context);

    assertEquals(List.of(new Raised("MissingConsentCheck", address, 19, "Member.email (EMAIL), Member.mobile (PHONE) reach",
        List.of(List.of(address + ":19 stored", member + ":40 read Member.email"),
            List.of(address + ":19 stored", member + ":41 read Member.mobile")))), Raised.all(context));
  }

  @Test
  void controlCharactersFromTheCodeAreEscapedInIssuesAndWarnings() throws IOException {
    String member = "src/main/java/com/example/shop/member/Member.java";
    Path report = report("""
        {"formatVersion": 1, "findings": [{
          "rule": "InvalidAnnotation", "severity": "MAJOR", "message": "retention 'P3Y\\u001b[2J\\n[INFO] ok'",
          "location": {"file": "%1$s", "line": 19, "column": 3},
          "path": [{"file": "%1$s", "line": 40, "column": 3, "label": "read \\u202eMember.email"}],
          "fingerprint": "x"}], "declarations": [],
         "problems": [{"kind": "SOURCE", "location": {"file": "src/A\\u001b[31m.java", "line": 1, "column": 0},
                       "message": "cannot be read"}]}""".formatted(member));
    SensorContextTester context = shop();
    context.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
    sensor.execute(context);

    List<Raised> raised = Raised.all(context);
    assertEquals("retention 'P3Y\\u001B[2J\\n[INFO] ok'", raised.get(0).message());
    assertEquals(List.of(List.of(member + ":40 read \\u202EMember.email")), raised.get(0).flows());
    assertEquals("DataWarden: src/A\\u001B[31m.java:1: cannot be read", uiWarnings.get(0));
  }

  @Test
  void aFindingInAFileNotIndexedGoesOnTheProjectOncePerAnalysis() throws IOException {
    Path report = report("""
        {"formatVersion": 1, "findings": [%s], "problems": [], "declarations": []}""".formatted(
        finding("MissingRetentionPeriod", "datawarden.yml", 25, "no retention")));
    SensorContextTester module1 = shop();
    module1.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
    SensorContextTester module2 = shop();
    module2.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
    sensor.execute(module1);
    sensor.execute(module2);

    assertEquals(List.of(new Raised("MissingRetentionPeriod", Raised.PROJECT, 0, "datawarden.yml:25: no retention",
        List.of())), Raised.all(module1));
    assertEquals(List.of(), Raised.all(module2), "the second module shares the catalog: no second issue");
  }

  @Test
  void problemsAndUnreadableReportsBecomeWarnings() throws IOException {
    Path good = report("""
        {"formatVersion": 1, "findings": [%s], "declarations": [],
         "problems": [{"kind": "UNPARSEABLE_FILE", "location": {"file": "src/Broken.java", "line": 3, "column": 0},
                       "message": "does not parse"}]}""".formatted(
        finding("SomeFutureRule", "src/main/java/com/example/shop/member/Member.java", 50, "new")));
    Path newer = Files.writeString(tmp.resolve("newer.json"), "{\"formatVersion\": 2, \"findings\": [%s]}".formatted(
        finding("MissingRetentionPeriod", "src/main/java/com/example/shop/member/Member.java", 50, "ignored")));
    Path notJson = Files.writeString(tmp.resolve("broken.json"), "{ not json");
    SensorContextTester context = shop();
    context.settings().setProperty(DataWardenProperties.REPORT_PATHS,
        String.join(",", good.toString(), newer.toString(), notJson.toString(), "missing.json"));
    sensor.execute(context);

    assertEquals(List.of(), Raised.all(context));
    assertEquals(5, uiWarnings.size(), uiWarnings::toString);
    assertTrue(uiWarnings.get(0).contains("format version 2"), uiWarnings::toString);
    assertTrue(uiWarnings.get(1).contains("broken.json cannot be read"), uiWarnings::toString);
    assertTrue(uiWarnings.get(2).contains("missing.json does not exist"), uiWarnings::toString);
    assertTrue(uiWarnings.get(3).contains("SomeFutureRule"), uiWarnings::toString);
    assertEquals("DataWarden: src/Broken.java:3: does not parse", uiWarnings.get(4));
  }

  @Test
  void theUiGetsTenWarningsAndASummary() throws IOException {
    StringBuilder problems = new StringBuilder();
    for (int i = 1; i <= 13; i++) {
      problems.append(i > 1 ? "," : "").append("""
          {"kind": "SOURCE", "location": {"file": "f%d.java", "line": 0, "column": 0}, "message": "m"}""".formatted(i));
    }
    Path report = report("{\"formatVersion\": 1, \"findings\": [], \"problems\": [" + problems + "]}");
    SensorContextTester context = shop();
    context.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
    sensor.execute(context);

    assertEquals(DataWardenSensor.MAX_UI_WARNINGS + 1, uiWarnings.size());
    assertEquals("DataWarden: 3 more problem(s); see the scanner's log", uiWarnings.get(uiWarnings.size() - 1));
  }

  // contract: with sonar.datawarden.locale=zh-CN the flows' steps and the warnings are in Chinese too
  @Test
  void flowStepsAndWarningsInChinese() throws IOException {
    String member = "src/main/java/com/example/shop/member/Member.java";
    String address = "src/main/java/com/example/shop/order/ShippingAddress.java";
    Path report = report("""
        {"formatVersion": 1, "findings": [{
          "rule": "InvalidAnnotation", "severity": "MAJOR", "message": "leaks",
          "location": {"file": "%2$s", "line": 19, "column": 3},
          "path": [
            {"file": "%1$s", "line": 40, "column": 3, "label": "read Member.email"},
            {"file": "%2$s", "line": 19, "column": 3, "label": "stored in ShippingAddress"}],
          "fingerprint": "x"}, {
          "rule": "NoSuchRule", "severity": "MAJOR", "message": "m",
          "location": {"file": "%2$s", "line": 1, "column": 0}, "path": [], "fingerprint": "y"}],
          "problems": [], "declarations": []}""".formatted(member, address));
    SensorContextTester context = shop();
    context.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString() + ",missing.json");
    context.settings().setProperty(DataWardenProperties.LOCALE, "zh-CN");
    sensor.execute(context);

    assertEquals(List.of(new Raised("InvalidAnnotation", address, 19, "leaks", List.of(List.of(
            address + ":19 存入 ShippingAddress",
            member + ":40 读取 Member.email")))),
        Raised.all(context));
    assertTrue(uiWarnings.contains("DataWarden：本插件不认识的规则的问题未被创建：NoSuchRule；请使用与写出该报告的 DataWarden 版本相同的插件"),
        uiWarnings::toString);
    assertTrue(uiWarnings.stream().anyMatch(w -> w.endsWith("；未从中导入任何内容")), uiWarnings::toString);
  }

  // contract: a language the sensor does not write is named in a warning, and the messages stay English
  @Test
  void anUnsupportedLocaleIsAWarning() {
    SensorContextTester context = shop();
    withClasspath(context);
    context.settings().setProperty(DataWardenProperties.LOCALE, "fr");
    sensor.execute(context);

    assertTrue(uiWarnings.contains("DataWarden: sonar.datawarden.locale: unsupported locale 'fr'; use en or zh-CN; "
        + "using English"), uiWarnings::toString);
    assertTrue(context.allIssues().stream().anyMatch(i -> i.primaryLocation().message().contains("(Art. ")));
  }

  // ---- MyBatis mapper XML ---------------------------------------------------------------------

  private static final List<String> MYBATIS_RULES =
      List.of("MissingConsentCheck", "UnencryptedSensitiveData", "MissingDeletionPath", "OverCollection");

  /**
   * A module holding the MyBatis fixture's Java files under {@code src/main/java} and its mapper XML
   * files under {@code xmlDir}, with the rules the XML decides active and the fixtures' class path.
   */
  private SensorContextTester myBatisModule(String xmlDir) throws IOException {
    Path module = tmp.resolve("module");
    Path java = module.resolve("src/main/java/dev/datawarden/fixtures/mybatis");
    copy(Fixtures.myBatisSources(), java);
    copy(Fixtures.myBatisMappers(), module.resolve(xmlDir));
    SensorContextTester context = Fixtures.context(module, java);
    ActiveRulesBuilder rules = new ActiveRulesBuilder();
    MYBATIS_RULES.forEach(rule -> rules.addRule(new NewActiveRule.Builder()
        .setRuleKey(RuleKey.of("datawarden", rule)).setLanguage("java").build()));
    context.setActiveRules(rules.build());
    context.settings().setProperty(JavaClasspath.LIBRARIES, String.join(",", Fixtures.classpath()));
    return context;
  }

  private static List<Markers.Expected> myBatisMarkers(SensorContextTester context) {
    return Markers.under(context.fileSystem().baseDir().toPath()).stream()
        .filter(e -> MYBATIS_RULES.contains(e.rule())).toList();
  }

  // contract: the module's src/main/resources is read: its mapper XML makes mapper methods storage and deletes
  @Test
  void theModulesMapperXmlIsRead() throws IOException {
    SensorContextTester context = myBatisModule("src/main/resources/dev/datawarden/fixtures/mybatis");
    sensor.execute(context);

    List<Markers.Expected> expected = myBatisMarkers(context);
    assertTrue(expected.stream().anyMatch(e -> e.rule().equals("OverCollection")), expected::toString);
    assertMatchMarkers(expected, Raised.all(context));
    assertEquals(List.of(), uiWarnings);
  }

  // contract: sonar.datawarden.resources adds directories, relative to the module
  @Test
  void configuredResourceDirectoriesAreRead() throws IOException {
    SensorContextTester context = myBatisModule("db/mappers");
    context.settings().setProperty(DataWardenProperties.RESOURCES, "db/mappers");
    sensor.execute(context);

    assertMatchMarkers(myBatisMarkers(context), Raised.all(context));
    assertEquals(List.of(), uiWarnings);
  }

  // contract: the findings above come from the XML: elsewhere and not configured, it is not read
  @Test
  void mapperXmlElsewhereIsNotReadUnlessConfigured() throws IOException {
    SensorContextTester context = myBatisModule("db/mappers");
    sensor.execute(context);

    assertTrue(Raised.all(context).stream().noneMatch(r -> r.rule().equals("UnencryptedSensitiveData")),
        () -> Raised.all(context).toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  @Test
  void aModuleWithoutJavaFilesIsNotAnalysed() {
    SensorContextTester context = SensorContextTester.create(tmp);
    sensor.execute(context);
    assertFalse(totals.reported());
    assertEquals(List.of(), uiWarnings);
  }

  private Path report(String json) throws IOException {
    return Files.writeString(Files.createTempFile(tmp, "report", ".json"), json);
  }

  static String finding(String rule, String file, int line, String message) {
    return """
        {"rule": "%s", "severity": "MINOR", "message": "%s", "location": {"file": "%s", "line": %d, "column": 1},
         "path": [], "fingerprint": "f"}""".formatted(rule, message, file, line);
  }

  /**
   * Strict both ways: each marker needs its issue (at its line in an indexed file, or on the project with
   * the file and line in front of the message), and each issue its marker.
   */
  static void assertMatchMarkers(List<Markers.Expected> expected, List<Raised> raised) {
    List<Raised> unexpected = new ArrayList<>(raised);
    List<Markers.Expected> missing = new ArrayList<>();
    for (Markers.Expected e : expected) {
      Raised match = unexpected.stream().filter(r -> r.rule().equals(e.rule()) && matchesPlace(r, e)
          && (e.messagePart() == null || r.message().contains(e.messagePart()))).findFirst().orElse(null);
      if (match == null) {
        missing.add(e);
      } else {
        unexpected.remove(match);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder m = new StringBuilder("issues do not match the markers");
      missing.forEach(e -> m.append("\n  missing:    ").append(e));
      unexpected.forEach(r -> m.append("\n  unexpected: ").append(r));
      fail(m.toString());
    }
  }

  private static boolean matchesPlace(Raised r, Markers.Expected e) {
    return r.file().equals(Raised.PROJECT)
        ? r.message().startsWith(e.file() + ":" + e.line() + ": ")
        : r.file().equals(e.file()) && r.line() == e.line();
  }
}
