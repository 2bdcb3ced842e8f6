package dev.datawarden.analyzer.cli;

import dev.datawarden.analyzer.C1Only;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the command line's analysis in a second JVM whose just-in-time compiler stops at C1
 * ({@code -XX:TieredStopAtLevel=1}), with the JVM options the command was started with.
 *
 * <p>An analysis runs a great deal of code (JDT, Spoon, the engine) a few times each, for tens of
 * seconds. HotSpot's default compiles the hot part of it twice, the second time with C2, whose
 * compilations took about half of the process's CPU on a 2-core machine (guava: 30 s of CPU,
 * 14 s of it in C2's threads), competing with the analysis for the cores; C2's faster code never
 * pays that back in a run this short. With C1 only the same analysis took half the time. javac
 * gains too from it ({@code javac -J-XX:TieredStopAtLevel=1}); a user can set it for javac, but
 * nobody should have to know it to run DataWarden.
 *
 * <p>The JVM is started again only when nothing says otherwise: not when the options already
 * choose the compiler ({@code -XX:TieredStopAtLevel}, {@code -XX:-TieredCompilation}, {@code -Xint},
 * {@code -XX:+UseJVMCICompiler}, {@code -Xcomp}), nor under a debugger, an agent or a flight
 * recording (they watch this JVM), nor when {@code -Ddatawarden.fork=false} or the environment's
 * {@code DATAWARDEN_FORK=false} says not to, nor for help or the version (nothing to analyse), nor
 * when this JVM is that second one. If the second JVM cannot be started, the analysis runs here.
 */
final class QuickJvm {
  /** The system property (and, upper-cased with {@code _}, the environment variable) that turns the second JVM off. */
  static final String PROPERTY = "datawarden.fork";
  private static final String ENVIRONMENT = "DATAWARDEN_FORK";
  /** Set on the second JVM, so that it runs the command itself. */
  private static final String FORKED = "datawarden.forked";
  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  private static final java.util.Set<String> HELP = java.util.Set.of("-h", "--help", "-V", "--version");

  private QuickJvm() {}

  /**
   * The command that runs {@code mainClass} with {@code args} in a JVM with C1 only, or empty when
   * the analysis should run in this JVM.
   *
   * @param jvmOptions the options this JVM was started with
   * @param properties {@code datawarden.fork} and {@code datawarden.forked} as set here (null when not)
   * @param environment the environment
   */
  static Optional<List<String>> command(List<String> jvmOptions, Map<String, String> properties,
      Map<String, String> environment, Path javaHome, String classpath, String mainClass, String[] args) {
    if (args.length == 0 || List.of(args).stream().anyMatch(HELP::contains)) {
      return Optional.empty(); // nothing to analyse: help, the version or a usage error, at once
    }
    if (properties.get(FORKED) != null || "false".equalsIgnoreCase(properties.get(PROPERTY))
        || "false".equalsIgnoreCase(environment.get(ENVIRONMENT)) || classpath == null || classpath.isBlank()) {
      return Optional.empty();
    }
    for (String option : jvmOptions) {
      if (C1Only.choosesCompiler(option) || watches(option)) {
        return Optional.empty();
      }
    }
    Path java = javaHome.resolve("bin").resolve(
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
    if (!Files.isExecutable(java)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add(C1_ONLY);
    command.add("-D" + FORKED + "=true");
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /** True in the second JVM. */
  static boolean forked() {
    return System.getProperty(FORKED) != null;
  }

  private static boolean watches(String option) {
    return option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
        || option.startsWith("-Xdebug") || option.startsWith("-Xrunjdwp") || option.startsWith("-XX:StartFlightRecording")
        || option.startsWith("-XX:+FlightRecorder");
  }

  /**
   * Runs the command in the second JVM when {@link #command} gives one, with this process's
   * standard streams, and answers its exit code; empty when the command should run here (including
   * when the second JVM could not be started).
   */
  static Optional<Integer> runElsewhere(Class<?> mainClass, String[] args) {
    List<String> options;
    try {
      options = ManagementFactory.getRuntimeMXBean().getInputArguments();
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty(); // no management module: run here
    }
    Map<String, String> properties = new java.util.HashMap<>();
    for (String name : List.of(PROPERTY, FORKED)) {
      String value = System.getProperty(name);
      if (value != null) {
        properties.put(name, value);
      }
    }
    Optional<List<String>> command = command(options, properties, System.getenv(),
        Path.of(System.getProperty("java.home")), System.getProperty("java.class.path"), mainClass.getName(), args);
    if (command.isEmpty()) {
      return Optional.empty();
    }
    Process process;
    try {
      process = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Thread stop = new Thread(process::destroy, "datawarden-stop-analysis");
    Runtime.getRuntime().addShutdownHook(stop); // killed or interrupted: the analysis ends too
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return Optional.of(process.waitFor());
        } catch (InterruptedException e) {
          interrupted = true;
          process.destroy();
        }
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // shutting down already: the hook ends the analysis
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
