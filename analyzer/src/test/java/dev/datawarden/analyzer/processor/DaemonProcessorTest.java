package dev.datawarden.analyzer.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.daemon.AnalysisDaemon;
import dev.datawarden.analyzer.daemon.DaemonLauncher;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code -Adatawarden.daemon=true}: the daemon's answer is reported as the processor's own analysis would be. */
class DaemonProcessorTest {
  @TempDir Path directory;

  /** Records the daemons the processor would start, and starts none. */
  private final List<Path> launched = new ArrayList<>();
  private final DaemonLauncher recording = (classpath, stateFile) -> launched.add(stateFile);

  private Compilation compile(DataWardenProcessor processor, String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add("-Adatawarden.catalog=" + Fixtures.sampleShop().resolve("datawarden.yml"));
    return javac().withProcessors(processor).withOptions(all.toArray()).withClasspath(DataWardenProcessorTest.classpath())
        .compile(DataWardenProcessorTest.sources(DataWardenProcessorTest.shopSources()));
  }

  private static List<String> diagnostics(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "-" : d.getSource().getName()) + ":" + d.getLineNumber()
            + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
        .toList();
  }

  @ParameterizedTest(name = "background={0}")
  @ValueSource(booleans = {true, false})
  void daemonGivesTheSameDiagnosticsAsTheAnalysisInTheCompiler(boolean background) throws Exception {
    Path stateFile = directory.resolve("daemon.properties");
    AnalysisDaemon daemon = new AnalysisDaemon(Duration.ofMinutes(10));
    daemon.start(stateFile);
    try {
      List<String> inCompiler = diagnostics(compile(new DataWardenProcessor(Analysis.ANALYZER, recording),
          "-Adatawarden.background=" + background));
      List<String> viaDaemon = diagnostics(compile(new DataWardenProcessor(request -> {
        throw new AssertionError("analysed in the compiler although the daemon answers");
      }, recording), "-Adatawarden.background=" + background, "-Adatawarden.daemon=true",
          "-Adatawarden.daemonStateFile=" + stateFile));

      // contract: nothing tells the two apart, the order of the diagnostics included
      assertTrue(inCompiler.stream().anyMatch(d -> d.startsWith("WARNING") && d.contains("[")), inCompiler::toString);
      assertEquals(inCompiler, viaDaemon);
      assertEquals(1, daemon.served());
      assertEquals(List.of(), launched);
    } finally {
      daemon.stop();
    }
  }

  @Test
  void withoutADaemonOneIsStartedAndTheCompilerAnalysesAsWithoutTheOption() {
    Path stateFile = directory.resolve("nobody.properties");
    List<String> without = diagnostics(compile(new DataWardenProcessor(Analysis.ANALYZER, recording)));
    // under compile-testing the processor's class loader is not a URLClassLoader: no class path to start one with
    List<String> with = diagnostics(compile(new DataWardenProcessor(Analysis.ANALYZER, recording),
        "-Adatawarden.daemon=true", "-Adatawarden.daemonStateFile=" + stateFile));

    assertEquals(without, with);
    assertEquals(List.of(), launched);
  }

  @Test
  void daemonOptionIsTrueOrFalse() {
    ProcessorOptions options = ProcessorOptions.parse(java.util.Map.of("datawarden.daemon", "yes"));

    assertFalse(options.daemon());
    assertEquals(List.of("-Adatawarden.daemon must be true or false, was 'yes'; using false"), options.warnings());
    assertTrue(ProcessorOptions.parse(java.util.Map.of("datawarden.daemon", "TRUE")).daemon());
  }

  @Test
  void noDaemonAnsweringStartsOneAndAnalysesInProcess() {
    Analysis.Outcome inProcess = outcome("in-process");
    DaemonAnalysis analysis = new DaemonAnalysis(Optional.of(directory.resolve("nobody.properties")),
        Optional.of(List.of(directory.resolve("analyzer.jar"))), recording, request -> inProcess);

    Analysis.Outcome first = analysis.run(request());
    assertEquals(inProcess.findings(), first.findings());
    assertEquals(List.of(directory.resolve("nobody.properties")), launched);
    // contract: the compilation that starts it says so, and how to stop it
    assertEquals(1, first.notes().size(), first.notes()::toString);
    String note = first.notes().get(0);
    assertTrue(note.startsWith("started an analysis daemon"), note);
    assertTrue(note.contains("exits after 10 idle minutes"), note);
    assertTrue(note.contains("delete its state file " + directory.resolve("nobody.properties")), note);

    assertEquals("已在后台启动分析守护进程，供后续编译使用（本次编译在编译器内分析）；空闲 10 分钟后它会退出；如需提前停止，请删除其状态文件 "
        + directory.resolve("nobody.properties") + "（它会在一分钟内退出），或终止该文件中记录的进程号（pid）",
        DaemonAnalysis.started(directory.resolve("nobody.properties"), java.util.Locale.SIMPLIFIED_CHINESE));

    // contract: the next compilation, before the daemon listens, starts no second one and says nothing
    assertEquals(inProcess, analysis.run(request()));
    assertEquals(1, launched.size());
  }

  @Test
  void aLauncherThatFailsSaysNothingStarted() {
    DaemonLauncher failing = (classpath, stateFile) -> {
      throw new IOException("no java");
    };
    DaemonAnalysis analysis = new DaemonAnalysis(Optional.of(directory.resolve("nobody.properties")),
        Optional.of(List.of(directory.resolve("analyzer.jar"))), failing, request -> outcome("in-process"));

    assertEquals(List.of(), analysis.run(request()).notes());
  }

  @Test
  void aLauncherThatFailsLeavesTheInProcessAnalysis() {
    Analysis.Outcome inProcess = outcome("in-process");
    DaemonLauncher failing = (classpath, stateFile) -> {
      throw new IOException("no java");
    };
    DaemonAnalysis analysis = new DaemonAnalysis(Optional.of(directory.resolve("nobody.properties")),
        Optional.of(List.of(directory.resolve("analyzer.jar"))), failing, request -> inProcess);

    assertEquals(inProcess, analysis.run(request()));
  }

  @Test
  void aDaemonThatCannotAnalyseLeavesItToTheCompilerAndStaysInPlace() throws Exception {
    Path stateFile = directory.resolve("daemon.properties");
    AnalysisDaemon daemon = new AnalysisDaemon(Duration.ofMinutes(10));
    daemon.start(stateFile);
    try {
      Analysis.Outcome inProcess = outcome("in-process");
      // no source root: the daemon answers with an error
      AnalysisRequest bad = new AnalysisRequest(List.of(), Optional.empty(), List.of(), 17, directory,
          java.util.Set.of(), List.of(), List.of());
      DaemonAnalysis analysis = new DaemonAnalysis(Optional.of(stateFile),
          Optional.of(List.of(directory.resolve("analyzer.jar"))), recording, request -> inProcess);

      Analysis.Outcome outcome = analysis.run(bad);
      assertEquals(inProcess.findings(), outcome.findings());
      assertEquals(List.of(), launched);
      // contract: the compilation says the daemon could not analyse it, and why
      assertEquals(List.of("the analysis daemon could not analyse this compilation, so the compiler analysed it "
          + "(bad request: the request names no source root)"), outcome.notes());
    } finally {
      daemon.stop();
    }
  }

  @Test
  void daemonAnswerBecomesTheOutcome() throws Exception {
    Path stateFile = directory.resolve("daemon.properties");
    AnalysisDaemon daemon = new AnalysisDaemon(Duration.ofMinutes(10));
    daemon.start(stateFile);
    try {
      DaemonAnalysis analysis = new DaemonAnalysis(Optional.of(stateFile), Optional.empty(), recording, request -> {
        throw new AssertionError("the daemon answers");
      });
      Analysis.Outcome outcome = analysis.run(request());
      assertFalse(outcome.problems().isEmpty(), "the daemon analysed an empty directory: " + outcome);
      assertTrue(outcome.inDaemon());
      assertEquals(List.of(), launched);
    } finally {
      daemon.stop();
    }
  }

  private AnalysisRequest request() {
    return AnalysisRequest.builder().addSourceRoot(directory).baseDirectory(directory).build();
  }

  private static Analysis.Outcome outcome(String message) {
    return new Analysis.Outcome(List.of(new Finding("InvalidAnnotation", Severity.MAJOR, message,
        new Location("A.java", 1, 1), List.of())), List.of());
  }
}
