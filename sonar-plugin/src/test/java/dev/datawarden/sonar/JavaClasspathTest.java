package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.config.internal.MapSettings;

/** sonar.java.binaries and sonar.java.libraries are read as the Java analysis reads them. */
class JavaClasspathTest {
  @TempDir Path base;

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(base.resolve("target/classes"));
    Files.createDirectories(base.resolve("lib/nested"));
    Files.createFile(base.resolve("lib/a.jar"));
    Files.createFile(base.resolve("lib/nested/b.jar"));
    Files.createFile(base.resolve("lib/nested/notes.txt"));
  }

  private Optional<List<Path>> classpath(String binaries, String libraries) {
    MapSettings settings = new MapSettings();
    if (binaries != null) {
      settings.setProperty(JavaClasspath.BINARIES, binaries);
    }
    if (libraries != null) {
      settings.setProperty(JavaClasspath.LIBRARIES, libraries);
    }
    return JavaClasspath.of(settings.asConfig(), base);
  }

  @Test
  void noPropertyMeansNoClasspath() {
    assertEquals(Optional.empty(), classpath(null, null));
  }

  @Test
  void commaSeparatedRelativeAndAbsoluteEntries() {
    assertEquals(List.of(base.resolve("target/classes"), base.resolve("lib/a.jar"), base.resolve("lib/nested/b.jar")),
        classpath("target/classes", " lib/a.jar , " + base.resolve("lib/nested/b.jar")).orElseThrow());
  }

  @Test
  void aLibraryDirectoryBringsItsJars() {
    assertEquals(List.of(base.resolve("lib"), base.resolve("lib/a.jar"), base.resolve("lib/nested/b.jar")),
        classpath(null, "lib").orElseThrow());
  }

  @Test
  void aBinariesDirectoryIsOnlyItself() {
    assertEquals(List.of(base.resolve("lib")), classpath("lib", null).orElseThrow());
  }

  @Test
  void wildcardsWithDoubleStarMatchingNoDirectoryToo() {
    assertEquals(List.of(base.resolve("lib/a.jar"), base.resolve("lib/nested/b.jar")),
        classpath(null, "lib/**/*.jar").orElseThrow());
    assertEquals(List.of(base.resolve("lib/a.jar")), classpath(null, "lib/*.jar").orElseThrow());
    assertEquals(List.of(base.resolve("lib/nested/b.jar")),
        classpath(null, base.resolve("lib") + "/n?sted/*.jar").orElseThrow());
    assertEquals(List.of(), classpath(null, "nowhere/**/*.jar").orElseThrow());
  }

  @Test
  void missingEntriesAreKeptForTheAnalyzerToReport() {
    assertEquals(List.of(base.resolve("gone.jar")), classpath(null, "gone.jar").orElseThrow());
  }
}
