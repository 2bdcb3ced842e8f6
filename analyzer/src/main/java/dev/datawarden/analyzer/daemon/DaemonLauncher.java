package dev.datawarden.analyzer.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Starts a daemon in the background; tests give one that starts nothing. */
@FunctionalInterface
public interface DaemonLauncher {

  /**
   * A detached {@code java} process of this JVM running {@link AnalysisDaemon} on {@code classpath}
   * with {@code stateFile}; its output is discarded, and it outlives the compilation that started it.
   */
  DaemonLauncher PROCESS = (classpath, stateFile) -> {
    Path java = Path.of(System.getProperty("java.home"), "bin",
        System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
    if (!Files.isExecutable(java)) {
      throw new IOException("no java executable at " + java);
    }
    String entries = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", entries, AnalysisDaemon.class.getName(),
        stateFile.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    String idle = System.getProperty(AnalysisDaemon.IDLE_MINUTES);
    if (idle != null) {
      builder.command().add(1, "-D" + AnalysisDaemon.IDLE_MINUTES + "=" + idle);
    }
    builder.start().getOutputStream().close();
  };

  /** Starts a daemon on {@code classpath} that writes {@code stateFile}, without waiting for it. */
  void launch(List<Path> classpath, Path stateFile) throws IOException;
}
