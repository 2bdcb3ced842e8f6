package dev.datawarden.analyzer.processor;

import static dev.datawarden.analyzer.processor.ProcessorDiagnostics.assertMatchMarkers;
import static dev.datawarden.analyzer.processor.ProcessorDiagnostics.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.processor.ProcessorDiagnostics.Reported;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the Eclipse compiler, as Eclipse runs it: ecj ({@code org.eclipse.jdt:ecj},
 * which Spoon already brings) through its {@code javax.tools} front, in process. The same files give
 * the same diagnostics on the same lines as under javac.
 */
class EclipseCompilerTest {

  @TempDir Path output;

  private record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {}

  private Result compile(DataWardenProcessor processor, List<Path> sources, String... extraOptions) {
    JavaCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("-source", "17", "-target", "17", "-encoding", "UTF-8",
          "-classpath", Fixtures.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
          "-d", output.toString()));
      options.addAll(List.of(extraOptions));
      JavaCompiler.CompilationTask task =
          ecj.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(processor));
      boolean success = task.call();
      return new Result(success, diagnostics.getDiagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void ruleSamplesGiveTheirMarkedFindingsOnTheirLines() {
    List<Path> samples = List.of(Fixtures.ruleSample("InvalidAnnotation"), Fixtures.ruleSample("MissingRetentionPeriod"));
    Result result = compile(new DataWardenProcessor(), samples);

    assertTrue(result.success(), result.diagnostics()::toString);
    List<Reported> reported = ProcessorDiagnostics.of(result.diagnostics());
    assertTrue(reported.stream().allMatch(r -> r.kind() == Diagnostic.Kind.WARNING), reported::toString);
    assertMatchMarkers(reported, samples);
  }

  @Test
  void sameDiagnosticsAsJavac() {
    // ecj shows a record component's annotation on its accessor only, at no position: the analysis of
    // the last round reports it
    List<Path> files = List.of(resource("Customer.java"), resource("Contact.java"), resource("Suppressed.java"),
        resource("Compliant.java"));
    Result result = compile(new DataWardenProcessor(), files, "-Adatawarden.catalog=" + resource("catalog.yml"));

    List<Reported> reported = ProcessorDiagnostics.of(result.diagnostics());
    List<Path> marked = new ArrayList<>(files);
    marked.add(resource("catalog.yml"));
    assertMatchMarkers(reported, marked);
  }

  @Test
  void errorsUnderFailOnSeverity() {
    Result result = compile(new DataWardenProcessor(), List.of(resource("Customer.java")),
        "-Adatawarden.failOnSeverity=MAJOR");

    assertFalse(result.success());
    List<Reported> errors = ProcessorDiagnostics.of(result.diagnostics()).stream()
        .filter(r -> r.kind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("InvalidAnnotation", errors.get(0).ruleKey());
    assertEquals(13, errors.get(0).line());
  }

  @Test
  void internalErrorBecomesOneNote() {
    Result result = compile(new DataWardenProcessor(request -> {
      throw new IllegalStateException("the engine broke");
    }), List.of(resource("Compliant.java")));

    assertTrue(result.success());
    List<String> notes = ProcessorDiagnostics.others(result.diagnostics(), Diagnostic.Kind.NOTE);
    assertEquals(1, notes.size(), notes::toString);
    assertTrue(notes.get(0).contains("IllegalStateException: the engine broke"), notes.get(0));
  }

  @Test
  void classPathComesFromTheCompiler() {
    AtomicReference<AnalysisRequest> seen = new AtomicReference<>();
    compile(new DataWardenProcessor(request -> {
      seen.set(request);
      return new Analysis.Outcome(List.of(), List.of());
    }), List.of(resource("Customer.java")));

    List<Path> expected = Fixtures.classpath().stream().map(p -> p.toAbsolutePath().normalize()).toList();
    assertTrue(seen.get().classpath().orElseThrow().containsAll(expected), () -> seen.get().classpath().toString());
  }
}
