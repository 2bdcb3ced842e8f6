package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTest {
  @TempDir Path dir;

  // contract: the module's own catalog wins over a parent's; without either, none
  @Test
  void nearestCatalogIsTheModulesOrAParents() throws Exception {
    Path module = Files.createDirectories(dir.resolve("parent/module"));
    assertEquals(Optional.empty(), ProjectLayout.nearestCatalog(module));
    Path parents = Files.writeString(dir.resolve("parent/datawarden.yml"), "");
    assertEquals(Optional.of(parents), ProjectLayout.nearestCatalog(module));
    Path own = Files.writeString(module.resolve("datawarden.yml"), "");
    assertEquals(Optional.of(own), ProjectLayout.nearestCatalog(module));
  }

  @Test
  void sourceLevels() {
    assertEquals(OptionalInt.of(8), ProjectLayout.sourceLevel("1.8"));
    assertEquals(OptionalInt.of(8), ProjectLayout.sourceLevel("1.7"));
    assertEquals(OptionalInt.of(21), ProjectLayout.sourceLevel(" 21 "));
    assertEquals(OptionalInt.empty(), ProjectLayout.sourceLevel("${java.version}"));
    assertEquals(OptionalInt.empty(), ProjectLayout.sourceLevel(null));
  }

  // contract: src/main/resources beside src/main/java, only when it exists, and only for that layout
  @Test
  void conventionalResources() throws Exception {
    Path java = Files.createDirectories(dir.resolve("shop/src/main/java"));
    assertEquals(Optional.of(dir.resolve("shop")), ProjectLayout.moduleOfMainSources(java));
    assertEquals(Optional.empty(), ProjectLayout.moduleOfMainSources(dir.resolve("shop/src")));
    assertEquals(Optional.empty(), ProjectLayout.conventionalResources(dir.resolve("shop")));
    Path resources = Files.createDirectories(dir.resolve("shop/src/main/resources"));
    assertEquals(Optional.of(resources), ProjectLayout.conventionalResources(dir.resolve("shop")));
  }
}
