package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML reports in headless Chromium (Debian's {@code chromium}): they render, the flow
 * picture is there, and markup in a string literal of the analysed code shows as text. CI installs
 * Chromium and sets {@code CI}, where a missing browser fails the test; on a developer's machine
 * without it the test is skipped, so that {@code mvn install} works on a fresh machine.
 */
class HtmlReportChromiumTest {
  private static final String PAYLOAD = "<script>document.body.setAttribute('data-pwned','script')</script>";
  private static final String IMG_PAYLOAD = "<img src=x onerror=\\\"document.body.setAttribute('data-pwned','img')\\\">";

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    String configured = System.getenv("DATAWARDEN_CHROMIUM");
    for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
      if (candidate != null && Files.isExecutable(Path.of(candidate))) {
        chromium = Path.of(candidate);
        return;
      }
    }
    String why = "headless Chromium is needed to test the HTML report: apt-get install -y chromium";
    if (System.getenv("CI") != null || Boolean.getBoolean("datawarden.requireChromium")) {
      fail(why);
    }
    Assumptions.abort(why + " (skipped outside CI)");
  }

  /** Analyses a small project whose string literals carry markup, and writes both HTML reports. */
  private static AnalysisResult analyseHostileProject(Path dir) throws IOException {
    Path source = dir.resolve("src/shop/Member.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n",
        "package shop;",
        "",
        "import dev.datawarden.annotations.PersonalInfo;",
        "import dev.datawarden.annotations.PersonalInfoCategory;",
        "import dev.datawarden.annotations.ThirdPartyTransfer;",
        "",
        "public class Member {",
        "  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"login\",",
        "      retention = \"" + PAYLOAD + "\")",
        "  private String mobile;",
        "",
        "  @ThirdPartyTransfer(recipient = \"" + IMG_PAYLOAD + "SMS\", agreement = \"DPA-1\")",
        "  void send(String text) {}",
        "}",
        ""));
    return Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(dir.resolve("src")).baseDirectory(dir)
        .classpath(Fixtures.classpath()).build());
  }

  private static String run(Path profile, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile));
    command.addAll(List.of(arguments));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, p.exitValue(), "chromium failed: " + command);
    return new String(out, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theFindingsReportRendersWithItsFlowPictureAndShowsMarkupAsText(@TempDir Path dir) throws Exception {
    AnalysisResult result = analyseHostileProject(dir);
    assertTrue(result.findings().stream().anyMatch(f -> f.message().contains(PAYLOAD)),
        "the literal reaches a finding's message: " + result.findings());
    Path html = dir.resolve("datawarden.html");
    HtmlReport.write(result, "shop", html);

    String dom = run(dir.resolve("profile"), "--dump-dom", html.toUri().toString());

    assertTrue(dom.contains("<h1>DataWarden report: shop</h1>"), "it renders: " + dom);
    assertTrue(dom.contains("<svg") && dom.contains("id=\"flow-map\"") && dom.contains("class=\"node source\""),
        "the flow picture is in the page");
    assertTrue(dom.contains("&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt;"),
        "the literal shows as text");
    assertFalse(dom.contains("<script"), "no script element was injected");
    assertFalse(dom.contains("<img"), "no img element was injected");
    assertFalse(dom.contains("data-pwned=\""), "nothing ran: " + dom.substring(dom.indexOf("<body")));

    Path shot = dir.resolve("report.png");
    run(dir.resolve("profile"), "--window-size=1200,2000", "--screenshot=" + shot, html.toUri().toString());
    assertTrue(Files.size(shot) > 10_000, "a page was painted");
  }

  @Test
  void theInventoryRendersAndShowsMarkupAsText(@TempDir Path dir) throws Exception {
    AnalysisResult result = analyseHostileProject(dir);
    InventoryReport.write(result, "shop", dir);

    String dom = run(dir.resolve("profile"), "--dump-dom", dir.resolve("datawarden-inventory.html").toUri().toString());

    assertTrue(dom.contains("<h1>Data inventory: shop</h1>"), dom);
    assertTrue(dom.contains("<h3>PHONE</h3>"));
    assertTrue(dom.contains("&lt;img src=x onerror="), "the recipient shows as text");
    assertFalse(dom.contains("<img"));
    assertFalse(dom.contains("<script"));
    assertFalse(dom.contains("data-pwned=\""));
  }
}
