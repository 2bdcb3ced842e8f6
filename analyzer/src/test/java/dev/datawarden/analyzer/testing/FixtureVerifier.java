package dev.datawarden.analyzer.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.rules.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the analyzer on fixture files and compares its findings with the markers written in them,
 * strictly both ways: a finding without a marker fails as surely as a marker without a finding.
 *
 * <p>Markers, in Java ({@code //}) and catalog files ({@code #}):
 * <pre>
 * log.info(phone);   // Noncompliant: PersonalInfoLogged {{phone}}
 * // Noncompliant@+1: MissingRetentionPeriod
 * </pre>
 * The key is required and must name a rule; {@code {{...}}} is a part of the message; {@code @+N}
 * points N lines down. Sources without a marker fail the verification unless the test says
 * {@link #expectNoFindings()}, so that markers lost by mistake cannot pass for "nothing found".
 */
public final class FixtureVerifier {
  private static final Pattern MARKER = Pattern.compile(
      "(?://|#)\\s*Noncompliant(?:@([+-]\\d+))?:\\s*([A-Za-z]+)(?:\\s*\\{\\{(.*?)\\}\\})?");

  /** A finding the fixture expects. */
  public record Expected(String file, int line, String ruleKey, String messagePart) {
    @Override
    public String toString() {
      return file + ":" + line + " " + ruleKey + (messagePart == null ? "" : " {{" + messagePart + "}}");
    }
  }

  private final List<Path> sources = new ArrayList<>();
  private final List<Path> catalogs = new ArrayList<>();
  private final List<Path> resources = new ArrayList<>();
  private Path base = Fixtures.root();
  private boolean inferData = true;
  private boolean withClasspath = true;
  private final List<Path> extraClasspath = new ArrayList<>();
  private java.util.Set<String> only;
  private boolean noFindingsExpected;
  private int sourceLevel = AnalysisRequest.DEFAULT_SOURCE_LEVEL;

  public static FixtureVerifier create() {
    return new FixtureVerifier();
  }

  public FixtureVerifier source(Path fileOrDirectory) {
    sources.add(fileOrDirectory);
    return this;
  }

  public FixtureVerifier catalog(Path file) {
    catalogs.add(file);
    return this;
  }

  /** A resource root whose MyBatis mapper XML files the analysis reads. */
  public FixtureVerifier resources(Path directory) {
    resources.add(directory);
    return this;
  }

  /** A class path entry added to the fixtures' own in the analysis with a class path. */
  public FixtureVerifier classpathEntry(Path entry) {
    extraClasspath.add(entry);
    return this;
  }

  public FixtureVerifier base(Path directory) {
    base = directory;
    return this;
  }

  /**
   * Compares only the findings and markers of these rules: a rule sample may also breach other
   * rules, whose own samples cover them. Strict both ways within those rules.
   */
  public FixtureVerifier only(String... ruleKeys) {
    for (String key : ruleKeys) {
      if (RulePack.find(key).isEmpty()) {
        throw new IllegalArgumentException("only(\"" + key + "\"): no rule has this key");
      }
    }
    only = java.util.Set.of(ruleKeys);
    return this;
  }

  /** States that the sources hold no marker (of the rules compared) because no finding is expected. */
  public FixtureVerifier expectNoFindings() {
    noFindingsExpected = true;
    return this;
  }

  /** Reads the sources at this Java language level (17 by default). */
  public FixtureVerifier sourceLevel(int level) {
    sourceLevel = level;
    return this;
  }

  /** Follow declared data only: undeclared data that looks personal is not inferred. */
  public FixtureVerifier declaredDataOnly() {
    inferData = false;
    return this;
  }

  /** Analyse in no-class-path mode instead of with the fixtures' class path. */
  public FixtureVerifier withoutClasspath() {
    withClasspath = false;
    return this;
  }

  /** Runs the analysis and fails with every mismatch listed; returns the result for further checks. */
  public AnalysisResult verify() {
    AnalysisRequest.Builder request = AnalysisRequest.builder().addSourceRoots(sources).baseDirectory(base)
        .sourceLevel(sourceLevel).inferData(inferData);
    catalogs.forEach(request::addCatalog);
    resources.forEach(request::addResourceRoot);
    if (withClasspath) {
      List<Path> classpath = new ArrayList<>(Fixtures.classpath());
      classpath.addAll(extraClasspath);
      request.classpath(classpath);
    }
    AnalysisResult result = Analyzer.analyze(request.build());
    sameWhenEveryMethodIsAnalysed(request.build(), result);

    List<Expected> expected = new ArrayList<>();
    for (Path p : sources) {
      expected.addAll(markers(p));
    }
    for (Path p : catalogs) {
      expected.addAll(markers(p));
    }
    if (only != null) {
      expected.removeIf(e -> !only.contains(e.ruleKey()));
    }
    if (expected.isEmpty() != noFindingsExpected) {
      fail(noFindingsExpected ? "expectNoFindings(), yet the sources hold markers: " + expected
          : "no marker" + (only == null ? "" : " of " + new java.util.TreeSet<>(only)) + " in " + sources
              + ": say expectNoFindings() when no finding is expected");
    }
    List<Finding> unexpected = new ArrayList<>(result.findings());
    if (only != null) {
      unexpected.removeIf(f -> !only.contains(f.ruleKey()));
    }
    String mismatches = mismatches(expected, unexpected,
        f -> new Actual(f.location().file(), f.location().line(), f.ruleKey(), f.message()));
    if (!mismatches.isEmpty()) {
      fail("findings do not match the markers" + (withClasspath ? " (with class path)" : " (no-class-path mode)")
          + mismatches);
    }
    return result;
  }

  /**
   * The engine analyses only the methods data can reach; every fixture is analysed a second time
   * with every method analysed, and both must report exactly the same, paths included.
   */
  private static void sameWhenEveryMethodIsAnalysed(AnalysisRequest request, AnalysisResult result) {
    AnalysisResult exhaustive = Analyzer.analyze(request.withExhaustiveFlow(true));
    if (!exhaustive.findings().equals(result.findings())) {
      List<Finding> onlyDemand = new ArrayList<>(result.findings());
      onlyDemand.removeAll(exhaustive.findings());
      List<Finding> onlyExhaustive = new ArrayList<>(exhaustive.findings());
      onlyExhaustive.removeAll(result.findings());
      fail("the engine reports otherwise when it analyses every method:\n  only when data-driven: "
          + onlyDemand + "\n  only when exhaustive: " + onlyExhaustive);
    }
  }

  /** What a check reported, in the terms markers are matched against. */
  public record Actual(String file, long line, String ruleKey, String message) {}

  /**
   * Matches markers and reported items one to one and lists what is left on either side, one line
   * each ("missing:" or "unexpected:"); empty when they match. Shared by every check of markers
   * (analyses here, compiler diagnostics in the processor's tests).
   */
  public static <T> String mismatches(List<Expected> expected, List<T> reported, Function<T, Actual> describe) {
    List<T> unexpected = new ArrayList<>(reported);
    List<Expected> missing = new ArrayList<>();
    for (Expected e : expected) {
      Iterator<T> it = unexpected.iterator();
      boolean found = false;
      while (it.hasNext()) {
        Actual a = describe.apply(it.next());
        if (a.file().equals(e.file()) && a.line() == e.line() && a.ruleKey().equals(e.ruleKey())
            && (e.messagePart() == null || a.message().contains(e.messagePart()))) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(e);
      }
    }
    StringBuilder m = new StringBuilder();
    missing.forEach(e -> m.append("\n  missing:    ").append(e));
    unexpected.forEach(t -> {
      Actual a = describe.apply(t);
      m.append("\n  unexpected: ").append(a.file()).append(':').append(a.line()).append(' ')
          .append(a.ruleKey()).append(' ').append(a.message());
    });
    return m.toString();
  }

  /** The markers of a file, or of every .java and .yml file under a directory. */
  public List<Expected> markers(Path fileOrDirectory) {
    List<Expected> all = new ArrayList<>();
    try (Stream<Path> files = Files.isDirectory(fileOrDirectory) ? Files.walk(fileOrDirectory) : Stream.of(fileOrDirectory)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".yml")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        String shown = Location.displayPath(base.toAbsolutePath().normalize(), f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = MARKER.matcher(lines.get(i));
          while (m.find()) {
            int offset = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            if (RulePack.find(m.group(2)).isEmpty()) {
              fail(f + ":" + (i + 1) + ": the marker names no rule: " + m.group(2));
            }
            all.add(new Expected(shown, i + 1 + offset, m.group(2), m.group(3)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
