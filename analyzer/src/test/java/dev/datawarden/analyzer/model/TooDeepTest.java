package dev.datawarden.analyzer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * contract: a file too deeply nested for the stack the model is built on is reported at its deepest
 * line and left out, and the other files are still modelled (the analysis thread's large stack makes
 * this rare; here a small stack forces it).
 */
class TooDeepTest {
  @TempDir Path dir;

  @Test
  void aFileTooDeepForTheStackIsLeftOutAtItsLine() throws Exception {
    Files.writeString(dir.resolve("Deep.java"), "public class Deep {\n  int s(int a) {\n    return "
        + "(a + ".repeat(20_000) + "1" + ")".repeat(20_000) + ";\n  }\n}\n");
    Files.writeString(dir.resolve("Fine.java"), "public class Fine {\n  String name;\n}\n");
    List<Problem> problems = new ArrayList<>();
    SourceModel[] model = new SourceModel[1];
    Thread small = new Thread(null, () -> model[0] = new ModelBuilder(List.of(dir), List.of(), false, 17, dir)
        .build(problems::add), "small-stack", 512 * 1024);
    small.start();
    small.join();
    assertEquals(List.of(dir.resolve("Fine.java")), model[0].files(), problems::toString);
    Problem deep = problems.stream().filter(p -> p.location().file().equals("Deep.java")).findFirst().orElseThrow();
    assertEquals(3, deep.location().line());
    assertTrue(deep.message().contains("too deeply nested to analyse"), deep::toString);
  }
}
