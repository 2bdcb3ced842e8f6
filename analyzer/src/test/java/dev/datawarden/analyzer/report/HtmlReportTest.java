package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.suppression.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  static final String SCRIPT = "<script>document.title='pwned'</script>";

  /** Findings with and without paths, declarations of each kind, a suppression and a hostile string. */
  static AnalysisResult flowResult() {
    Location mobileAt = new Location("src/main/java/shop/Member.java", 12, 3);
    Declaration mobile = new Declaration(Role.PERSONAL_INFO, Target.field("shop.Member", "mobile"),
        Map.of("category", "PHONE", "purposes", List.of("login"), "retention", "P3Y", "necessary", true),
        Set.of("category"), mobileAt, Declaration.Origin.SOURCE);
    Declaration health = new Declaration(Role.SENSITIVE, Target.field("shop.Member", "health"),
        Map.of("value", "MEDICAL_HEALTH", "purposes", List.of(), "retention", "P1Y"),
        Set.of("value"), new Location("src/main/java/shop/Member.java", 15, 3), Declaration.Origin.SOURCE);
    Declaration sms = new Declaration(Role.THIRD_PARTY_TRANSFER, Target.method("shop.Sms", "send", null),
        Map.of("recipient", "Aliyun SMS " + SCRIPT, "agreement", "", "purposes", List.of()),
        Set.of("recipient"), new Location("src/main/java/shop/Sms.java", 7, 3), Declaration.Origin.SOURCE);
    Declaration abroad = new Declaration(Role.CROSS_BORDER, Target.method("shop.Ship", "export", null),
        Map.of("destination", List.of("SG"), "basis", "STANDARD_CONTRACT", "categories", List.of("PHONE", "ADDRESS"),
            "assessmentRef", "SC-1", "purposes", List.of("delivery")),
        Set.of("destination"), new Location("src/main/java/shop/Ship.java", 9, 3), Declaration.Origin.SOURCE);
    Declaration consent = new Declaration(Role.CONSENT_CHECK, Target.method("shop.Consents", "granted", null),
        Map.of("purposes", List.of("marketing"), "separate", false, "guardian", false),
        Set.of(), new Location("src/main/java/shop/Consents.java", 5, 3), Declaration.Origin.SOURCE);
    Declaration mask = new Declaration(Role.ANONYMIZES, Target.method("shop.Masks", "mask", null),
        Map.of(), Set.of(), new Location("src/main/java/shop/Masks.java", 5, 3), Declaration.Origin.SOURCE);

    Finding logged = new Finding("InvalidAnnotation", Severity.MAJOR, "Member.mobile (PHONE) logged: " + SCRIPT,
        new Location("src/main/java/shop/Orders.java", 40, 9),
        List.of(new PathStep(new Location("src/main/java/shop/Orders.java", 38, 9), "read Member.mobile (PHONE)"),
            new PathStep(new Location("src/main/java/shop/Orders.java", 39, 9), "passed to Masks.mask()"),
            new PathStep(new Location("src/main/java/shop/Orders.java", 40, 9), "reaches Logger.info()")));
    Finding sent = new Finding("MissingRetentionPeriod", Severity.MINOR, "sent to Sms.send() (Art. 21(iii))",
        new Location("src/main/java/shop/Orders.java", 50, 9),
        List.of(new PathStep(mobileAt, "Member.mobile (PHONE) declared"),
            new PathStep(new Location("src/main/java/shop/Orders.java", 50, 9), "reaches Sms.send()")));
    Finding plain = new Finding("MissingRetentionPeriod", Severity.MINOR, "no retention",
        new Location("src/main/java/shop/Member.java", 20, 3), List.of());
    Finding silenced = new Finding("MissingRetentionPeriod", Severity.MINOR, "silenced one",
        new Location("src/main/java/shop/Member.java", 30, 3), List.of());
    Suppression suppression = new Suppression("MissingRetentionPeriod", new Location("src/main/java/shop/Member.java", 29, 3),
        "Member.nickname", 29, 31, List.of(silenced));
    return new AnalysisResult(List.of(logged, sent, plain), List.of("src/main/java/shop/Member.java"), List.of(), true,
        List.of(mobile, health, sms, abroad, consent, mask), Map.of("model", 5L), List.of(suppression));
  }

  @Test
  void escapesEverythingFromTheAnalysedCode() {
    String html = HtmlReport.render(flowResult(), "shop " + SCRIPT);
    assertFalse(html.contains("<script"), "no script element, from the code or otherwise");
    assertTrue(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"), html);
    assertTrue(html.contains("Content-Security-Policy"));
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
        "no external resource");
  }

  @Test
  void groupsFindingsByArticleAndSeverityWithTheirPaths() {
    String html = HtmlReport.render(flowResult(), "shop");
    int art21 = html.indexOf("<h3>Article 21</h3>");
    int vocabulary = html.indexOf("<h3>No article: use of DataWarden");
    assertTrue(art21 > 0 && vocabulary > art21, "articles in order, the vocabulary last");
    assertTrue(html.contains("<span class=\"loc\">src/main/java/shop/Orders.java:39</span> passed to Masks.mask()"));
    assertTrue(html.contains("Member.nickname"), "suppressions listed");
    assertTrue(html.contains("silenced one"));
  }

  @Test
  void drawsTheFlowsFromSourcesThroughControlPointsToSinks() {
    FlowMap map = FlowMap.of(flowResult());
    List<String> labels = map.getNodes().stream().map(n -> n.kind() + ":" + n.label()).toList();
    assertTrue(labels.contains("source:PHONE"), labels.toString());
    assertFalse(labels.contains("source:MEDICAL_HEALTH"), "only categories that flow are drawn: " + labels);
    assertTrue(labels.contains("source:ADDRESS"), "a category a cross-border transfer declares: " + labels);
    assertTrue(labels.contains("control:@Anonymizes Masks.mask()"), labels.toString());
    assertTrue(labels.contains("sink:Logger.info()"), "a sink known only from a path: " + labels);
    assertTrue(labels.contains("sink:Third party: Aliyun SMS " + SCRIPT), labels.toString());
    assertTrue(labels.contains("sink:Abroad: SG (STANDARD_CONTRACT)"), labels.toString());

    List<String> edges = map.getEdges().stream().map(e -> {
      String from = map.getNodes().stream().filter(n -> n.id().equals(e.from())).findFirst().orElseThrow().label();
      String to = map.getNodes().stream().filter(n -> n.id().equals(e.to())).findFirst().orElseThrow().label();
      return from + (e.flagged() ? " => " : " -> ") + to;
    }).sorted().toList();
    // category -> recipient directly, through the control points a path passes
    assertEquals(List.of(
        "@Anonymizes Masks.mask() => Logger.info()",
        "ADDRESS -> Abroad: SG (STANDARD_CONTRACT)",
        "PHONE -> Abroad: SG (STANDARD_CONTRACT)",
        "PHONE => @Anonymizes Masks.mask()",
        "PHONE => Third party: Aliyun SMS " + SCRIPT), edges);
    assertEquals(List.of("PHONE"), map.getMatrix().columns());
    assertEquals(List.of(new FlowMap.MatrixRow("Logger.info()", List.of(1)),
        new FlowMap.MatrixRow("Third party: Aliyun SMS " + SCRIPT, List.of(1))), map.getMatrix().rows());

    String html = HtmlReport.render(flowResult(), "shop");
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"flow-map\""));
    assertTrue(html.contains("class=\"edge flagged\""));
    assertTrue(html.contains("id=\"matrix\""));
  }

  // contract: 30 categories and 40 recipients still give one box each, full labels, and a picture as wide as the page
  @Test
  void aLargeCodeBaseStaysLegible() {
    List<Finding> findings = new java.util.ArrayList<>();
    List<Declaration> declarations = new java.util.ArrayList<>();
    for (int r = 0; r < 40; r++) {
      declarations.add(new Declaration(Role.THIRD_PARTY_TRANSFER, Target.method("shop.Vendor" + r, "sendEverythingToTheVendor", null),
          Map.of("recipient", "Vendor number " + r + " with a rather long registered company name", "agreement", "",
              "purposes", List.of()),
          Set.of("recipient"), new Location("src/main/java/shop/Vendor" + r + ".java", 3, 3), Declaration.Origin.SOURCE));
    }
    for (int c = 0; c < 30; c++) {
      for (int r = c % 4; r < 40; r += 4) {
        Location at = new Location("src/main/java/shop/Flow" + c + ".java", 10 + r, 5);
        findings.add(new Finding("TransferWithoutAgreement", Severity.MAJOR, "category " + c + " to " + r, at,
            List.of(new PathStep(at, "read Holder" + c + ".field (CATEGORY_" + c + ")"),
                new PathStep(at, "reaches Vendor" + r + ".sendEverythingToTheVendor()"))));
      }
    }
    AnalysisResult result = new AnalysisResult(findings, List.of(), List.of(), true, declarations);
    FlowMap map = FlowMap.of(result);
    assertEquals(30, map.getNodes().stream().filter(n -> n.kind().equals("source")).count());
    assertEquals(40, map.getNodes().stream().filter(n -> n.kind().equals("sink")).count(), "one box per sink method");
    for (FlowMap.Node n : map.getNodes()) {
      assertEquals(n.label().replace(" ", ""), String.join("", n.getLines()).replace(" ", ""), "not cut: " + n.label());
    }
    assertEquals(FlowMap.WIDTH, map.getWidth());
    assertEquals(40, map.getMatrix().rows().size());
    assertEquals(30, map.getMatrix().columns().size());
    String html = HtmlReport.render(result, "large");
    assertTrue(html.contains("<div class=\"scroll\"><table id=\"matrix\""), "the matrix scrolls inside the page");
  }

  // contract: labels are wrapped at the box's width, never cut
  @Test
  void longLabelsAreWrappedNotCut() {
    String label = "ConsentService.hasMarketingConsentForTheMemberAndChannel()";
    List<String> lines = FlowMap.wrap(label, FlowMap.LABEL_UNITS);
    assertTrue(lines.size() > 1, lines.toString());
    assertEquals(label, String.join("", lines));
    List<String> chinese = FlowMap.wrap("第三方：阿里云短信服务（中国大陆）与物流合作伙伴的数据交换接口", FlowMap.LABEL_UNITS);
    assertTrue(chinese.size() > 1 && chinese.stream().allMatch(l -> l.length() <= FlowMap.LABEL_UNITS / 2 + 1),
        chinese.toString());
  }

  // contract: each finding is printed once, as a card under its rule, whatever the number of articles it cites
  @Test
  void everyFindingIsOneCard() {
    for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
      AnalysisResult result = flowResult();
      String html = HtmlReport.render(result, "shop", locale);
      for (Finding f : result.findings()) {
        String card = "<div class=\"finding " + f.severity() + "\" id=\"" + DataLists.reference(f) + "\">";
        assertEquals(html.indexOf(card), html.lastIndexOf(card), "once: " + card);
        assertTrue(html.indexOf(card) > 0, "printed: " + card);
      }
      assertTrue(html.indexOf("id=\"by-rule\"") < html.indexOf("id=\"flow-map\""), "the summary comes first");
      assertTrue(html.contains("<a href=\"#" + DataLists.reference(result.findings().get(0)) + "\""),
          "the article index links to the cards");
    }
  }

  @Test
  void rendersInChinese() {
    String html = HtmlReport.render(flowResult(), "shop", java.util.Locale.SIMPLIFIED_CHINESE);
    assertTrue(html.contains("<html lang=\"zh-CN\">"), html);
    assertTrue(html.contains("<h1>DataWarden 报告：shop</h1>"));
    assertTrue(html.contains("<h2>概要</h2>"));
    assertTrue(html.contains("<h3>第二十一条</h3>"), "articles cited as the regulation numbers them");
    assertTrue(html.contains("个人信息未声明保存期限"), "rule titles in Chinese");
    assertFalse(html.contains("Findings by rule"));
  }

  @Test
  void anEmptyResultStillRenders() {
    String html = HtmlReport.render(new AnalysisResult(List.of(), List.of(), List.of(), true, List.of()), "empty");
    assertTrue(html.contains("No findings."));
    assertTrue(html.contains("No declared data"));
  }

  @Test
  void sameInputGivesIdenticalBytes(@TempDir Path dir) throws Exception {
    HtmlReport.write(flowResult(), "shop", dir.resolve("a.html"));
    HtmlReport.write(flowResult(), "shop", dir.resolve("b.html"));
    assertEquals(-1L, Files.mismatch(dir.resolve("a.html"), dir.resolve("b.html")));
  }
}
