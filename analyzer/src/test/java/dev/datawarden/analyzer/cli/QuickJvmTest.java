package dev.datawarden.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line analyses in a second JVM with C1 only, unless the user's JVM options or settings say otherwise. */
class QuickJvmTest {
  @TempDir Path dir;

  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
  private static final String MAIN = DataWardenCli.class.getName();

  private static Optional<List<String>> command(List<String> options, Map<String, String> properties,
      Map<String, String> environment) {
    return QuickJvm.command(options, properties, environment, JAVA_HOME, "datawarden-cli.jar", MAIN,
        new String[] {"--json", "out.json", "src"});
  }

  @Test
  void theSecondJvmKeepsTheUsersOptionsAndArgumentsAndStopsAtC1() {
    List<String> command = command(List.of("-Xmx2g", "-Dfile.encoding=GBK"), Map.of(), Map.of()).orElseThrow();
    assertEquals(List.of(JAVA_HOME.resolve("bin").resolve("java").toString(), "-Xmx2g", "-Dfile.encoding=GBK",
        "-XX:TieredStopAtLevel=1", "-Ddatawarden.forked=true", "-cp", "datawarden-cli.jar", MAIN, "--json", "out.json",
        "src"), command);
  }

  @Test
  void optionsThatChooseTheCompilerOrWatchThisJvmKeepTheAnalysisHere() {
    for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint", "-Xcomp",
        "-XX:+UseJVMCICompiler", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
        "-agentpath:/opt/profiler.so", "-javaagent:agent.jar", "-XX:StartFlightRecording=filename=a.jfr",
        "-Xrunjdwp:transport=dt_socket")) {
      assertEquals(Optional.empty(), command(List.of("-Xmx1g", option), Map.of(), Map.of()), option);
    }
  }

  @Test
  void thePropertyOrTheEnvironmentTurnsItOffAndTheSecondJvmRunsTheCommandItself() {
    assertEquals(Optional.empty(), command(List.of(), Map.of("datawarden.fork", "false"), Map.of()));
    assertEquals(Optional.empty(), command(List.of(), Map.of(), Map.of("DATAWARDEN_FORK", "FALSE")));
    assertEquals(Optional.empty(), command(List.of(), Map.of("datawarden.forked", "true"), Map.of()));
    assertTrue(command(List.of(), Map.of("datawarden.fork", "true"), Map.of("DATAWARDEN_FORK", "yes")).isPresent());
  }

  @Test
  void helpAndTheVersionAreAnsweredAtOnce() {
    for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"-V"}, new String[] {"src", "-h"})) {
      assertEquals(Optional.empty(), QuickJvm.command(List.of(), Map.of(), Map.of(), JAVA_HOME, "datawarden-cli.jar",
          MAIN, args), String.join(" ", args));
    }
  }

  @Test
  void noClassPathNoSecondJvm() {
    assertEquals(Optional.empty(), QuickJvm.command(List.of(), Map.of(), Map.of(), JAVA_HOME, "", MAIN,
        new String[] {"src"}));
  }

  /**
   * The real thing: {@code main} started in a JVM of its own starts the second one, which analyses
   * (its timings say so), writes the report and hands its exit code back; with the property off the
   * same command analyses in the first JVM and reports the same findings.
   */
  @Test
  void mainAnalysesInTheSecondJvmWithTheSameFindingsAndExitCode() throws Exception {
    Path source = dir.resolve("src/a/Member.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package a;

        import dev.datawarden.annotations.PersonalInfo;
        import dev.datawarden.annotations.PersonalInfoCategory;

        public class Member {
          @PersonalInfo(category = PersonalInfoCategory.CONTACT)
          private String phone;

          public void log() {
            System.out.println(phone);
          }
        }
        """);
    Run forked = main(List.of(), "forked.json");
    Run here = main(List.of("-Ddatawarden.fork=false"), "here.json");
    assertTrue(forked.err.contains("-XX:TieredStopAtLevel=1"), forked.err);
    assertTrue(!here.err.contains("-XX:TieredStopAtLevel=1"), here.err);
    assertEquals(here.code, forked.code);
    assertEquals(1, forked.code, forked.err); // the finding fails the command at its default severity
    String findings = Files.readString(dir.resolve("here.json"));
    assertTrue(findings.contains("PersonalInfoLogged"), findings);
    assertEquals(findings, Files.readString(dir.resolve("forked.json")));
  }

  private record Run(int code, String err) {}

  private Run main(List<String> options, String report) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(JAVA_HOME.resolve("bin").resolve("java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN, "--timings", "--json", report, "src"));
    Path err = dir.resolve(report + ".err");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the command did not end");
    return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }
}
