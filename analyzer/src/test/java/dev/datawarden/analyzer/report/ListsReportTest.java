package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.catalog.CatalogLoader;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.FactCollector;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.flow.FlowEngine;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.frameworks.Frameworks;
import dev.datawarden.analyzer.frameworks.MyBatisMappers;
import dev.datawarden.analyzer.model.ModelBuilder;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two lists of Art. 21 of the sample shop, from its data flows, in every format and both languages. */
class ListsReportTest {
  private static AnalysisResult shop;

  @BeforeAll
  static void analyseTheShop() {
    shop = Analyzer.analyze(shopRequest());
  }

  private static AnalysisRequest shopRequest() {
    return AnalysisRequest.builder()
        .addSourceRoot(Fixtures.sampleShop().resolve("src/main/java"))
        .addCatalog(Fixtures.sampleShop().resolve("datawarden.yml"))
        .baseDirectory(Fixtures.sampleShop())
        .classpath(Fixtures.classpath())
        .build();
  }

  private static Optional<DataLists.Collected> collected(String category) {
    return shop.lists().collected().stream().filter(c -> c.category().equals(category)).findFirst();
  }

  private static Optional<DataLists.Provided> provided(String recipientPart) {
    return shop.lists().provided().stream().filter(p -> p.recipient().contains(recipientPart)).findFirst();
  }

  @Test
  void collectedPersonalInformationWithItsCollectionPoints() {
    DataLists.Collected phone = collected("PHONE").orElseThrow(() -> new AssertionError(shop.lists().collected()));
    assertTrue(phone.fields().stream().anyMatch(f -> f.endsWith(".mobile")), phone.fields().toString());
    DataLists.CollectionPoint register = phone.points().stream().filter(p -> p.method().equals("MemberController.register()"))
        .findFirst().orElseThrow(() -> new AssertionError(phone.points()));
    assertEquals("POST", register.httpMethod());
    assertEquals("/members", register.urlPath());
    assertFalse(register.consentGuarded(), "the consent findings of the shop start at register()");
    // a collection point a consent finding passes is not guarded, and names the finding's card
    for (DataLists.Collected c : shop.lists().collected()) {
      for (DataLists.CollectionPoint p : c.points()) {
        assertEquals(p.findings().isEmpty(), p.consentGuarded(), p.toString());
        p.findings().forEach(id -> assertTrue(shop.findings().stream().anyMatch(f -> DataLists.reference(f).equals(id))));
      }
    }
  }

  // contract: whether a consent check guards a collection point comes from the consent findings' rule, sink
  // call and path, worked out again on the flows, not from their text: the same findings with their messages
  // blanked mark the same points, and a finding whose text names a point but that stands for no flow marks none
  @Test
  void aGuardedCollectionPointIsWorkedOutFromTheFlowsNotFromTheFindingsText() {
    AnalysisRequest request = shopRequest();
    SourceModel model = new ModelBuilder(request.sourceRoots(), request.classpath().orElse(List.of()), true,
        request.sourceLevel(), request.baseDirectory(), request.contextRoots())
        .build(p -> { });
    Frameworks frameworks = Frameworks.standard()
        .withMappers(MyBatisMappers.read(request.resourceRoots(), request.baseDirectory(), p -> { }));
    List<Declaration> catalog = new ArrayList<>(CatalogLoader.loadBuiltin().declarations());
    catalog.addAll(CatalogLoader.load(request.catalogs().get(0), "datawarden.yml").declarations());
    Facts facts = FactCollector.collect(model, catalog, List.of());
    Flows flows = FlowEngine.run(facts, model, FlowEngine.callGraph(model, frameworks), FlowEngine.Mode.DEMAND);

    List<Finding> textless = shop.findings().stream()
        .map(f -> new Finding(f.ruleKey(), f.severity(), "-", f.location(), f.path())).toList();
    DataLists lists = DataLists.of(flows, RulePack.dataHandling(flows), model, textless);
    assertEquals(guards(shop.lists()), guards(lists));
    assertTrue(guards(lists).containsValue(false), guards(lists).toString());
    assertEquals(false, guards(lists).get("PHONE MemberController.register()"));

    Finding onlyText = new Finding("MissingConsentCheck", Severity.CRITICAL,
        "Member.mobile (PHONE) reaches x() (MemberController.register() → MemberService.register())",
        new Location("src/main/java/com/example/shop/Nowhere.java", 1, 0), List.of());
    assertFalse(guards(DataLists.of(flows, RulePack.dataHandling(flows), model, List.of(onlyText))).containsValue(false));
  }

  /** Whether each collection point of each category is guarded, by "CATEGORY Type.method()". */
  private static Map<String, Boolean> guards(DataLists lists) {
    Map<String, Boolean> guards = new TreeMap<>();
    for (DataLists.Collected c : lists.collected()) {
      for (DataLists.CollectionPoint p : c.points()) {
        guards.put(c.category() + " " + p.method(), p.consentGuarded());
      }
    }
    return guards;
  }

  @Test
  void providedPersonalInformationFromTheFlows() {
    assertFalse(shop.lists().provided().isEmpty());
    for (DataLists.Provided p : shop.lists().provided()) {
      assertFalse(p.categories().isEmpty(), "only categories that reach it: " + p);
      assertFalse(p.code().isEmpty(), "the code that sends it: " + p);
    }
    assertTrue(shop.lists().provided().stream().anyMatch(DataLists.Provided::abroad), "the payment provider abroad");
    assertTrue(shop.lists().provided().stream().anyMatch(p -> !p.abroad()), "a domestic recipient");
  }

  @Test
  void csvOpensInExcelInChinese(@TempDir Path dir) throws Exception {
    ListsReport.write(shop, "shop", dir, Locale.SIMPLIFIED_CHINESE);
    byte[] bytes = Files.readAllBytes(dir.resolve(ListsReport.COLLECTED_CSV));
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "a UTF-8 BOM");
    String collected = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(collected.startsWith("\uFEFF种类,敏感个人信息,字段,收集点,HTTP 方法,URL 路径,处理目的,保存期限,必要,同意检查,问题\r\n"),
        collected);
    assertTrue(collected.contains("MemberController.register()"));
    String provided = Files.readString(dir.resolve(ListsReport.PROVIDED_CSV));
    assertTrue(provided.startsWith("\uFEFF接收方,种类,"), provided);
    assertTrue(provided.contains("境外"), provided);
    String html = Files.readString(dir.resolve(ListsReport.HTML));
    assertTrue(html.contains("收集的个人信息清单（第二十一条）"), html);
    assertTrue(html.contains("向其他网络数据处理者提供的个人信息清单（第二十一条）"));
  }

  @Test
  void csvInEnglishAndJson(@TempDir Path dir) throws Exception {
    ListsReport.write(shop, "shop", dir, Locale.ENGLISH);
    String collected = Files.readString(dir.resolve(ListsReport.COLLECTED_CSV));
    assertTrue(collected.startsWith("\uFEFFCategory,Sensitive,Fields,Collection point,HTTP method,URL path,"), collected);
    JsonNode json = dev.datawarden.analyzer.report.ReportFiles.JSON.readTree(dir.resolve(ListsReport.JSON).toFile());
    assertEquals(shop.lists().collected().size(), json.path("collectedPersonalInformation").size());
    assertEquals(shop.lists().provided().size(), json.path("providedPersonalInformation").size());
    JsonNode inventory = dev.datawarden.analyzer.report.ReportFiles.JSON.readTree(InventoryReport.renderJson(shop));
    assertEquals(json.path("providedPersonalInformation"), inventory.path("providedPersonalInformation"),
        "the inventory carries the same lists");
  }

  @Test
  void csvCellsAreQuotedAndFormulasDefused() {
    String csv = ListsReport.csv(List.of(List.of("a,b", "say \"hi\"", "=SUM(A1)", "-1")));
    assertEquals("\uFEFF\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),'-1\r\n", csv);
  }

  // contract: a retention that is no ISO-8601 duration is marked invalid in the list, in both languages
  @Test
  void anInvalidRetentionIsMarkedInTheList() {
    DataLists lists = new DataLists(List.of(new DataLists.Collected("PHONE", false, List.of("Member.phone"),
        List.of(new DataLists.CollectionPoint("MemberController.register()", "A.java:3", "POST", "/members", true,
            List.of())), List.of("account"), List.of("3 years", "P1Y"), true)), List.of());
    String english = ListsReport.collectedCsv(lists, Locale.ENGLISH);
    assertTrue(english.contains(",invalid: 3 years; P1Y,"), english);
    String chinese = ListsReport.collectedCsv(lists, Locale.SIMPLIFIED_CHINESE);
    assertTrue(chinese.contains(",无效：3 years; P1Y,"), chinese);
  }
}
