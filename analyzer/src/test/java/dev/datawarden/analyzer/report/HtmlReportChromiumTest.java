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
    // no data flows in this project: the picture is there, empty (the sample shop's test below has nodes)
    assertTrue(dom.contains("<svg") && dom.contains("id=\"flow-map\""), "the flow picture is in the page");
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

  /**
   * A copy of a page that measures itself: the content security policy taken out and a script appended
   * that writes into the body whether anything is wider than the 1,000 px window (the pages themselves
   * carry no script and forbid one).
   */
  private static Path measuring(Path page) throws IOException {
    String html = Files.readString(page);
    html = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    html = html.replace("</body>", "<script>(function(){var w=document.documentElement.clientWidth,wide=[];"
        + "document.querySelectorAll('details').forEach(function(d){d.open=true;});"
        + "document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
        + "if(r.right>w+1&&!e.closest('.scroll')&&!e.closest('svg'))wide.push(e.tagName+'#'+e.id+'.'+e.className);});"
        + "document.body.setAttribute('data-overflow',document.documentElement.scrollWidth>w?'page':wide.length?wide.slice(0,5).join(' '):'none');"
        + "})();</script></body>");
    Path copy = page.resolveSibling("measured-" + page.getFileName());
    Files.writeString(copy, html);
    return copy;
  }

  /** The sample shop's reports in both languages: they render, fit 1,000 px, and show each finding exactly once. */
  @Test
  void theSampleShopsReportsInBothLanguages(@TempDir Path dir) throws Exception {
    for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
      AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder()
          .addSourceRoot(Fixtures.sampleShop().resolve("src/main/java"))
          .addCatalog(Fixtures.sampleShop().resolve("datawarden.yml"))
          .baseDirectory(Fixtures.sampleShop())
          .classpath(Fixtures.classpath())
          .locale(locale)
          .build());
      Path out = dir.resolve(locale.toLanguageTag());
      Files.createDirectories(out);
      HtmlReport.write(result, "sample-shop", out.resolve("datawarden.html"), locale);
      InventoryReport.write(result, "sample-shop", out, locale);
      boolean chinese = locale.getLanguage().equals("zh");

      String dom = run(dir.resolve("profile"), "--window-size=1000,800", "--dump-dom",
          out.resolve("datawarden.html").toUri().toString());
      assertTrue(dom.contains(chinese ? "<h1>DataWarden 报告：sample-shop</h1>" : "<h1>DataWarden report: sample-shop</h1>"),
          dom);
      assertTrue(dom.contains("id=\"flow-map\"") && dom.contains("class=\"node source\""), "the picture");
      assertTrue(dom.contains("id=\"matrix\""), "the category x recipient matrix");
      for (var f : result.findings()) {
        String card = "id=\"" + DataLists.reference(f) + "\"";
        assertEquals(dom.indexOf(card), dom.lastIndexOf(card), "one card: " + card);
        assertTrue(dom.contains(card), "a card for every finding: " + card);
      }
      String inventory = run(dir.resolve("profile"), "--window-size=1000,800", "--dump-dom",
          out.resolve("datawarden-inventory.html").toUri().toString());
      assertTrue(inventory.contains("id=\"collected-list\"") && inventory.contains("id=\"provided-list\""),
          "both lists of Art. 21");
      assertTrue(inventory.contains(chinese ? "收集的个人信息清单（第二十一条）" : "List of personal information collected (Art. 21)"));

      for (String page : List.of("datawarden.html", "datawarden-inventory.html")) {
        String measured = run(dir.resolve("profile"), "--window-size=1000,800", "--virtual-time-budget=3000",
            "--dump-dom", measuring(out.resolve(page)).toUri().toString());
        assertTrue(measured.contains("data-overflow=\"none\""), locale + " " + page + " fits 1,000 px: "
            + measured.replaceAll("(?s).*(data-overflow=\"[^\"]*\").*", "$1"));
      }
    }
  }
}
