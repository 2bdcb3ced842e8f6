package dev.datawarden.analyzer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Runs an analysis in a JVM shared with other work (Maven's) with HotSpot's second compiler, C2,
 * kept from compiling methods while it runs: a compiler directive excluding every method from C2,
 * added through the JVM's diagnostic commands (as {@code jcmd <pid> Compiler.directives_add} does)
 * and removed when the last analysis running ends. The command line does better: it starts its own
 * JVM with C1 only ({@code cli.QuickJvm}, where the reasons are). The same directive also holds for
 * work that does not end where it starts ({@link #open}): the rest of a compilation the annotation
 * processor takes part in, or the whole life of an analysis daemon started by hand.
 *
 * <p>A method hot enough for C2 while the directive holds is compiled by C1 without profiling
 * instead, and stays so; methods C2 compiled before keep their code. Another thread of the JVM
 * (a module compiled by javac beside this analysis in a parallel build) is under the same
 * directive while it holds. Without the diagnostic commands (a JVM other than HotSpot, no
 * {@code jdk.management} module) the analysis runs as the JVM decides.
 */
public final class C1Only {
  /** The analyses running in this JVM and the directive they share: one per JVM, guarded by itself. */
  private static final Shared SHARED = new Shared();

  /**
   * The system property that, set to {@code false}, keeps C2 in a JVM DataWarden starts or runs as
   * its own (the analysis daemon).
   */
  public static final String PROPERTY = "datawarden.c1Only";

  private C1Only() {}

  /** True for a JVM option that chooses the JIT compilers itself: DataWarden then leaves them as they are. */
  public static boolean choosesCompiler(String option) {
    return option.startsWith("-XX:TieredStopAtLevel") || option.equals("-XX:-TieredCompilation")
        || option.equals("-Xint") || option.equals("-Xcomp") || option.equals("-XX:+UseJVMCICompiler");
  }

  /**
   * True when the JVM's main class ({@code sun.java.command}) is the {@code javac} launcher's or
   * Maven's command line: a JVM that ends with the build, where keeping C2 from compiling leaves no
   * lasting mark. A method C1 compiles under the directive stays C1's, so in a JVM that lives on and
   * builds again (a Gradle daemon, IntelliJ's build process, the Maven daemon) the hot code of the
   * compiler and of the analysis would stay the slower code for good: front ends keep C2 there.
   */
  public static boolean startedForOneBuild(String command) {
    if (command == null || command.isBlank()) {
      return false;
    }
    String main = command.strip().split("\\s+", 2)[0];
    return main.equals("com.sun.tools.javac.Main") || main.equals("jdk.compiler/com.sun.tools.javac.Main")
        || main.equals("org.codehaus.plexus.classworlds.launcher.Launcher");
  }

  /** Runs {@code analysis} under the directive; nested and parallel calls share one. */
  public static <T> T during(Supplier<T> analysis) {
    try (Window ignored = open()) {
      return analysis.get();
    }
  }

  /**
   * Puts the JVM under the directive until the window is closed, for work that does not end in the
   * method that starts it (a compilation DataWarden's processor takes part in, from the processor's
   * start to the compilation's end); shared with {@link #during} and other windows as they are with
   * each other.
   */
  public static Window open() {
    SHARED.enter();
    return new Window();
  }

  /** An open directive; closing it again does nothing. */
  public static final class Window implements AutoCloseable {
    private boolean closed;

    private Window() {}

    @Override
    public void close() {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
      }
      SHARED.exit();
    }
  }

  /** True while an analysis of this JVM runs under the directive. */
  public static boolean holds() {
    return SHARED.holds();
  }

  private static final class Shared {
    private int running;
    private boolean added;
    private Path directives;

    synchronized void enter() {
      if (running++ == 0) {
        String file = file();
        // answers "1 compiler directives added" (or why none was: a JVM without directives)
        added = file != null && command("compilerDirectivesAdd", file).matches("(?s)\\s*[1-9].*");
      }
    }

    synchronized boolean holds() {
      return running > 0 && added;
    }

    synchronized void exit() {
      if (--running == 0 && added) {
        command("compilerDirectivesRemove");
        added = false;
      }
    }

    /** The directive, written once per JVM: every method, none compiled by C2. */
    private String file() {
      try {
        if (directives == null || !Files.exists(directives)) {
          Path file = Files.createTempFile("datawarden-c1-only", ".json");
          Files.writeString(file, "[ { match: \"*.*\", c2: { Exclude: true } } ]\n");
          file.toFile().deleteOnExit();
          directives = file;
        }
        return directives.toString();
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  /** Invokes a diagnostic command and answers what it printed; empty when the JVM has none or refused it. */
  static String command(String operation, String... arguments) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      Object printed = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
          new Object[] {arguments}, new String[] {String[].class.getName()});
      return printed == null ? "" : printed.toString();
    } catch (JMException | RuntimeException | LinkageError e) {
      return "";
    }
  }
}
