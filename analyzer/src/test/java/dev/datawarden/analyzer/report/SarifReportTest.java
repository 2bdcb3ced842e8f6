package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static AnalysisResult sampleResult() {
    Finding onDeclaration = new Finding("MissingRetentionPeriod", Severity.MINOR,
        "personal information User.mobile (PHONE) declares no retention period (Art. 21(iii))",
        new Location("src/main/java/a/User.java", 12, 3), List.of());
    Finding withPath = new Finding("InvalidAnnotation", Severity.MAJOR, "a <script>alert(1)</script> message",
        new Location("src/main/java/a/Sms.java", 40, 9),
        List.of(new PathStep(new Location("src/main/java/a/User.java", 12, 3), "read User.mobile"),
            new PathStep(new Location("src/main/java/a/Sms.java", 40, 9), "sent to SmsClient.send()")));
    Problem problem = new Problem(Problem.Kind.UNPARSEABLE_FILE, new Location("src/main/java/a/Broken.java", 3, 0),
        "does not parse");
    Problem noClasspath = new Problem(Problem.Kind.NO_CLASSPATH, new Location("<classpath>", 0, 0), "no class path");
    return new AnalysisResult(List.of(withPath, onDeclaration), List.of("src/main/java/a/User.java"),
        List.of(problem, noClasspath), false, List.of());
  }

  @Test
  void filesOfOtherModulesAreRelativeToTheReactorRoot() throws Exception {
    PathStep upstream = new PathStep(new Location("/build/shop/core/src/main/java/Member Entity.java", 9, 0), "read Member.phone");
    Finding f = new Finding("PersonalInfoLogged", Severity.CRITICAL, "m", new Location("src/main/java/Web.java", 3, 0),
        List.of(upstream));
    JsonNode sarif = new ObjectMapper().readTree(SarifReport.render(
        new AnalysisResult(List.of(f), List.of("src/main/java/Web.java"), List.of(), true, List.of()),
        java.nio.file.Path.of("/build/shop")));
    JsonNode step = sarif.at("/runs/0/results/0/codeFlows/0/threadFlows/0/locations/0/location/physicalLocation/artifactLocation");
    assertEquals("core/src/main/java/Member%20Entity.java", step.get("uri").asText());
    assertEquals(SarifReport.REACTOR_ROOT, step.get("uriBaseId").asText());
    assertTrue(sarif.at("/runs/0/originalUriBaseIds").has(SarifReport.REACTOR_ROOT));
    JsonNode own = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals("%SRCROOT%", own.get("uriBaseId").asText());
  }

  // contract: the path's labels are written in the report's language; rule ids and fingerprints do not change
  @Test
  void pathLabelsAreInTheReportLanguage() throws Exception {
    PathStep read = new PathStep(new Location("src/main/java/a/User.java", 12, 3), "read User.mobile (PHONE)");
    PathStep passed = new PathStep(new Location("src/main/java/a/Sms.java", 40, 9), "passed to SmsClient.send()");
    Finding f = new Finding("PersonalInfoLogged", Severity.CRITICAL, "m", new Location("src/main/java/a/Sms.java", 40, 9),
        List.of(read, passed));
    AnalysisResult result = new AnalysisResult(List.of(f), List.of("src/main/java/a/Sms.java"), List.of(), true,
        List.of());
    String steps = "/runs/0/results/0/codeFlows/0/threadFlows/0/locations";
    JsonNode english = new ObjectMapper().readTree(SarifReport.render(result, java.util.Locale.ENGLISH));
    JsonNode chinese = new ObjectMapper().readTree(SarifReport.render(result, java.util.Locale.SIMPLIFIED_CHINESE));
    assertEquals("read User.mobile (PHONE)", english.at(steps + "/0/location/message/text").asText());
    assertEquals("读取 User.mobile (PHONE)", chinese.at(steps + "/0/location/message/text").asText());
    assertEquals("传入 SmsClient.send()", chinese.at(steps + "/1/location/message/text").asText());
    assertEquals(english.at("/runs/0/results/0/ruleId"), chinese.at("/runs/0/results/0/ruleId"));
    assertEquals(english.at("/runs/0/results/0/partialFingerprints"), chinese.at("/runs/0/results/0/partialFingerprints"));

    JsonNode json = new ObjectMapper().readTree(JsonReport.render(result, java.util.Locale.SIMPLIFIED_CHINESE));
    assertEquals("读取 User.mobile (PHONE)", json.at("/findings/0/path/0/label").asText());
    assertEquals(new ObjectMapper().readTree(JsonReport.render(result)).at("/findings/0/fingerprint"),
        json.at("/findings/0/fingerprint"));
    assertEquals("read User.mobile (PHONE)",
        new ObjectMapper().readTree(JsonReport.render(result)).at("/findings/0/path/0/label").asText());
  }

  @Test
  void fileNamesAreUrisPerRfc3986AndReadBack() throws Exception {
    assertEquals("src/My%20Order%231%25%3Cx%3E.java", SarifReport.uri("src/My Order#1%<x>.java"));
    assertEquals("%E4%B8%AD%E6%96%87/A.java", SarifReport.uri("中文/A.java"));
    assertEquals("a%3Ab/c:d.java", SarifReport.uri("a:b/c:d.java")); // a first-segment colon would read as a scheme
    assertEquals("file:///work/core/src/Entity%20Copy.java", SarifReport.uri("/work/core/src/Entity Copy.java"));
    for (String name : List.of("src/My Order#1%<x>.java", "中文/A.java", "a:b/c:d.java", "/work/core/E C.java",
        "src/Name\u001b[31m.java")) {
      String uri = SarifReport.uri(name);
      assertEquals(name, SarifReport.path(uri));
      new java.net.URI(uri); // a valid URI reference: throws otherwise
    }
    Finding f = new Finding("PersonalInfoLogged", Severity.CRITICAL, "m", new Location("src/a b#c.java", 3, 0), List.of());
    JsonNode sarif = new ObjectMapper().readTree(SarifReport.render(
        new AnalysisResult(List.of(f), List.of("src/a b#c.java"), List.of(), true, List.of())));
    JsonNode artifact = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals("src/a%20b%23c.java", artifact.get("uri").asText());
    assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
  }

  @Test
  void validAgainstTheOfficialSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode sarif = JSON.readTree(SarifReport.render(sampleResult()));
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertEquals(Set.of(), errors);
    // contract: the schema check itself bites on a broken document
    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif).put("version", "2.0.0");
    assertTrue(!schema.validate(sarif).isEmpty());
  }

  @Test
  void carriesRulesResultsFlowsAndFingerprints() throws Exception {
    JsonNode run = JSON.readTree(SarifReport.render(sampleResult())).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode retention = null;
    for (JsonNode r : rules) {
      if (r.get("id").asText().equals("MissingRetentionPeriod")) {
        retention = r;
      }
    }
    assertEquals("note", retention.get("defaultConfiguration").get("level").asText());
    assertEquals("3.0", retention.get("properties").get("security-severity").asText());
    assertTrue(retention.get("properties").get("tags").toString().contains("art-21"));

    JsonNode results = run.get("results");
    assertEquals(2, results.size());
    JsonNode first = results.get(0); // ordered by location: Sms.java before User.java
    assertEquals("InvalidAnnotation", first.get("ruleId").asText());
    assertEquals("InvalidAnnotation", rules.get(first.get("ruleIndex").asInt()).get("id").asText());
    assertEquals("warning", first.get("level").asText());
    JsonNode region = first.get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(40, region.get("startLine").asInt());
    JsonNode steps = first.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
    assertEquals(2, steps.size());
    assertEquals("read User.mobile", steps.get(0).get("location").get("message").get("text").asText());
    assertTrue(first.get("partialFingerprints").get("datawarden/v2").asText().matches("[0-9a-f]{32}"));
    assertTrue(results.get(1).path("codeFlows").isMissingNode(), "no code flow without a path");

    JsonNode notifications = run.get("invocations").get(0).get("toolExecutionNotifications");
    assertEquals(2, notifications.size());
  }

  @Test
  void fingerprintsSurviveLineMoves() {
    Finding a = new Finding("R", Severity.MAJOR, "m", new Location("F.java", 10, 1), List.of());
    Finding b = new Finding("R", Severity.MAJOR, "m", new Location("F.java", 99, 5), List.of());
    Finding c = new Finding("R", Severity.MAJOR, "other", new Location("F.java", 10, 1), List.of());
    assertEquals(Fingerprints.of(a), Fingerprints.of(b));
    assertTrue(!Fingerprints.of(a).equals(Fingerprints.of(c)));
  }

  // contract: a finding standing for several paths to one sink call has one code flow per path, the
  // first path first, and the JSON report carries them too and reads them back
  @Test
  void everyPathOfAFindingIsACodeFlow() throws Exception {
    Location sink = new Location("src/main/java/Shop.java", 7, 5);
    List<PathStep> phone = List.of(new PathStep(new Location("src/main/java/Member.java", 3, 3), "read Member.phone"),
        new PathStep(sink, "reaches Repo.save()"));
    List<PathStep> email = List.of(new PathStep(new Location("src/main/java/Member.java", 4, 3), "read Member.email"),
        new PathStep(sink, "reaches Repo.save()"));
    Finding f = new Finding("MissingConsentCheck", Severity.CRITICAL, "Member.phone (PHONE), Member.email (EMAIL) reach",
        sink, phone, "Repo.save() in Shop.save()", List.of(email));
    AnalysisResult result = new AnalysisResult(List.of(f), List.of("src/main/java/Shop.java"), List.of(), true, List.of());

    JsonNode flows = JSON.readTree(SarifReport.render(result)).at("/runs/0/results/0/codeFlows");
    assertEquals(2, flows.size());
    assertEquals("read Member.email", flows.at("/1/threadFlows/0/locations/0/location/message/text").asText());
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in)
          .validate(JSON.readTree(SarifReport.render(result))));
    }
    Path file = Files.createTempFile("datawarden", ".json");
    try {
      Files.writeString(file, JsonReport.render(result));
      assertEquals(List.of(phone, email), JsonReport.read(file).findings().get(0).paths());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void sameInputGivesIdenticalBytes() {
    assertEquals(SarifReport.render(sampleResult()), SarifReport.render(sampleResult()));
    assertEquals(JsonReport.render(sampleResult()), JsonReport.render(sampleResult()));
  }
}
