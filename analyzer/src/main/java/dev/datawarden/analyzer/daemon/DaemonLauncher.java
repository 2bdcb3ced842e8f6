package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.C1Only;
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
    new ProcessBuilder(command(java, classpath, stateFile, System.getProperty(AnalysisDaemon.IDLE_MINUTES),
        System.getProperty(C1Only.PROPERTY)))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start().getOutputStream().close();
  };

  /**
   * The daemon's command: with C1 only ({@code -XX:TieredStopAtLevel=1}: asked a few times a minute,
   * a daemon with C2 spent more CPU compiling JDT, Spoon and the engine for its first dozens of
   * analyses than on the analyses, on the cores javac needs), unless {@code c1Only} is {@code false}
   * (the launching JVM's {@code -Ddatawarden.c1Only}, passed on); the idle time passed on when set.
   */
  static List<String> command(Path java, List<Path> classpath, Path stateFile, String idleMinutes, String c1Only) {
    List<String> command = new java.util.ArrayList<>();
    command.add(java.toString());
    if (idleMinutes != null) {
      command.add("-D" + AnalysisDaemon.IDLE_MINUTES + "=" + idleMinutes);
    }
    if ("false".equalsIgnoreCase(c1Only)) {
      command.add("-D" + C1Only.PROPERTY + "=false");
    } else {
      command.add("-XX:TieredStopAtLevel=1");
    }
    command.add("-cp");
    command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    command.add(AnalysisDaemon.class.getName());
    command.add(stateFile.toString());
    return command;
  }

  /** Starts a daemon on {@code classpath} that writes {@code stateFile}, without waiting for it. */
  void launch(List<Path> classpath, Path stateFile) throws IOException;
}
