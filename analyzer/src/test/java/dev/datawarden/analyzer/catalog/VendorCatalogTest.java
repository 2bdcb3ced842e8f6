package dev.datawarden.analyzer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vendor catalog ({@code catalog/vendors/*.yml}): data given to a vendor's SDK with nothing
 * declared in the code is a third-party provision or a transfer abroad, and the team's own declared
 * transfer around the call overrides it. One sample per vendor family, with the SDK's stand-in on
 * the class path as its jar would be, and without a class path.
 */
class VendorCatalogTest {
  private static final String[] TRANSFER_RULES = {
    "UnloggedTransfer", "TransferWithoutAgreement", "CrossBorderWithoutBasis", "CrossBorderScopeExceeded"
  };

  private static FixtureVerifier verifier(String sample) {
    return FixtureVerifier.create()
        .source(Fixtures.vendorSamples().resolve(sample + ".java"))
        .classpathEntry(Fixtures.vendorStubClasses())
        .only(TRANSFER_RULES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SmsVendorsSample", "PushVendorsSample", "PaymentVendorsSample", "WechatVendorsSample",
      "StorageVendorsSample", "MailVendorsSample", "IdentityVendorsSample", "AnalyticsVendorsSample",
      "WebApiVendorsSample", "ForeignVendorsSample", "ESignatureVendorsSample",
      "OppoPushSample", "VivoPushSample", "SameNamedSdksSample"})
  void sample(String sample) {
    verifier(sample).verify();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SmsVendorsSample", "PushVendorsSample", "PaymentVendorsSample", "WechatVendorsSample",
      "StorageVendorsSample", "MailVendorsSample", "IdentityVendorsSample", "AnalyticsVendorsSample",
      "WebApiVendorsSample", "ForeignVendorsSample", "ESignatureVendorsSample",
      "OppoPushSample", "VivoPushSample", "SameNamedSdksSample"})
  void sampleWithoutClasspath(String sample) {
    verifier(sample).withoutClasspath().verify();
  }

  // contract: Hutool, fastjson and Gson pass data on (serialising every field of an object), and
  // Hutool's HTTP and mail helpers are network sinks, GET URLs included; with the stand-ins and without
  @Test
  void theLibrariesChineseCodeUses() {
    FixtureVerifier libraries = FixtureVerifier.create()
        .source(Fixtures.vendorSamples().resolve("LibrariesSample.java"))
        .classpathEntry(Fixtures.vendorStubClasses())
        .only("PersonalInfoLogged", "UnloggedTransfer");
    libraries.verify();
    libraries.withoutClasspath().verify();
  }

  // contract: a user's catalog entry for the very SDK method overrides the built-in one
  @Test
  void theUsersCatalogEntryOverridesTheBuiltinOne(@TempDir Path dir) throws IOException {
    Path catalog = dir.resolve("datawarden.yml");
    Files.writeString(catalog, """
        thirdPartyTransfer:
          - {method: "com.aliyun.dysmsapi20170525.Client#sendSms", recipient: "Aliyun SMS", agreement: "DPA-2024-017"}
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoots(List.of(Fixtures.vendorSamples().resolve("SmsVendorsSample.java")))
        .baseDirectory(Fixtures.root())
        .addCatalog(catalog)
        .classpath(classpath())
        .build());
    List<String> aliyun = result.findings().stream()
        .filter(f -> f.location().line() == lineOf("aliyun.sendSms(request);"))
        .filter(f -> List.of(TRANSFER_RULES).contains(f.ruleKey()))
        .map(f -> f.ruleKey() + " " + f.message())
        .toList();
    assertEquals(1, aliyun.size(), aliyun::toString);
    assertTrue(aliyun.get(0).startsWith("UnloggedTransfer") && aliyun.get(0).contains("Client.sendSms()"), aliyun::toString);
    // the other SDKs keep the built-in entries
    assertTrue(result.findings().stream().anyMatch(f -> f.ruleKey().equals("TransferWithoutAgreement")
        && f.message().contains("Tencent Cloud SMS")));
  }

  // contract: a user's host entry for a web API of the vendor catalog overrides the built-in one
  @Test
  void theUsersHostEntryOverridesTheBuiltinOne(@TempDir Path dir) throws IOException {
    Path catalog = dir.resolve("datawarden.yml");
    Files.writeString(catalog, """
        host:
          - {host: restapi.amap.com, recipient: "AMap", agreement: "AMAP-DPA-2025"}
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoots(List.of(Fixtures.vendorSamples().resolve("WebApiVendorsSample.java")))
        .baseDirectory(Fixtures.root())
        .addCatalog(catalog)
        .classpath(classpath())
        .build());
    assertTrue(result.problems().isEmpty(), result.problems()::toString);
    assertTrue(result.findings().stream().noneMatch(f -> f.ruleKey().equals("TransferWithoutAgreement")
        && f.message().contains("AMap")), result.findings()::toString);
    assertTrue(result.findings().stream().anyMatch(f -> f.ruleKey().equals("TransferWithoutAgreement")
        && f.message().contains("Kdniao")));
  }

  private static List<Path> classpath() {
    List<Path> classpath = new ArrayList<>(Fixtures.classpath());
    classpath.add(Fixtures.vendorStubClasses());
    return classpath;
  }

  private static int lineOf(String code) {
    try {
      List<String> lines = Files.readAllLines(Fixtures.vendorSamples().resolve("SmsVendorsSample.java"));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).trim().equals(code)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("no line " + code);
  }
}
