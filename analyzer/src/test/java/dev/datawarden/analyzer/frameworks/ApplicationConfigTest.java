package dev.datawarden.analyzer.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a project's Spring configuration files: keys, lines, profiles, placeholders, bad files. */
class ApplicationConfigTest {

  private static List<String> describe(List<ApplicationConfig.Value> values) {
    return values.stream().map(v -> v.text() + " @" + v.location().file() + ":" + v.location().line()
        + (v.profile().isEmpty() ? "" : " [" + v.profile() + "]")).toList();
  }

  // contract: YAML keys flatten with their lines; relaxed binding matches endpoint-url, endpointUrl, ENDPOINT_URL
  @Test
  void yamlKeysKeepTheirLinesAndMatchRelaxed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("application.yml"), """
        aliyun:
          oss:
            endpoint-url: oss-cn-hangzhou.aliyuncs.com
            buckets:
              - faces
        """);
    ApplicationConfig config = ApplicationConfig.read(List.of(dir), dir, p -> { throw new AssertionError(p); });
    assertEquals(List.of("oss-cn-hangzhou.aliyuncs.com @application.yml:3"), describe(config.values("aliyun.oss.endpointUrl")));
    assertEquals(describe(config.values("aliyun.oss.endpoint-url")), describe(config.values("ALIYUN.OSS.ENDPOINT_URL")));
    assertEquals(List.of("faces @application.yml:5"), describe(config.values("aliyun.oss.buckets[0]")));
  }

  // contract: the active profile's value applies by default; the other profiles' values follow, named
  @Test
  void profilesByFileNameByDocumentAndActivation(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("application.yml"), """
        spring:
          profiles:
            active: test
        oss:
          endpoint: oss-cn-shanghai.aliyuncs.com
        ---
        spring:
          config:
            activate:
              on-profile: test
        oss:
          endpoint: oss-cn-beijing.aliyuncs.com
        """);
    Files.writeString(dir.resolve("application-prod.properties"), """
        # abroad in production
        oss.endpoint = oss-us-west-1.aliyuncs.com
        """);
    ApplicationConfig config = ApplicationConfig.read(List.of(dir), dir, p -> { throw new AssertionError(p); });
    assertEquals(List.of("test"), config.activeProfiles());
    assertEquals(List.of("oss-cn-beijing.aliyuncs.com @application.yml:12 [test]",
        "oss-us-west-1.aliyuncs.com @application-prod.properties:2 [prod]"), describe(config.values("oss.endpoint")));
  }

  // contract: placeholders take their own profile's value, then the default one's, then their default
  @Test
  void placeholdersAreReplaced(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("application.properties"), """
        partner.host=api.partner.cn
        partner.url=https://${partner.host}/v1
        partner.backup=https://${partner.backup-host:backup.partner.cn}/v1
        partner.long=https://\\
          long.partner.cn
        """);
    Files.writeString(dir.resolve("application-sg.properties"), "partner.host=api.partner.com.sg\n");
    ApplicationConfig config = ApplicationConfig.read(List.of(dir), dir, p -> { throw new AssertionError(p); });
    assertEquals(List.of("https://api.partner.cn/v1 @application.properties:2"), describe(config.values("partner.url")));
    assertEquals("https://backup.partner.cn/v1", config.values("partner.backup").get(0).text());
    assertEquals(List.of("https://long.partner.cn @application.properties:4"), describe(config.values("partner.long")));
    assertEquals(List.of("api.partner.cn @application.properties:1", "api.partner.com.sg @application-sg.properties:1 [sg]"),
        describe(config.values("partner.host")));
  }

  // contract: a configuration file that is not YAML is a problem at its line; the other files count
  @Test
  void aBadFileIsAProblemWithItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("application.yml"), "tencent:\n  cos:\n    region: na-ashburn\n");
    Files.writeString(dir.resolve("application-dev.yml"), "tencent:\n  cos:\n    region: [ap-guangzhou\n  bad: x\n");
    List<Problem> problems = new ArrayList<>();
    ApplicationConfig config = ApplicationConfig.read(List.of(dir), dir, problems::add);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("application-dev.yml", problems.get(0).location().file());
    assertTrue(problems.get(0).location().line() >= 3, problems::toString);
    assertEquals(List.of("na-ashburn @application.yml:3"), describe(config.values("tencent.cos.region")));
  }

  // contract: the analysis goes on past a bad configuration file and reports it with its file and line
  @Test
  void theAnalysisContinuesPastABadFile(@TempDir Path dir) throws IOException {
    Path resources = dir.resolve("resources");
    Files.createDirectories(resources);
    Files.writeString(resources.resolve("application.properties"), "tencent.cos.region=na-ashburn\n");
    Files.writeString(resources.resolve("application-dev.yml"), "a: b\n  c: d: e\n");
    List<Path> classpath = new ArrayList<>(Fixtures.classpath());
    classpath.add(Fixtures.vendorStubClasses());
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(ConfiguredDestinationsTest.samples().resolve("CosConfigSample.java"))
        .baseDirectory(dir).classpath(classpath).addResourceRoot(resources).build());
    assertTrue(result.problems().stream().anyMatch(p -> p.location().file().equals("resources/application-dev.yml")
        && p.location().line() == 2 && p.message().contains("not valid YAML")), result.problems()::toString);
    assertTrue(result.findings().stream().anyMatch(f -> f.ruleKey().equals("CrossBorderWithoutBasis")
        && f.message().contains("tencent.cos.region = na-ashburn in application.properties:1")), result.findings()::toString);
  }
}
