package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listsCategoriesWithPurposesRetentionCrossBorderAndDeletion() throws Exception {
    JsonNode json = JSON.readTree(InventoryReport.renderJson(HtmlReportTest.flowResult()));
    JsonNode phone = null;
    for (JsonNode c : json.get("personalInformation")) {
      if (c.get("name").asText().equals("PHONE")) {
        phone = c;
      }
    }
    assertEquals("[\"login\"]", phone.get("purposes").toString());
    assertEquals("[\"P3Y\"]", phone.get("retentions").toString());
    assertEquals("[\"SG (STANDARD_CONTRACT) by Ship.export()\"]", phone.get("crossBorder").toString());
    assertEquals("Member.mobile", phone.get("declarations").get(0).get("element").asText());
    assertEquals("src/main/java/shop/Member.java:12", phone.get("declarations").get(0).get("location").asText());
    assertEquals("sensitive MEDICAL_HEALTH", json.get("personalInformation").get(1).get("name").asText());
    assertEquals(1, json.get("recipients").size());
    assertEquals(1, json.get("crossBorderTransfers").size());
    assertEquals("SC-1", json.get("crossBorderTransfers").get(0).get("attributes").get("assessmentRef").asText());
  }

  @Test
  void typeLevelDeclarationsApplyToTheFieldsTheyCover(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("t"));
    Files.writeString(src.resolve("t/Parcel.java"), """
        package t;
        import dev.datawarden.annotations.*;
        @PersonalInfo(category = PersonalInfoCategory.ADDRESS, purposes = "delivery", retention = "P1Y")
        public class Parcel { private String street; private String city; }
        """);
    Files.writeString(src.resolve("t/Form.java"), """
        package t;
        import dev.datawarden.annotations.*;
        @PersonalInfo(purposes = "account", retention = "P30D")
        public class Form {
          @PersonalInfo(category = PersonalInfoCategory.NAME, purposes = "account") private String name;
          private String token;
        }
        """);
    Files.writeString(src.resolve("t/Lead.java"), "package t;\npublic class Lead { String phone; String email; }\n");
    Path catalog = dir.resolve("datawarden.yml");
    Files.writeString(catalog, """
        personalInfo:
          - type: t.Lead
            category: PHONE
            purposes: [marketing]
            retention: P2Y
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(src).addCatalog(catalog)
        .baseDirectory(dir).build());
    JsonNode json = JSON.readTree(InventoryReport.renderJson(result));
    assertEquals("[Parcel.street field P1Y, Parcel.city field P1Y]", items(json, "ADDRESS"),
        "an annotated type without declared fields: every field");
    assertEquals("[Lead.phone field P2Y, Lead.email field P2Y]", items(json, "PHONE"), "a catalog type entry");
    assertEquals("[Form.name field P30D]", items(json, "NAME"), "a declared field takes its type's retention");
    String html = InventoryReport.renderHtml(result, "t");
    assertTrue(html.contains("Parcel.city <span class=\"none\">(field)</span>"), html);
  }

  // contract: a retention that is no ISO-8601 duration is marked invalid in both languages, never listed as valid
  @Test
  void anInvalidRetentionIsMarkedInvalid(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("t"));
    Files.writeString(src.resolve("t/Member.java"), """
        package t;
        import dev.datawarden.annotations.*;
        public class Member {
          @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "account", retention = "3 years")
          private String phone;
          @PersonalInfo(category = PersonalInfoCategory.EMAIL, purposes = "account", retention = "P3Y")
          private String email;
        }
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(src).baseDirectory(dir).build());
    String english = InventoryReport.renderHtml(result, "t", java.util.Locale.ENGLISH);
    assertTrue(english.contains("<strong class=\"invalid\">invalid: 3 years</strong>"), english);
    // contract: in the category's summary as in its table of declarations
    assertFalse(english.contains("<td>3 years</td>"), english);
    assertTrue(english.contains("<th>Retention</th><td><strong class=\"invalid\">invalid: 3 years</strong></td>"),
        english);
    assertTrue(english.contains("<td>P3Y</td>"), english);
    String chinese = InventoryReport.renderHtml(result, "t", java.util.Locale.SIMPLIFIED_CHINESE);
    assertTrue(chinese.contains("<strong class=\"invalid\">无效：3 years</strong>"), chinese);
    assertFalse(chinese.contains("<td>3 years</td>"), chinese);
  }

  // contract: each datum's legal basis is shown, its own or else its type's, CONSENT when none is written,
  // in both languages
  @Test
  void eachDatumShowsItsLegalBasis(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("t"));
    Files.writeString(src.resolve("t/LoginLog.java"), """
        package t;
        import dev.datawarden.annotations.*;
        @PersonalInfo(retention = "P6M", legalBasis = LegalBasis.LEGAL_DUTY)
        public class LoginLog {
          @PersonalInfo(category = PersonalInfoCategory.IP_ADDRESS) private String ip;
          @PersonalInfo(category = PersonalInfoCategory.PHONE, legalBasis = LegalBasis.CONTRACT) private String phone;
          @PersonalInfo(category = PersonalInfoCategory.EMAIL) private String email;
        }
        """);
    Files.writeString(src.resolve("t/Lead.java"), """
        package t;
        import dev.datawarden.annotations.*;
        public class Lead { @PersonalInfo(category = PersonalInfoCategory.NAME, retention = "P1Y") String name; }
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(src).baseDirectory(dir).build());
    JsonNode json = JSON.readTree(InventoryReport.renderJson(result));
    assertEquals("[LoginLog.ip LEGAL_DUTY]", bases(json, "IP_ADDRESS"), "the type's basis");
    assertEquals("[LoginLog.phone CONTRACT]", bases(json, "PHONE"), "the field's own basis wins");
    assertEquals("[Lead.name CONSENT]", bases(json, "NAME"), "none written: consent");
    assertTrue(InventoryReport.renderHtml(result, "t").contains("a statutory duty or obligation (PIPL Art. 13(3))"));
    assertTrue(InventoryReport.renderHtml(result, "t", java.util.Locale.SIMPLIFIED_CHINESE)
        .contains("为履行法定职责或者法定义务所必需"));
  }

  private static String bases(JsonNode json, String name) {
    java.util.List<String> items = new java.util.ArrayList<>();
    for (JsonNode c : json.get("personalInformation")) {
      if (c.get("name").asText().equals(name)) {
        c.get("declarations").forEach(d -> items.add(d.get("element").asText() + " " + d.get("legalBasis").asText()));
      }
    }
    return items.toString();
  }

  /** The elements, kinds and retentions of the declarations of category {@code name}. */
  private static String items(JsonNode json, String name) {
    java.util.List<String> items = new java.util.ArrayList<>();
    for (JsonNode c : json.get("personalInformation")) {
      if (c.get("name").asText().equals(name)) {
        c.get("declarations").forEach(d -> items.add(d.get("element").asText() + " " + d.get("elementKind").asText()
            + " " + d.get("retention").asText()));
      }
    }
    return items.toString();
  }

  @Test
  void theSampleShopInventory(@TempDir Path dir) throws Exception {
    Path shop = Fixtures.sampleShop();
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(shop.resolve("src/main/java")).addCatalog(shop.resolve("datawarden.yml"))
        .baseDirectory(shop).build());
    InventoryReport.write(result, "sample shop", dir);
    JsonNode json = JSON.readTree(dir.resolve("datawarden-inventory.json").toFile());
    assertTrue(json.get("personalInformation").size() > 3, json.toString());
    assertTrue(json.get("recipients").size() > 0, "the SMS provider");
    assertTrue(json.get("crossBorderTransfers").size() > 0, "the payment provider abroad");
    String html = Files.readString(dir.resolve("datawarden-inventory.html"));
    assertTrue(html.contains("<h2>Personal information by category"));
    assertFalse(html.contains("<script"));
    String again = InventoryReport.renderHtml(result, "sample shop");
    assertEquals(html, again, "same input, same bytes");
  }

  @Test
  void escapesValuesFromTheCode() {
    String html = InventoryReport.renderHtml(HtmlReportTest.flowResult(), "shop");
    assertFalse(html.contains("<script"));
    assertTrue(html.contains("Aliyun SMS &lt;script&gt;"));
  }
}
