package dev.datawarden.analyzer.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datawarden.analyzer.cli.DataWardenCli;
import dev.datawarden.analyzer.testing.OtherUser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the bad-input corpus ({@code src/test/bad-input/<case>/}): each case is a folder of sources
 * and a {@code case.txt} saying what a correct analyzer must do with them, as a careless or hostile
 * user would hand them over. The command line analyses a copy of the folder and writes its JSON and
 * SARIF reports; the problems and findings in the JSON report must match the case's lines both ways
 * (the no-class-path notice aside), and the exit code must be the one given.
 *
 * <p>{@code case.txt}, one directive a line ({@code #} starts a comment):
 * <ul>
 *   <li>{@code args: ...} more command-line arguments ({@code {dir}} is the copy's path);
 *   <li>{@code generate: concat|nested|else-if|huge-class N FILE} writes a generated source;
 *   <li>{@code write-bytes: FILE HEX} writes raw bytes (encodings, control characters);
 *   <li>{@code write: FILE TEXT} writes a source, both with escapes such as {@code \u001b} and {@code \n};
 *   <li>{@code chmod: MODE PATH}; run as root, who reads and writes whatever the permissions say, the
 *       command line then runs as another user ({@link OtherUser}), and the case is skipped with a
 *       message only where that cannot be done;
 *   <li>{@code exit: N}; {@code analysed: N} files analysed;
 *   <li>{@code problem: FILE:LINE text} (FILE matched at the end of the location, text as a part of the message);
 *   <li>{@code finding: RuleKey FILE:LINE [text]} (text as a part of the message);
 *   <li>{@code output-excludes: TEXT} text (with Java escapes such as {@code \u001b}) that must not reach
 *       the console raw; {@code output-includes: TEXT} text it must show ({@code {dir}} is the copy's path);
 *   <li>{@code mkdir: PATH}; {@code symlink: LINK TARGET}; {@code link-kept: LINK} the link is still a link
 *       after the run, its target a written file with the permissions the umask gives a new file;
 *   <li>{@code sarif-includes: TEXT} text the SARIF report must hold.
 * </ul>
 *
 * <p>In every case no temporary ({@code .tmp}) file may be left in the folder.
 */
class BadInputCorpusTest {
  static final Path CORPUS = Path.of("src/test/bad-input");

  /** {@code RuleKey FILE:LINE [part of the message]}; FILE may hold spaces. */
  private static final java.util.regex.Pattern FINDING = java.util.regex.Pattern.compile("(\\S+) (.+?:[0-9]+)(?: (.*))?");

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(CORPUS)) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(cases.size() >= 10, "the corpus is there: " + cases);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private void run(Path caseDir) throws Exception {
    Path dir = work.resolve(caseDir.getFileName().toString());
    copy(caseDir, dir);
    List<String> lines = Files.readAllLines(caseDir.resolve("case.txt"));
    List<String> args = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> findings = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    List<String> included = new ArrayList<>();
    List<String> sarifIncluded = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<String[]> chmods = new ArrayList<>();
    Integer exit = null;
    Integer analysed = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "args" -> {
          for (String a : value.split(" +")) {
            args.add(a.replace("{dir}", dir.toString()));
          }
        }
        case "generate" -> generate(dir, value.split(" +"));
        case "write-bytes" -> {
          String[] parts = value.split(" +", 2);
          Files.createDirectories(dir.resolve(parts[0]).getParent());
          Files.write(dir.resolve(parts[0]), java.util.HexFormat.of().parseHex(parts[1].replace(" ", "")));
        }
        case "write" -> {
          String[] parts = value.split(" +", 2);
          Path file = dir.resolve(unescape(parts[0]));
          Files.createDirectories(file.getParent());
          Files.writeString(file, unescape(parts[1]));
        }
        case "chmod" -> chmods.add(value.split(" +", 2));
        case "mkdir" -> Files.createDirectories(dir.resolve(value));
        case "symlink" -> {
          String[] parts = value.split(" +", 2);
          Files.createDirectories(dir.resolve(parts[0]).getParent());
          Files.createSymbolicLink(dir.resolve(parts[0]), Path.of(parts[1]));
        }
        case "output-includes" -> included.add(unescape(value.replace("{dir}", dir.toString())));
        case "sarif-includes" -> sarifIncluded.add(unescape(value));
        case "link-kept" -> links.add(value);
        case "exit" -> exit = Integer.parseInt(value);
        case "analysed" -> analysed = Integer.parseInt(value);
        case "problem" -> problems.add(unescape(value));
        case "finding" -> findings.add(unescape(value));
        case "output-excludes" -> excluded.add(unescape(value));
        default -> fail("unknown directive in " + caseDir + "/case.txt: " + raw);
      }
    }
    // root reads and writes whatever the permissions say: as root, the command line runs as another user
    boolean asOtherUser = !chmods.isEmpty() && OtherUser.isRoot();
    Path json = dir.resolve("out/datawarden.json");
    Path sarif = dir.resolve("out/datawarden.sarif");
    if (asOtherUser) {
      Assumptions.assumeTrue(OtherUser.unavailable().isEmpty(),
          () -> "skipped: the case needs a user permissions apply to; " + OtherUser.unavailable().orElse(""));
      OtherUser.share(dir);
      OtherUser.own(Files.createDirectories(json.getParent()));
    }
    for (String[] c : chmods) {
      Files.setPosixFilePermissions(dir.resolve(c[1]), PosixFilePermissions.fromString(c[0]));
    }
    List<String> all = new ArrayList<>(List.of("--json", json.toString(), "--sarif", sarif.toString()));
    all.addAll(args);
    all.add(dir.resolve("src").toString());
    int code;
    String said;
    try {
      if (asOtherUser) {
        OtherUser.Outcome outcome = OtherUser.run(dir, DataWardenCli.class, all);
        code = outcome.exitCode();
        said = outcome.out() + "\n" + outcome.err();
      } else {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        code = DataWardenCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        said = out + "\n" + err;
      }
    } finally {
      for (String[] c : chmods) {
        Files.setPosixFilePermissions(dir.resolve(c[1]), PosixFilePermissions.fromString("rwx------"));
      }
    }
    assertTrue(Files.isRegularFile(json), "the JSON report is written: " + said);
    assertTrue(Files.isRegularFile(sarif), "the SARIF report is written: " + said);
    JsonNode report = new ObjectMapper().readTree(json.toFile());

    List<String> unmatched = new ArrayList<>(problems);
    List<String> unexpected = new ArrayList<>();
    for (JsonNode p : report.get("problems")) {
      if ("NO_CLASSPATH".equals(p.get("kind").asText())) {
        continue;
      }
      String where = p.get("location").get("file").asText() + ":" + p.get("location").get("line").asInt();
      String message = p.get("message").asText();
      String match = unmatched.stream().filter(e -> matches(e, where, message)).findFirst().orElse(null);
      if (match == null) {
        unexpected.add(where + " " + message);
      } else {
        unmatched.remove(match);
      }
    }
    List<String> unmatchedFindings = new ArrayList<>(findings);
    for (JsonNode f : report.get("findings")) {
      String found = f.get("rule").asText() + " " + f.get("location").get("file").asText() + ":"
          + f.get("location").get("line").asInt();
      String message = f.get("message").asText();
      String match = unmatchedFindings.stream().filter(e -> {
        java.util.regex.Matcher parts = FINDING.matcher(e);
        return parts.matches() && found.startsWith(parts.group(1) + " ") && found.endsWith("/" + parts.group(2))
            && (parts.group(3) == null || message.contains(parts.group(3)));
      }).findFirst().orElse(null);
      if (match == null) {
        unexpected.add("finding " + found);
      } else {
        unmatchedFindings.remove(match);
      }
    }
    unmatched.addAll(unmatchedFindings);
    assertTrue(unmatched.isEmpty() && unexpected.isEmpty(),
        "expected but not reported: " + unmatched + "\nreported but not expected: " + unexpected + "\n" + said);
    if (exit != null) {
      assertEquals(exit.intValue(), code, said);
    }
    if (analysed != null) {
      assertEquals(analysed.intValue(), report.get("analysedFiles").size(), said);
    }
    for (String x : excluded) {
      assertTrue(!said.contains(x), "the console shows " + escapeForMessage(x) + " raw: " + said);
    }
    for (String x : included) {
      assertTrue(said.contains(x), "the console does not say " + escapeForMessage(x) + ": " + said);
    }
    String sarifText = Files.readString(sarif);
    for (String x : sarifIncluded) {
      assertTrue(sarifText.contains(x), "the SARIF report does not hold " + x + ": " + sarifText);
    }
    for (String link : links) {
      Path l = dir.resolve(link);
      assertTrue(Files.isSymbolicLink(l), link + " is still a symbolic link");
      assertTrue(Files.isRegularFile(l), link + "'s target is written");
      Path plain = Files.createFile(dir.resolve("a-new-file"));
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(l),
          "the report has the permissions the umask gives a new file");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> left = walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
      assertEquals(List.of(), left, "no temporary file is left behind");
    }
  }

  /** {@code FILE:LINE text}: the location ends with FILE:LINE and the message contains text. */
  private static boolean matches(String expected, String where, String message) {
    int space = expected.indexOf(' ');
    String at = space < 0 ? expected : expected.substring(0, space);
    String text = space < 0 ? "" : expected.substring(space + 1);
    return (where.endsWith("/" + at) || where.equals(at)) && message.contains(text);
  }

  private static void generate(Path dir, String[] spec) throws IOException {
    int n = Integer.parseInt(spec[1]);
    Path file = dir.resolve(spec[2]);
    String name = file.getFileName().toString().replace(".java", "");
    StringBuilder b = new StringBuilder("public class ").append(name).append(" {\n");
    switch (spec[0]) {
      case "concat" -> {
        b.append("  String s(String a) {\n    return a");
        for (int i = 0; i < n; i++) {
          b.append(" + \"x").append(i).append('"');
        }
        b.append(";\n  }\n");
      }
      case "nested" -> {
        b.append("  int s(int a) {\n    return ").append("(a + ".repeat(n)).append('1').append(")".repeat(n))
            .append(";\n  }\n");
      }
      case "else-if" -> {
        b.append("  int s(int a) {\n");
        for (int i = 0; i < n; i++) {
          b.append(i == 0 ? "    " : "    else ").append("if (a == ").append(i).append(") return ").append(i)
              .append(";\n");
        }
        b.append("    return -1;\n  }\n");
      }
      case "huge-class" -> {
        for (int i = 0; i < n / 4; i++) {
          b.append("  int f").append(i).append("(int a) {\n    int b = a + ").append(i).append(";\n    return b;\n  }\n");
        }
      }
      default -> throw new IllegalArgumentException(spec[0]);
    }
    b.append("}\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, b);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.createDirectories(to.resolve("src"));
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\n", i)) {
        b.append('\n');
        i++;
      } else if (s.charAt(i) == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static String escapeForMessage(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return b.toString();
  }
}
