package dev.datawarden.analyzer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.fact.WebApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
  @TempDir Path dir;

  private CatalogLoader.Loaded load(String yaml) throws IOException {
    Path file = dir.resolve("datawarden.yml");
    Files.writeString(file, yaml);
    return CatalogLoader.load(file, "datawarden.yml");
  }

  @Test
  void readsTheExampleOfTheDocumentation() throws IOException {
    CatalogLoader.Loaded loaded = load(
        "personalInfo: [{field: \"com.shop.User#mobile\", category: PHONE, purposes: [account], retention: P3Y}]\n");
    assertEquals(List.of(), loaded.problems());
    assertEquals(List.of(), loaded.misuses());
    Declaration d = loaded.declarations().get(0);
    assertEquals(Role.PERSONAL_INFO, d.role());
    assertEquals(Target.field("com.shop.User", "mobile"), d.target());
    assertEquals("PHONE", d.string("category"));
    assertEquals(List.of("account"), d.strings("purposes"));
    assertEquals("P3Y", d.string("retention"));
    assertTrue(d.bool("necessary"), "defaults are filled in");
    assertEquals(1, d.location().line());
    assertEquals(Declaration.Origin.CATALOG, d.origin());
  }

  @Test
  void readsEveryTargetForm() throws IOException {
    CatalogLoader.Loaded loaded = load("""
        transferLog:
          - method: a.b.Audit#record
          - method: "a.b.Audit#record(java.lang.String,int)"
          - method: "a.b.Audit#flush()"
        purpose:
          - {type: a.b.Reports, value: [analytics]}
        deletionPath:
          - {method: "a.b.Erase#run", value: [a.b.User, a.b.Address]}
        sink:
          - {type: com.vendor.Sms, kind: NETWORK}
        """);
    assertEquals(List.of(), loaded.problems());
    assertEquals(List.of(), loaded.misuses());
    List<Declaration> d = loaded.declarations();
    assertEquals(6, d.size());
    assertEquals(Target.method("a.b.Audit", "record", null), d.get(0).target());
    assertEquals(List.of("java.lang.String", "int"), d.get(1).target().signature().orElseThrow());
    assertEquals(List.of(), d.get(2).target().signature().orElseThrow());
    assertEquals(TargetKind.TYPE, d.get(3).target().kind());
    assertEquals(List.of("a.b.User", "a.b.Address"), d.get(4).strings("value"));
    assertEquals("NETWORK", d.get(5).string("kind"));
    assertEquals(List.of(2, 3, 4, 6, 8, 10), d.stream().map(x -> x.location().line()).toList());
  }

  @Test
  void malformedEntryIsReportedWithItsLineAndTheRestStillApplies() throws IOException {
    CatalogLoader.Loaded loaded = load("""
        personalInfo:
          - {field: "com.shop.User#mobile", retention: P3Y}
          - {field: "not a target"}
          - {retention: P1Y}
          - just a string
          - {field: "com.shop.User#email", method: "com.shop.User#getEmail"}
          - {field: "com.shop.User#name", retention: P1Y}
        unknownKey:
          - {type: a.B}
        """);
    assertEquals(List.of(3, 4, 5, 6, 8), loaded.problems().stream().map(p -> p.location().line()).toList());
    assertTrue(loaded.problems().stream().allMatch(p -> p.kind() == Problem.Kind.CATALOG));
    assertTrue(loaded.problems().get(0).message().contains("malformed field target"));
    assertTrue(loaded.problems().get(1).message().contains("names no target"));
    assertTrue(loaded.problems().get(3).message().contains("two targets"));
    assertTrue(loaded.problems().get(4).message().contains("unknown catalog key 'unknownKey'"));
    assertEquals(List.of("mobile", "name"), loaded.declarations().stream().map(d -> d.target().memberName()).toList());
  }

  @Test
  void invalidYamlIsOneProblemWithItsLine() throws IOException {
    CatalogLoader.Loaded loaded = load("personalInfo:\n  - {field: a.B#c\n  - [\n");
    assertEquals(1, loaded.problems().size());
    Problem p = loaded.problems().get(0);
    assertTrue(p.message().startsWith("not valid YAML"), p.message());
    assertTrue(p.location().line() > 0);
    assertEquals("datawarden.yml", p.location().file());
  }

  @Test
  void unreadableFileIsAProblem() {
    CatalogLoader.Loaded loaded = CatalogLoader.load(dir.resolve("missing.yml"), "missing.yml");
    assertEquals(1, loaded.problems().size());
    assertTrue(loaded.problems().get(0).message().contains("cannot read catalog"));
  }

  @Test
  void emptyFileDeclaresNothing() throws IOException {
    CatalogLoader.Loaded loaded = load("# nothing yet\n");
    assertTrue(loaded.problems().isEmpty() && loaded.declarations().isEmpty() && loaded.misuses().isEmpty());
  }

  @Test
  void vocabularyMisuseIsAMisuseNotAProblem() throws IOException {
    CatalogLoader.Loaded loaded = load("""
        personalInfo:
          - {field: "a.B#c", category: PHONEE}
          - {field: "a.B#d", colour: red}
        sensitive:
          - {field: "a.B#e"}
        transferLog:
          - {field: "a.B#f"}
        """);
    assertTrue(loaded.problems().isEmpty());
    List<String> messages = loaded.misuses().stream().map(m -> m.location().line() + " " + m.message()).toList();
    assertEquals(4, messages.size(), messages::toString);
    assertTrue(messages.get(0).startsWith("2 ") && messages.get(0).contains("unknown constant 'PHONEE'"));
    assertTrue(messages.get(1).startsWith("3 ") && messages.get(1).contains("unknown attribute 'colour'"));
    assertTrue(messages.get(2).startsWith("5 ") && messages.get(2).contains("requires the attribute 'value'"));
    assertTrue(messages.get(3).startsWith("7 ") && messages.get(3).contains("not allowed on a field"));
    // an unknown attribute alone does not make the entry unusable
    assertEquals(List.of("d"), loaded.declarations().stream().map(d -> d.target().memberName()).toList());
  }

  // contract: a host entry is a web API: a recipient makes it a provision, a destination a transfer
  // abroad; a malformed host is a problem at its line, an unknown attribute a misuse, the rest applies
  @Test
  void hostEntriesAreWebApis() throws IOException {
    CatalogLoader.Loaded loaded = load("""
        host:
          - {host: restapi.amap.com, recipient: AMap, agreement: AMAP-1}
          - {host: api.partner.com.sg, destination: [SG], basis: STANDARD_CONTRACT}
          - {host: "not a host", recipient: X}
          - {host: api.x.cn, recipient: X, colour: red}
        """);
    assertEquals(List.of("restapi.amap.com THIRD_PARTY_TRANSFER", "api.partner.com.sg CROSS_BORDER", "api.x.cn THIRD_PARTY_TRANSFER"),
        loaded.webApis().stream().map(a -> a.host() + " " + a.role()).toList());
    assertEquals("AMAP-1", loaded.webApis().get(0).attributes().get("agreement"));
    assertEquals(List.of("SG"), loaded.webApis().get(1).destination());
    assertTrue(loaded.webApis().get(1).covers("eu.api.partner.com.sg") && !loaded.webApis().get(1).covers("partner.com.sg"));
    assertEquals(1, loaded.problems().size(), loaded.problems()::toString);
    assertEquals(4, loaded.problems().get(0).location().line());
    assertEquals(1, loaded.misuses().size(), loaded.misuses()::toString);
    assertTrue(loaded.declarations().isEmpty());
  }

  @Test
  void builtinCatalogLoadsCleanly() {
    CatalogLoader.Loaded builtin = CatalogLoader.loadBuiltin();
    assertFalse(builtin.declarations().isEmpty());
    assertTrue(builtin.declarations().stream().anyMatch(d -> d.target().typeName().equals("org.slf4j.Logger")));
    assertTrue(builtin.declarations().stream().allMatch(d -> d.origin() == Declaration.Origin.BUILTIN));
  }

  // contract: one file per vendor family, every file of vendors/ loaded, each entry naming who receives the data
  @Test
  void vendorCatalogIsEveryFileOfItsFolderAndNamesTheRecipients() throws IOException {
    Path folder = Path.of("src/main/resources/dev/datawarden/analyzer/catalog/vendors");
    List<String> files;
    try (var listing = Files.list(folder)) {
      files = listing.map(p -> p.getFileName().toString().replaceFirst("\\.yml$", "")).sorted().toList();
    }
    assertEquals(files, CatalogLoader.VENDOR_FAMILIES.stream().sorted().toList(), "vendors/ and VENDOR_FAMILIES");
    for (String family : CatalogLoader.VENDOR_FAMILIES) {
      CatalogLoader.Loaded loaded = CatalogLoader.loadResource("vendors/" + family + ".yml");
      List<Declaration> entries = loaded.declarations();
      assertFalse(entries.isEmpty() && loaded.webApis().isEmpty(), family);
      for (WebApi api : loaded.webApis()) {
        switch (api.role()) {
          case THIRD_PARTY_TRANSFER -> assertFalse(String.valueOf(api.attributes().get("recipient")).isBlank(), api.toString());
          case CROSS_BORDER -> {
            assertFalse(api.destination().isEmpty(), api.toString());
            assertEquals("NONE", api.attributes().get("basis"), "the product fixes no basis: " + api);
          }
          default -> throw new AssertionError("a web API is a transfer: " + api);
        }
      }
      for (Declaration d : entries) {
        switch (d.role()) {
          case THIRD_PARTY_TRANSFER -> {
            assertFalse(d.string("recipient").isBlank(), d.toString());
            assertTrue(d.string("agreement").isEmpty(), "the product fixes no agreement: " + d);
          }
          case CROSS_BORDER -> {
            assertFalse(d.strings("destination").isEmpty(), d.toString());
            assertEquals("NONE", d.string("basis"), "the product fixes no basis: " + d);
          }
          case SINK -> assertEquals("NETWORK", d.string("kind"), d.toString());
          default -> throw new AssertionError("a vendor entry is a transfer or a sink: " + d);
        }
      }
    }
    // MinIO is the team's own storage, no third party
    assertTrue(CatalogLoader.loadBuiltin().declarations().stream()
        .noneMatch(d -> d.target().typeName().startsWith("io.minio")));
  }
}
