package dev.datawarden.analyzer.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.report.JsonReport;
import dev.datawarden.analyzer.report.SarifReport;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reports list every suppression and what it silenced. */
class SuppressionReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static AnalysisResult resultWithASuppression() {
    Finding kept = new Finding("MissingRetentionPeriod", Severity.MINOR, "kept", new Location("A.java", 3, 1), List.of());
    Finding silenced = new Finding("MissingRetentionPeriod", Severity.MINOR, "silenced", new Location("A.java", 9, 1),
        List.of());
    Suppression s = new Suppression("MissingRetentionPeriod", new Location("A.java", 8, 3), "A.mobile", 8, 10,
        List.of(silenced));
    return new AnalysisResult(List.of(kept), List.of("A.java"), List.of(), true, List.of(), Map.of(), List.of(s));
  }

  @Test
  void sarifMarksSilencedFindingsAsSuppressedInSource() throws Exception {
    JsonNode sarif = JSON.readTree(SarifReport.render(resultWithASuppression()));
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    assertEquals(Set.of(), schema.validate(sarif));
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertEquals(2, results.size());
    assertEquals("kept", results.get(0).get("message").get("text").asText());
    JsonNode suppressed = results.get(1);
    assertEquals("silenced", suppressed.get("message").get("text").asText());
    assertEquals("inSource", suppressed.get("suppressions").get(0).get("kind").asText());
  }

  @Test
  void jsonListsSuppressionsWithTheirFindings() throws Exception {
    JsonNode json = JSON.readTree(JsonReport.render(resultWithASuppression()));
    assertEquals(1, json.get("findings").size());
    JsonNode s = json.get("suppressions").get(0);
    assertEquals("MissingRetentionPeriod", s.get("rule").asText());
    assertEquals("A.mobile", s.get("element").asText());
    assertEquals(8, s.get("location").get("line").asInt());
    assertEquals("silenced", s.get("suppressedFindings").get(0).get("message").asText());
  }
}
