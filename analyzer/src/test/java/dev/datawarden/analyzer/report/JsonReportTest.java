package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datawarden.analyzer.AnalysisResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  @TempDir Path dir;

  @Test
  void holdsFindingsPathsProblemsAndSummary() throws Exception {
    JsonNode root = new ObjectMapper().readTree(JsonReport.render(SarifReportTest.sampleResult()));
    assertEquals(JsonReport.FORMAT_VERSION, root.get("formatVersion").asInt());
    assertFalse(root.get("classpathMode").asBoolean());
    assertEquals(1, root.get("summary").get("MAJOR").asInt());
    assertEquals(1, root.get("summary").get("MINOR").asInt());
    JsonNode finding = root.get("findings").get(0);
    assertEquals("InvalidAnnotation", finding.get("rule").asText());
    assertEquals("src/main/java/a/Sms.java", finding.get("location").get("file").asText());
    assertEquals(40, finding.get("location").get("line").asInt());
    assertEquals("sent to SmsClient.send()", finding.get("path").get(1).get("label").asText());
    assertEquals("UNPARSEABLE_FILE", root.get("problems").get(1).get("kind").asText());
    assertTrue(root.get("rules").size() >= 2);
  }

  @Test
  void writesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("out/datawarden.json");
    JsonReport.write(SarifReportTest.sampleResult(), target);
    JsonReport.write(SarifReportTest.sampleResult(), target); // replaces the existing file
    assertEquals(JsonReport.render(SarifReportTest.sampleResult()), Files.readString(target));
    try (var files = Files.list(target.getParent())) {
      assertEquals(1, files.count());
    }
  }

  // contract: what the report holds for importers reads back as it was written
  @Test
  void readsBackWhatItWrote() throws Exception {
    AnalysisResult result = SarifReportTest.sampleResult();
    Path file = dir.resolve("datawarden.json");
    JsonReport.write(result, file);

    JsonReport.Contents read = JsonReport.read(file);
    assertEquals(result.findings(), read.findings());
    assertEquals(result.problems(), read.problems());
    assertEquals(result.declarations().stream().map(d -> new JsonReport.DeclaredTarget(d.role().catalogKey(),
        d.target().kind().name(), d.target().toString())).toList(), read.declarations());
  }

  @Test
  void aMissingNewerOrBrokenReportIsRejectedWithItsName() throws Exception {
    Path newer = Files.writeString(dir.resolve("newer.json"), "{\"formatVersion\": 2, \"findings\": []}");
    Path none = Files.writeString(dir.resolve("none.json"), "{\"findings\": []}");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{ not json");
    assertEquals("DataWarden report " + newer + " has format version 2; this version of DataWarden reads version 1",
        assertThrows(IOException.class, () -> JsonReport.read(newer)).getMessage());
    assertTrue(assertThrows(IOException.class, () -> JsonReport.read(none)).getMessage().contains("format version none"));
    assertTrue(assertThrows(IOException.class, () -> JsonReport.read(broken)).getMessage()
        .startsWith("DataWarden report " + broken + " cannot be read: "));
    assertEquals("DataWarden report " + dir.resolve("missing.json") + " does not exist",
        assertThrows(IOException.class, () -> JsonReport.read(dir.resolve("missing.json"))).getMessage());
  }

  // contract: each front end shows a file it cannot read in its language
  @Test
  void aFileThatCannotBeReadIsToldInChinese() {
    IOException missing = assertThrows(IOException.class, () -> JsonReport.read(dir.resolve("missing.json")));
    assertEquals("DataWarden 报告 " + dir.resolve("missing.json") + " 不存在",
        WriteFailure.message(missing, java.util.Locale.SIMPLIFIED_CHINESE));
    IOException baseline = assertThrows(IOException.class, () -> Baseline.read(dir.resolve("none.json")));
    assertEquals("DataWarden 基线 " + dir.resolve("none.json") + " 不存在",
        WriteFailure.message(baseline, java.util.Locale.SIMPLIFIED_CHINESE));
  }

  // contract: a severity or problem kind of a newer version reads as MAJOR and INTERNAL, and the rest still reads
  @Test
  void unknownSeverityAndKindReadAsTheirDefaults() throws Exception {
    Path file = Files.writeString(dir.resolve("future.json"), """
        {"formatVersion": 1, "findings": [{"rule": "FutureRule", "severity": "SEVERE", "message": "m",
          "location": {"file": "A.java", "line": 3, "column": 1}, "path": [], "newField": true}],
         "problems": [{"kind": "FUTURE", "location": {"file": "B.java", "line": 1, "column": 0}, "message": "p"}]}""");
    JsonReport.Contents read = JsonReport.read(file);
    assertEquals(dev.datawarden.analyzer.api.Severity.MAJOR, read.findings().get(0).severity());
    assertEquals(dev.datawarden.analyzer.api.Problem.Kind.INTERNAL, read.problems().get(0).kind());
    assertEquals("B.java:1: p", read.problems().get(0).toString());
  }
}
