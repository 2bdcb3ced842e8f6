package dev.datawarden.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.testing.Fixtures;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataWardenCliTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return DataWardenCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path write(String name, String source) throws Exception {
    Path file = dir.resolve("src").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return file;
  }

  private static final String MISSING_RETENTION = """
      package a;
      import dev.datawarden.annotations.PersonalInfo;
      import dev.datawarden.annotations.PersonalInfoCategory;
      public class User {
        @PersonalInfo(category = PersonalInfoCategory.PHONE)
        private String mobile;
      }
      """;

  @Test
  void findingsAtOrAboveTheThresholdExitWithOne() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    assertEquals(1, run("--fail-on", "MINOR", dir.resolve("src").toString()));
    assertTrue(out.toString().contains("MissingRetentionPeriod"), out::toString);
    assertTrue(out.toString().contains("User.java:5"), out::toString);
  }

  @Test
  void findingsBelowTheThresholdExitWithZero() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    assertEquals(0, run(dir.resolve("src").toString())); // MINOR finding, default threshold MAJOR
    assertTrue(out.toString().contains("1 finding(s) (1 minor)"), out::toString);
  }

  @Test
  void writesTheReportsAskedFor() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    Path sarif = dir.resolve("reports/out.sarif");
    Path json = dir.resolve("reports/out.json");
    String cp = Fixtures.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    assertEquals(0, run("--classpath", cp, "--sarif", sarif.toString(), "--json", json.toString(),
        dir.resolve("src").toString()));
    assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"MissingRetentionPeriod\""));
    assertTrue(Files.readString(json).contains("\"classpathMode\" : true"));
  }

  @Test
  void writesFindingsAndSummaryInChinese() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    Path sarif = dir.resolve("reports/out.sarif");
    assertEquals(1, run("--locale", "zh-CN", "--fail-on", "MINOR", "--sarif", sarif.toString(), dir.resolve("src").toString()));
    assertTrue(out.toString().contains("个人信息 User.mobile（PHONE） 未声明保存期限"), out::toString);
    assertTrue(out.toString().contains("（第二十一条第（三）项）"), out::toString);
    assertTrue(out.toString().contains("DataWarden：1 个文件中发现 1 个问题（次要 1 个）。"), out::toString);
    assertTrue(Files.readString(sarif).contains("个人信息未声明保存期限"), "rule titles in Chinese");
  }

  @Test
  void anUnsupportedLocaleIsBadUsage() {
    assertEquals(2, run("--locale", "fr", dir.toString()));
    assertTrue(err.toString().contains("unsupported locale 'fr'; use en or zh-CN"), err::toString);
  }

  @Test
  void writesTheListsOfArticle21() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    Path lists = dir.resolve("lists");
    assertEquals(0, run("--lists", lists.toString(), "--locale", "zh-CN", dir.resolve("src").toString()));
    for (String file : new String[] {"datawarden-pi-collected.csv", "datawarden-pi-provided.csv",
        "datawarden-lists.json", "datawarden-lists.html"}) {
      assertTrue(Files.isRegularFile(lists.resolve(file)), file);
    }
    assertTrue(Files.readString(lists.resolve("datawarden-pi-collected.csv")).startsWith("\uFEFF种类,"));
  }

  @Test
  void writesEveryReportTheMavenGoalsWrite() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    Path html = dir.resolve("reports/out.html");
    Path inventory = dir.resolve("reports/inventory.html");
    Path inventoryJson = dir.resolve("reports/inventory.json");
    assertEquals(0, run("--html", html.toString(), "--inventory", inventory.toString(), dir.resolve("src").toString()));
    assertTrue(Files.readString(html).contains("MissingRetentionPeriod"));
    assertTrue(Files.readString(inventory).startsWith("<!DOCTYPE html>"), () -> "html inventory");
    assertEquals(0, run("--inventory", inventoryJson.toString(), dir.resolve("src").toString()));
    assertTrue(Files.readString(inventoryJson).contains("\"formatVersion\""));
  }

  @Test
  void aReportThatCannotBeWrittenIsNamedTheOthersAreWrittenAndTheExitIsTwo() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    Path blocked = Files.writeString(dir.resolve("blocked"), "a file, not a directory");
    Path sarif = blocked.resolve("out.sarif");
    Path json = dir.resolve("out.json");
    assertEquals(2, run("--sarif", sarif.toString(), "--json", json.toString(), dir.resolve("src").toString()));
    assertTrue(err.toString().contains("cannot write " + sarif + ": "), err::toString);
    assertTrue(!err.toString().contains(".tmp"), err::toString);
    assertTrue(Files.readString(json).contains("MissingRetentionPeriod"));
  }

  @Test
  void badUsageExitsWithTwoAndOneLine() {
    assertEquals(2, run("--fail-on", "SEVERE", "src"));
    assertTrue(err.toString().startsWith("datawarden: "), err::toString);
    assertTrue(err.toString().contains("unknown severity 'SEVERE'"), err::toString);
    assertEquals(2, run()); // no source directory
  }

  @Test
  void nothingToAnalyseExitsWithTwo() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertEquals(2, run(dir.resolve("empty").toString()));
    assertTrue(err.toString().contains("nothing could be analysed"), err::toString);
  }

  @Test
  void unparseableFileIsReportedAndTheRestAnalysed() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    write("a/Broken.java", "package a;\nclass Broken {\n  void x( {\n}\n");
    Path json = dir.resolve("out.json");
    assertEquals(1, run("--fail-on", "MINOR", "--json", json.toString(), dir.resolve("src").toString()));
    assertTrue(out.toString().contains("Broken.java:3: does not parse"), out::toString);
    assertTrue(Files.readString(json).contains("UNPARSEABLE_FILE"));
    assertTrue(Files.readString(json).contains("MissingRetentionPeriod"));
  }

  @Test
  void unknownRuleInDisableIsBadUsage() {
    assertEquals(2, run("--disable", "NoSuchRule", "src"));
    assertTrue(err.toString().startsWith("datawarden: --disable: unknown rule 'NoSuchRule'; known: "), err::toString);
  }

  // contract: the engine mode comes in with the request; --exhaustive-flow asks for every method
  @Test
  void exhaustiveFlowAnalysesEveryMethod() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    assertEquals(1, run("--fail-on", "MINOR", "--timings", "--exhaustive-flow", dir.resolve("src").toString()));
    assertTrue(err.toString().contains("(every method)"), err::toString);
    err.getBuffer().setLength(0);
    assertEquals(1, run("--fail-on", "MINOR", "--timings", dir.resolve("src").toString()));
    assertTrue(err.toString().contains("(those data can reach)"), err::toString);
  }

  // contract: --timings prints the time of every rule that ran, after the phases, so no rule hides a slow walk
  @Test
  void timingsNameEveryRule() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    assertEquals(1, run("--fail-on", "MINOR", "--timings", "--disable", "OverCollection", dir.resolve("src").toString()));
    for (String rule : List.of("MissingConsentCheck", "MissingRetentionPeriod", "UnannotatedPersonalInfo")) {
      assertTrue(err.toString().matches("(?s).*timing   rule " + rule + " +\\d+ ms\n.*"), err::toString);
    }
    assertFalse(err.toString().contains("rule OverCollection"), "a disabled rule does not run");
  }

  @Test
  void unknownRuleInRulesIsBadUsage() {
    assertEquals(2, run("--rules", "PersonalInfoLogged,NoSuchRule", "src"));
    assertTrue(err.toString().startsWith("datawarden: --rules: unknown rule 'NoSuchRule'; known: "), err::toString);
  }

  // contract: mapper XML is read from --resources, or from src/main/resources beside src/main/java
  @Test
  void readsMapperXmlFromResources() throws Exception {
    Path project = dir.resolve("shop");
    Path java = project.resolve("src/main/java/p");
    Files.createDirectories(java);
    Files.writeString(java.resolve("Card.java"), """
        package p;
        import dev.datawarden.annotations.*;
        public class Card {
          @Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, retention = "P5Y") String number;
        }
        """);
    Files.writeString(java.resolve("CardDao.java"), """
        package p;
        public interface CardDao { int keep(Card card); }
        """);
    Files.writeString(java.resolve("Wallet.java"), """
        package p;
        public class Wallet {
          CardDao cards;
          public void add(Card card) { cards.keep(card); }
        }
        """);
    Path mappers = project.resolve("src/main/resources/mapper");
    Files.createDirectories(mappers);
    Files.writeString(mappers.resolve("CardDao.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="p.CardDao"><insert id="keep">INSERT INTO card (number) VALUES (#{number})</insert></mapper>
        """);
    Path empty = Files.createDirectories(dir.resolve("empty"));

    run("--fail-on", "BLOCKER", project.resolve("src/main/java").toString());
    assertTrue(out.toString().contains("UnencryptedSensitiveData"), out::toString);
    assertTrue(out.toString().contains("CardDao.keep()"), out::toString);

    out.getBuffer().setLength(0);
    run("--fail-on", "BLOCKER", "--resources", empty.toString(), project.resolve("src/main/java").toString());
    assertTrue(!out.toString().contains("UnencryptedSensitiveData"), out::toString);

    out.getBuffer().setLength(0);
    run("--fail-on", "BLOCKER", "--resources", mappers.toString(), project.resolve("src/main/java/p").toString());
    assertTrue(out.toString().contains("UnencryptedSensitiveData"), out::toString);
  }

  // contract: picocli's usage errors are told in the --locale language, wherever --locale stands
  @Test
  void usageErrorsInBothLanguages() {
    assertEquals(2, run("--bogus", "src"));
    assertEquals("datawarden: unknown option '--bogus'\nTry 'datawarden --help' for the options.\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--bogus", "--locale", "zh-CN", "src"));
    assertEquals("datawarden: 未知的选项“--bogus”\n运行 'datawarden --help' 查看所有选项。\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--locale=zh-CN"));
    assertTrue(err.toString().startsWith("datawarden: 未提供 SOURCE_DIR：请至少指定一个 Java 源代码目录\n"), err::toString);
    err.getBuffer().setLength(0);
    assertEquals(2, run("--locale", "zh-CN", "src", "--sarif"));
    assertTrue(err.toString().startsWith("datawarden: --sarif 需要一个值（FILE）\n"), err::toString);
    err.getBuffer().setLength(0);
    assertEquals(2, run("--source-level", "seventeen", "src"));
    assertTrue(err.toString().startsWith("datawarden: --source-level: 'seventeen' is not a whole number\n"), err::toString);
    err.getBuffer().setLength(0);
    assertEquals(2, run("--locale", "zh-CN", "--source-level", "seventeen", "src"));
    assertTrue(err.toString().startsWith("datawarden: --source-level：“seventeen”不是整数\n"), err::toString);
    err.getBuffer().setLength(0);
    // contract: a level below 8 is the user's mistake, not an internal error
    assertEquals(2, run("--source-level", "5", "src"));
    assertEquals("datawarden: --source-level: source level must be 8 or higher, was 5\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--locale", "zh-CN", "--source-level", "5", "src"));
    assertEquals("datawarden: --source-level：源代码级别应为 8 或更高，实际为 5\n", err.toString());
  }

  // contract: the same settings mistakes every front end rejects, in Chinese
  @Test
  void unknownRuleAndSeverityInChinese() {
    assertEquals(2, run("--locale", "zh-CN", "--rules", "PersonalInfoLogged,NoSuchRule", "src"));
    assertTrue(err.toString().startsWith("datawarden: --rules：未知的规则“NoSuchRule”；可用的规则："), err::toString);
    err.getBuffer().setLength(0);
    assertEquals(2, run("--fail-on", "SEVERE", "--locale", "zh-CN", "src"));
    assertEquals("datawarden: 未知的严重程度“SEVERE”，应为以下之一：BLOCKER, CRITICAL, MAJOR, MINOR, INFO\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--locale", "zh-CN", "--dry-run", "src"));
    assertEquals("datawarden: --dry-run 须与 --annotate 一起使用\n", err.toString());
  }

  // contract: --help is written in the --locale language, every option described
  @Test
  void helpInBothLanguages() {
    assertEquals(0, run("--help"));
    String english = out.toString();
    assertTrue(english.startsWith("Usage: datawarden "), english);
    assertTrue(english.contains("Checks Java sources against the Network Data Security Management Regulations."), english);
    assertTrue(english.contains("Exit codes:"), english);
    out.getBuffer().setLength(0);
    assertEquals(0, run("--locale", "zh-CN", "--help"));
    String chinese = out.toString();
    assertTrue(chinese.startsWith("用法：datawarden "), chinese);
    assertTrue(chinese.contains("按《网络数据安全管理条例》检查 Java 源代码。"), chinese);
    assertTrue(chinese.contains("将第二十一条要求的两份清单"), chinese);
    assertTrue(chinese.contains("退出码："), chinese);
    assertTrue(chinese.contains("显示此帮助信息并退出。"), chinese);
    for (String line : chinese.split("\n")) {
      // an option's description in English would mean a key the Chinese bundle lacks
      assertFalse(line.matches(".*\\b(Write|The|Print|Rule keys|Java source|A catalog)\\b.*"), line);
    }
  }

  // contract: --timings names the phases and says what they did in the --locale language
  @Test
  void timingsInChinese() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    assertEquals(1, run("--locale", "zh-CN", "--fail-on", "MINOR", "--timings", dir.resolve("src").toString()));
    String timings = err.toString();
    assertTrue(timings.matches("(?s)耗时 建模 +\\d+ ms  已为 1 个文件建立模型\n.*"), timings);
    assertTrue(timings.contains("（数据可达的方法）"), timings);
    assertTrue(timings.matches("(?s).*耗时   规则 MissingRetentionPeriod +\\d+ ms\n.*"), timings);
    assertTrue(timings.contains("堆内存峰值 "), timings);
    assertFalse(timings.contains("file(s)"), timings);
  }

  // contract: a report that cannot be written is named, with its reason, in the --locale language
  @Test
  void aReportThatCannotBeWrittenInChinese() throws Exception {
    write("a/User.java", MISSING_RETENTION);
    Path directory = dir.resolve("a-directory");
    Files.createDirectories(directory);
    assertEquals(2, run("--locale", "zh-CN", "--sarif", directory.toString(), dir.resolve("src").toString()));
    assertTrue(err.toString().contains("datawarden: 无法写入 " + directory + "：它是一个目录"), err::toString);
  }
}
