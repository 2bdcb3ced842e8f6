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
