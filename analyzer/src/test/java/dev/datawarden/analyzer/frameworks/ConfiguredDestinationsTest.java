package dev.datawarden.analyzer.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Configuration decides destinations: application.yml, application.properties and the prod profile's
 * file beside the samples set an OSS endpoint, a COS region, an S3 region and HTTP base URLs, bound to
 * the code through {@code @Value}, {@code @ConfigurationProperties}, {@code @Bean} methods and the SDKs'
 * client builders. Strict both ways, with the SDKs' stand-ins on the class path.
 */
class ConfiguredDestinationsTest {
  private static final String[] TRANSFER_RULES = {
    "UnloggedTransfer", "TransferWithoutAgreement", "CrossBorderWithoutBasis", "CrossBorderScopeExceeded"
  };

  static Path samples() {
    return Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/config");
  }

  static Path configuration() {
    return Fixtures.root().resolve("src/main/resources/dev/datawarden/fixtures/config");
  }

  private static FixtureVerifier verifier(String sample) {
    return FixtureVerifier.create()
        .source(samples().resolve(sample + ".java"))
        .resources(configuration())
        .classpathEntry(Fixtures.vendorStubClasses())
        .only(TRANSFER_RULES);
  }

  // contract: @ConfigurationProperties through a @Bean method (OSS), @Value fields and parameters (COS,
  // HTTP base URLs), a region constant and Region.of(@Value) in S3's builder, a profile-only value
  @ParameterizedTest
  @ValueSource(strings = {"OssConfigSample", "CosConfigSample", "S3ConfigSample", "HttpConfigSample", "MonitoringConfigSample"})
  void sample(String sample) {
    verifier(sample).verify();
  }

  // contract: the same without a class path: the stand-ins' names as written in the samples suffice
  @ParameterizedTest
  @ValueSource(strings = {"OssConfigSample", "CosConfigSample", "S3ConfigSample", "HttpConfigSample", "MonitoringConfigSample"})
  void sampleWithoutClasspath(String sample) {
    verifier(sample).withoutClasspath().verify();
  }

  // contract: without the configuration files, nothing is abroad but what the code itself writes, and
  // the OSS client configured abroad is the catalog's provision to Alibaba Cloud again
  @Test
  void withoutConfigurationOnlyTheCodeDecides() {
    AnalysisResult result = analyze(false, Locale.ENGLISH);
    List<String> abroad = result.findings().stream().filter(f -> f.ruleKey().equals("CrossBorderWithoutBasis"))
        .map(f -> f.location().file().replaceFirst(".*/", "") + ":" + f.location().line() + " " + f.message()).toList();
    assertEquals(3, abroad.size(), abroad::toString);
    assertTrue(abroad.get(0).startsWith("HttpConfigSample.java:71") && abroad.get(0).contains("written in the code"),
        abroad::toString);
    assertTrue(abroad.get(1).startsWith("S3ConfigSample.java:36") && abroad.get(1).contains("written in the code"),
        abroad::toString);
    // the region the configuration would give is unknown: the catalog's own destination
    assertTrue(abroad.get(2).startsWith("S3ConfigSample.java:50")
        && abroad.get(2).contains("(to [AWS region outside mainland China])"), abroad::toString);
    assertEquals(2, result.findings().stream().filter(f -> f.ruleKey().equals("TransferWithoutAgreement")
        && f.message().contains("Alibaba Cloud OSS")).count(), () -> result.findings().toString());
  }

  // contract: the Chinese message names the key, the value, the file and the profile too
  @Test
  void theChineseMessageNamesTheProfile() {
    AnalysisResult result = analyze(true, Locale.CHINESE);
    Finding profile = result.findings().stream()
        .filter(f -> f.ruleKey().equals("CrossBorderWithoutBasis") && f.message().contains("application-prod.yml"))
        .findFirst().orElseThrow(() -> new AssertionError(result.findings()));
    assertTrue(profile.message().contains("aws.s3.region = us-east-1") && profile.message().contains("在 profile prod 中"),
        profile.message());
  }

  private static AnalysisResult analyze(boolean withConfiguration, Locale locale) {
    List<Path> classpath = new ArrayList<>(Fixtures.classpath());
    classpath.add(Fixtures.vendorStubClasses());
    AnalysisRequest.Builder request = AnalysisRequest.builder().addSourceRoot(samples()).baseDirectory(Fixtures.root())
        .classpath(classpath).locale(locale);
    if (withConfiguration) {
      request.addResourceRoot(configuration());
    }
    return Analyzer.analyze(request.build());
  }
}
