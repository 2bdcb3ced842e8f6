package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin declares the oldest plugin API it needs (the jar's Sonar-Version: SonarQube Server 2025.1
 * LTA) and is built against a newer one: its sources must still compile against the oldest, or it
 * would fail to load there with a NoSuchMethodError. The build copies that API beside the module's
 * compile class path without the newer one.
 */
class PluginApiCompatibilityTest {
  private static final Path DIR = Path.of("target/api-compatibility");

  @TempDir Path out;

  @Test
  void theSourcesCompileAgainstTheOldestDeclaredApi() throws IOException {
    List<String> classpath = new ArrayList<>(List.of(
        Files.readString(DIR.resolve("classpath.txt")).trim().split(java.io.File.pathSeparator)));
    classpath.add(DIR.resolve("sonar-plugin-api-min.jar").toString());
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean compiled = javac.getTask(diagnostics, files, null,
          List.of("--release", "17", "-proc:none", "-classpath", String.join(java.io.File.pathSeparator, classpath),
              "-d", out.toString()),
          null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertTrue(compiled, () -> "does not compile against " + DIR.resolve("sonar-plugin-api-min.jar") + ":\n"
          + diagnostics);
    }
  }
}
