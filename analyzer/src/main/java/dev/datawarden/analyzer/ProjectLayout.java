package dev.datawarden.analyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The conventions every front end applies the same way when the user says nothing: which catalog a
 * module uses, what language level a build tool's Java version means, where a Maven-layout module's
 * resources are.
 */
public final class ProjectLayout {
  /** The catalog file name looked for in a module's directory and its parents. */
  public static final String CATALOG = "datawarden.yml";

  private ProjectLayout() {}

  /** The first {@value #CATALOG} in {@code moduleDirectory} or one of its parents. */
  public static Optional<Path> nearestCatalog(Path moduleDirectory) {
    for (Path dir = moduleDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(CATALOG);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The language level a build tool's Java version names ({@code "1.8"} is 8, {@code "17"} is 17; below
   * 8 counts as 8); empty when the value is absent or not a version, such as an unresolved property.
   */
  public static OptionalInt sourceLevel(String javaVersion) {
    if (javaVersion == null) {
      return OptionalInt.empty();
    }
    String version = javaVersion.trim().replaceFirst("^1\\.", "");
    if (!version.matches("\\d{1,9}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.max(8, Integer.parseInt(version)));
  }

  /** The module's {@code src/main/resources}, when it is a directory. */
  public static Optional<Path> conventionalResources(Path moduleDirectory) {
    Path resources = moduleDirectory.resolve("src/main/resources").toAbsolutePath().normalize();
    return Files.isDirectory(resources) ? Optional.of(resources) : Optional.empty();
  }

  /** The module whose Maven-layout {@code src/main/java} {@code sourceRoot} is; empty for any other directory. */
  public static Optional<Path> moduleOfMainSources(Path sourceRoot) {
    Path abs = sourceRoot.toAbsolutePath().normalize();
    return abs.endsWith(Path.of("src", "main", "java")) && abs.getNameCount() >= 3
        ? Optional.ofNullable(abs.getParent().getParent().getParent()) : Optional.empty();
  }
}
