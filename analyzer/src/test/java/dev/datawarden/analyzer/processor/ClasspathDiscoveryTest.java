package dev.datawarden.analyzer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a class file the compiler's Filer found comes from: the class path entry to analyse with. */
class ClasspathDiscoveryTest {

  @Test
  void classInAJarGivesTheJar() {
    URI uri = URI.create("jar:file:///repo/org/slf4j/slf4j-api/2.0.18/slf4j-api-2.0.18.jar!/org/slf4j/Logger.class");

    assertEquals(Optional.of(Path.of("/repo/org/slf4j/slf4j-api/2.0.18/slf4j-api-2.0.18.jar")),
        ClasspathDiscovery.entryOf(uri, "org/slf4j/Logger.class"));
  }

  @Test
  void classInADirectoryGivesTheDirectory() {
    URI uri = Path.of("/project/target/classes/com/example/Outer$Inner.class").toUri();

    assertEquals(Optional.of(Path.of("/project/target/classes")),
        ClasspathDiscovery.entryOf(uri, "com/example/Outer$Inner.class"));
  }

  @Test
  void classInTheUnnamedPackage() {
    assertEquals(Optional.of(Path.of("/lib")), ClasspathDiscovery.entryOf(Path.of("/lib/Top.class").toUri(), "Top.class"));
  }

  @Test
  void otherPlacesGiveNothing() {
    assertEquals(Optional.empty(), ClasspathDiscovery.entryOf(URI.create("mem:///org/a/B.class"), "org/a/B.class"));
    assertEquals(Optional.empty(), ClasspathDiscovery.entryOf(Path.of("/x/y/B.class").toUri(), "org/a/B.class"));
  }
}
