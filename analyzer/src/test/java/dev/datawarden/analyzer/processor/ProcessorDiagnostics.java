package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.api.Location;
import static org.junit.jupiter.api.Assertions.fail;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * The DataWarden diagnostics of a compilation, and their strict comparison with the
 * {@code // Noncompliant} markers of the compiled files: a diagnostic without a marker fails as
 * surely as a marker without one, and so does a finding reported twice.
 */
final class ProcessorDiagnostics {
  /** {@code [RuleKey] message}, or {@code [RuleKey] file:line: message} when nothing at the line carries it. */
  private static final Pattern TEXT = Pattern.compile("\\[([A-Za-z]+)\\] (?:(\\S+?):(\\d+): )?(.*)", Pattern.DOTALL);

  private static final Path BASE = Path.of("").toAbsolutePath().normalize();

  /** One DataWarden diagnostic: where it is (file relative to the working directory), its rule, kind and text. */
  record Reported(String file, long line, long column, String ruleKey, Diagnostic.Kind kind, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + " " + kind + " [" + ruleKey + "] " + message;
    }
  }

  private ProcessorDiagnostics() {}

  /** The diagnostics that carry a rule key, wherever the compiler placed them. */
  static List<Reported> of(List<? extends Diagnostic<?>> diagnostics) {
    List<Reported> reported = new ArrayList<>();
    for (Diagnostic<?> d : diagnostics) {
      Matcher m = TEXT.matcher(d.getMessage(Locale.ROOT));
      if (!m.matches()) {
        continue;
      }
      String file;
      long line;
      if (m.group(2) != null) {
        file = display(BASE.resolve(m.group(2)));
        line = Long.parseLong(m.group(3));
      } else {
        file = d.getSource() == null ? "<none>" : display(sourcePath(d.getSource()));
        line = d.getLineNumber();
      }
      reported.add(new Reported(file, line, d.getColumnNumber(), m.group(1), d.getKind(), m.group(4)));
    }
    return reported;
  }

  /** The messages of the diagnostics of one kind that do not carry a rule key: DataWarden's own notes and warnings. */
  static List<String> others(List<? extends Diagnostic<?>> diagnostics, Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT)).filter(m -> !TEXT.matcher(m).matches()).toList();
  }

  /** Fails unless the diagnostics and the markers of {@code fixtures} match one to one. */
  static void assertMatchMarkers(List<Reported> reported, List<Path> fixtures) {
    List<FixtureVerifier.Expected> expected = new ArrayList<>();
    for (Path f : fixtures) {
      expected.addAll(FixtureVerifier.create().base(BASE).markers(f));
    }
    String mismatches = FixtureVerifier.mismatches(expected, reported,
        r -> new FixtureVerifier.Actual(r.file(), r.line(), r.ruleKey(), r.message()));
    if (!mismatches.isEmpty()) {
      fail("diagnostics do not match the markers" + mismatches);
    }
  }

  static Path resource(String name) {
    URL url = ProcessorDiagnostics.class.getResource("/processor/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource processor/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Path sourcePath(Object source) {
    if (source instanceof javax.tools.FileObject f && "file".equals(f.toUri().getScheme())) {
      return Path.of(f.toUri());
    }
    return Path.of(source instanceof javax.tools.FileObject f ? f.getName() : source.toString());
  }

  private static String display(Path file) {
    return Location.displayPath(BASE, file);
  }
}
