package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.sensor.internal.DefaultSensorDescriptor;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.measures.Metric;

/** The project measures: what they count, counted once per analysis whatever the number of modules. */
class MeasuresTest {
  @TempDir Path tmp;

  private final ProjectTotals totals = new ProjectTotals();

  @Test
  void countsPersonalInfoFieldsDeclaredInCodeAndCatalog() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src/main/java/demo"));
    Files.writeString(src.resolve("Customer.java"), """
        package demo;

        import dev.datawarden.annotations.PersonalInfo;
        import dev.datawarden.annotations.PersonalInfoCategory;
        import dev.datawarden.annotations.Sensitive;
        import dev.datawarden.annotations.SensitiveCategory;

        @PersonalInfo(retention = "P1Y")
        public class Customer {
          @PersonalInfo(category = PersonalInfoCategory.NAME, purposes = "account")
          private String name;

          // declared twice, counted once
          @PersonalInfo(category = PersonalInfoCategory.ID_NUMBER, purposes = "kyc")
          @Sensitive(value = SensitiveCategory.OTHER, purposes = "kyc")
          private String idNumber;

          private String notPersonal;

          public void rename(@PersonalInfo(category = PersonalInfoCategory.NAME, purposes = "account") String n) {
            name = n;
          }
        }
        """);
    Files.writeString(tmp.resolve("datawarden.yml"), """
        personalInfo:
          - field: "demo.Crm#mobile"
            category: PHONE
            purposes: [support]
            retention: P1Y
        """);
    SensorContextTester context = Fixtures.context(tmp, tmp.resolve("src"));
    context.settings().setProperty(JavaClasspath.LIBRARIES, String.join(",", Fixtures.classpath()));
    new DataWardenSensor(totals, w -> { }).execute(context);
    new MeasuresSensor(totals).execute(context);

    // name, idNumber and the catalog's Crm.mobile: not the type, not the parameter, idNumber once
    assertEquals(3, measure(context, DataWardenMetrics.PI_FIELDS));
    assertEquals(0, measure(context, DataWardenMetrics.CROSS_BORDER_FLOWS));
    assertEquals(0, measure(context, DataWardenMetrics.UNLOGGED_TRANSFERS));
  }

  @Test
  void countsCrossBorderFlowsAndUnloggedTransfersOnceAcrossModules() throws IOException {
    String findings = String.join(",",
        DataWardenSensorTest.finding("CrossBorderWithoutBasis", "src/A.java", 3, "to SG"),
        DataWardenSensorTest.finding("ImportantDataExportWithoutAssessment", "src/A.java", 9, "to US"),
        DataWardenSensorTest.finding("CrossBorderWithoutBasis", "../datawarden.yml", 4, "catalogued"),
        DataWardenSensorTest.finding("UnloggedTransfer", "src/B.java", 5, "no log"),
        DataWardenSensorTest.finding("MissingRetentionPeriod", "src/B.java", 7, "not counted"));
    Path report = Files.writeString(tmp.resolve("report.json"), """
        {"formatVersion": 1, "findings": [%s], "problems": [], "declarations": [
          {"role": "personalInfo", "targetKind": "FIELD", "target": "a.B#c"},
          {"role": "sensitive", "targetKind": "FIELD", "target": "a.B#c"},
          {"role": "sensitive", "targetKind": "FIELD", "target": "a.B#d"},
          {"role": "personalInfo", "targetKind": "TYPE", "target": "a.B"},
          {"role": "personalInfo", "targetKind": "PARAMETER", "target": "a.B#m(java.lang.String)#0"},
          {"role": "importantData", "targetKind": "FIELD", "target": "a.B#e"}]}""".formatted(findings));
    // two modules side by side, both importing the same report: the catalog above them is shared
    for (String module : List.of("one", "two")) {
      Path dir = Files.createDirectories(tmp.resolve("project").resolve(module));
      SensorContextTester context = SensorContextTester.create(dir);
      context.settings().setProperty(DataWardenProperties.REPORT_PATHS, report.toString());
      new DataWardenSensor(totals, w -> { }).execute(context);
    }
    SensorContextTester project = SensorContextTester.create(tmp.resolve("project"));
    new MeasuresSensor(totals).execute(project);

    assertEquals(2, measure(project, DataWardenMetrics.PI_FIELDS));
    // per module: two in its own files; the catalog's is the same file for both
    assertEquals(5, measure(project, DataWardenMetrics.CROSS_BORDER_FLOWS));
    assertEquals(2, measure(project, DataWardenMetrics.UNLOGGED_TRANSFERS));
  }

  // contract: the measures count rules by their tags, which name the rules the key prefixes named before
  @Test
  void theMeasuresCountTheTaggedRules() {
    List<String> keys = dev.datawarden.analyzer.Analyzer.rules().stream()
        .map(dev.datawarden.analyzer.rule.RuleMetadata::key).toList();
    assertEquals(List.of("CrossBorderScopeExceeded", "CrossBorderWithoutBasis", "ImportantDataExportWithoutAssessment"),
        keys.stream().filter(ProjectTotals::isCrossBorder).sorted().toList());
    assertEquals(List.of("UnloggedTransfer"), keys.stream().filter(ProjectTotals::isUnloggedTransfer).toList());
  }

  @Test
  void nothingIsSavedWhenNoModuleReported() {
    SensorContextTester context = SensorContextTester.create(tmp);
    new MeasuresSensor(totals).execute(context);
    assertNull(context.measure(context.project().key(), DataWardenMetrics.PI_FIELDS));
  }

  @Test
  void theMeasuresSensorRunsOncePerProject() {
    DefaultSensorDescriptor descriptor = new DefaultSensorDescriptor();
    new MeasuresSensor(totals).describe(descriptor);
    assertEquals("DataWarden measures", descriptor.name());
    assertTrue(descriptor.languages().isEmpty());
  }

  @Test
  void metricsAreInTheDataWardenDomain() {
    List<Metric> metrics = new DataWardenMetrics().getMetrics();
    assertEquals(List.of("datawarden_pi_fields", "datawarden_cross_border_flows", "datawarden_unlogged_transfers"),
        metrics.stream().map(Metric::getKey).toList());
    metrics.forEach(m -> assertEquals("DataWarden", m.getDomain()));
    metrics.forEach(m -> assertEquals(Metric.ValueType.INT, m.getType()));
  }

  private static int measure(SensorContextTester context, Metric<Integer> metric) {
    var measure = context.<Integer>measure(context.project().key(), metric);
    return measure == null ? -1 : measure.value();
  }
}
