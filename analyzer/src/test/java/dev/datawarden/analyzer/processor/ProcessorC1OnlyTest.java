package dev.datawarden.analyzer.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.datawarden.analyzer.C1Only;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * In the compiler's JVM the analysis runs with C2 kept from compiling, and under javac in a JVM started for
 * the build so does the rest of the compilation, unless {@code -Adatawarden.c1Only=false}.
 */
class ProcessorC1OnlyTest {
  private static final JavaFileObject SOURCE = JavaFileObjects.forSourceString("a.Member", """
      package a;

      public class Member {
        private String phone;
      }
      """);

  private static List<Boolean> compile(String... options) {
    List<Boolean> seen = new ArrayList<>();
    DataWardenProcessor processor = new DataWardenProcessor(request -> {
      seen.add(C1Only.holds());
      return new Analysis.Outcome(List.of(), List.of(), Map.of(), false, List.of());
    });
    Compilation compilation = javac().withProcessors(processor).withOptions((Object[]) options).compile(SOURCE);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    return seen;
  }

  @Test
  void theAnalysisRunsUnderTheDirectiveByDefault() {
    assertEquals(List.of(true), compile());
    assertEquals(List.of(true), compile("-Adatawarden.background=false"));
    assertEquals(false, C1Only.holds()); // and the directive is gone once the compilation ends
  }

  @Test
  void theOptionTurnsItOff() {
    assertEquals(List.of(false), compile("-Adatawarden.c1Only=false"));
  }

  /**
   * Whether the directive held while javac generated each class file, beside the analysis running
   * in the background, and whether it still held once the compilation had ended.
   */
  private static List<Boolean> generating(String... options) throws Exception {
    return generating(SOURCE, true, true, options);
  }

  private static List<Boolean> generating(JavaFileObject source, boolean compiles, boolean startedToCompile,
      String... options) throws Exception {
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    java.nio.file.Path out = java.nio.file.Files.createTempDirectory("datawarden-c1");
    List<Boolean> seen = new ArrayList<>();
    DataWardenProcessor processor = new DataWardenProcessor(request ->
        new Analysis.Outcome(List.of(), List.of(), Map.of(), false, List.of()),
        dev.datawarden.analyzer.daemon.DaemonLauncher.PROCESS, startedToCompile);
    List<String> arguments = new ArrayList<>(List.of("-d", out.toString()));
    arguments.addAll(List.of(options));
    var task = (com.sun.source.util.JavacTask) javac.getTask(new java.io.StringWriter(), null, d -> { }, arguments,
        null, List.of(source));
    task.setProcessors(List.of(processor));
    task.addTaskListener(new com.sun.source.util.TaskListener() {
      @Override
      public void started(com.sun.source.util.TaskEvent event) {
        if (event.getKind() == com.sun.source.util.TaskEvent.Kind.GENERATE) {
          seen.add(C1Only.holds());
        }
      }
    });
    assertEquals(compiles, task.call());
    seen.add(C1Only.holds());
    return seen;
  }

  @Test
  void javacGeneratesUnderTheDirectiveBesideTheAnalysisUntilTheCompilationEnds() throws Exception {
    assertEquals(List.of(true, false), generating());
  }

  @Test
  void aCompilationThatFailsEndsTheDirectiveToo() throws Exception {
    JavaFileObject broken = JavaFileObjects.forSourceString("a.Broken", """
        package a;

        public class Broken {
          int count = "many";
        }
        """);
    assertEquals(List.of(false), generating(broken, false, true)); // javac never generates; the end still closes it
  }

  @Test
  void inAJvmThatLivesOnJavacGeneratesAsTheJvmDecides() throws Exception {
    assertEquals(List.of(false, false), generating(SOURCE, true, false));
  }

  @Test
  void inTheLastRoundOrTurnedOffJavacGeneratesAsTheJvmDecides() throws Exception {
    assertEquals(List.of(false, false), generating("-Adatawarden.background=false"));
    assertEquals(List.of(false, false), generating("-Adatawarden.c1Only=false"));
  }
}
