package dev.datawarden.sonar;

import dev.datawarden.analyzer.Analyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The expected findings written in fixture files, in the one marker syntax of the project
 * ({@code // Noncompliant@+1: RuleKey {{message part}}} in Java, {@code #} in catalogs).
 */
final class Markers {
  private static final Pattern MARKER = Pattern.compile(
      "(?://|#)\\s*Noncompliant(?:@([+-]\\d+))?:\\s*([A-Za-z]+)(?:\\s*\\{\\{(.*?)\\}\\})?");

  /** One expected finding; {@code file} is relative to the directory the markers were read under. */
  record Expected(String file, int line, String rule, String messagePart) {
    @Override
    public String toString() {
      return file + ":" + line + " " + rule + (messagePart == null ? "" : " {{" + messagePart + "}}");
    }
  }

  private Markers() {}

  /** The markers of every .java and .yml file under {@code root}, sorted by file and line. */
  static List<Expected> under(Path root) {
    List<Expected> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Markers::isFixture).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = MARKER.matcher(lines.get(i));
          if (m.find()) {
            int offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            if (Analyzer.rule(m.group(2)).isEmpty()) {
              throw new AssertionError(file + ":" + (i + 1) + ": the marker names no rule: " + m.group(2));
            }
            expected.add(new Expected(root.relativize(file).toString().replace('\\', '/'), i + 1 + offset,
                m.group(2), m.group(3)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  private static boolean isFixture(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p) && (name.endsWith(".java") || name.endsWith(".yml"))
        && !p.toString().replace('\\', '/').contains("/target/");
  }
}
