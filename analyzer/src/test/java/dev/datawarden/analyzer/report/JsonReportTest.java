package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
