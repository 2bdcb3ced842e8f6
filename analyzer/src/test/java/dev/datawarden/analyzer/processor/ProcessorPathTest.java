package dev.datawarden.analyzer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.daemon.DaemonState;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's processor snippet as pasted into a build (issue #20, point 7), in a javac of its own
 * whose processor path is the analyzer and its runtime dependencies, as Maven's
 * {@code annotationProcessorPaths} resolves it: a catalog option naming a file that does not exist
 * yet is a note, not an error; nothing of ours prints an SLF4J line; the compilation that starts the
 * daemon says so once, with how to stop it, and the next one, analysed by the daemon, says nothing
 * about it.
 */
class ProcessorPathTest {
  @TempDir Path dir;
  private Path stateFile;

  @AfterEach
  void stopTheDaemon() throws Exception {
    // the daemon these compilations started, by the pid in its state file
    for (int i = 0; i < 100 && stateFile != null && DaemonState.read(stateFile).isEmpty(); i++) {
      Thread.sleep(100);
    }
    Optional<DaemonState> state = stateFile == null ? Optional.empty() : DaemonState.read(stateFile);
    state.flatMap(s -> ProcessHandle.of(s.pid())).ifPresent(ProcessHandle::destroy);
  }

  @Test
  void theReadmeSnippetWorksAsPasted() throws Exception {
    Path source = dir.resolve("src/shop/Customer.java");
    Files.createDirectories(source.getParent());
    Files.copy(Path.of("src/test/resources/processor/Customer.java"), source);
    stateFile = dir.resolve("daemon.properties");

    Compiled first = javac(source, "en");
    assertEquals(0, first.exitCode(), first.output());
    assertTrue(first.output().contains("Note: DataWarden: no catalog " + dir.resolve("datawarden.yml")
        + " yet, so only the built-in catalog applies"), first.output());
    assertEquals(1, count(first.output(), "DataWarden: started an analysis daemon in the background"), first.output());
    assertTrue(first.output().contains("to stop it sooner, delete its state file " + stateFile), first.output());
    assertTrue(first.output().contains("[MissingRetentionPeriod]"), first.output());
    assertFalse(first.output().contains("SLF4J"), first.output());
    assertFalse(first.output().contains("error:"), first.output());

    waitForTheDaemon();
    Compiled second = javac(source, "zh-CN");
    assertEquals(0, second.exitCode(), second.output());
    assertTrue(second.output().contains("注: DataWarden: 目录文件 " + dir.resolve("datawarden.yml") + " 尚不存在")
        || second.output().contains("Note: DataWarden: 目录文件 " + dir.resolve("datawarden.yml") + " 尚不存在"),
        second.output());
    assertFalse(second.output().contains("守护进程"), "a daemon already runs: " + second.output());
    assertTrue(second.output().contains("个人信息 Customer.mobile（PHONE） 未声明保存期限"), second.output());
    assertFalse(second.output().contains("SLF4J"), second.output());
  }

  private record Compiled(int exitCode, String output) {}

  private Compiled javac(Path source, String locale) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-J-Duser.language=en", "-d", dir.resolve("classes").toString(),
        "-processorpath", processorPath(), "-cp", processorPath(),
        "-Adatawarden.catalog=" + dir.resolve("datawarden.yml"),
        "-Adatawarden.failOnSeverity=CRITICAL",
        "-Adatawarden.daemon=true",
        "-Adatawarden.daemonStateFile=" + stateFile,
        "-Adatawarden.locale=" + locale,
        source.toString()));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), output);
    return new Compiled(p.exitValue(), output);
  }

  /** The analyzer's classes and its runtime dependencies (written by the build into {@code target/}). */
  private static String processorPath() throws IOException {
    return Path.of("target/classes").toAbsolutePath() + File.pathSeparator
        + Files.readString(Path.of("target/runtime-classpath.txt")).trim();
  }

  private void waitForTheDaemon() throws InterruptedException {
    for (int i = 0; i < 300 && DaemonState.read(stateFile).isEmpty(); i++) {
      Thread.sleep(100);
    }
    assertTrue(DaemonState.read(stateFile).isPresent(), "no daemon wrote " + stateFile);
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
