package dev.datawarden.sonar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sonar.api.config.Configuration;

/**
 * The analysed module's compile class path, from the properties the Java analysis reads:
 * {@code sonar.java.binaries} (the module's compiled classes) and {@code sonar.java.libraries}
 * (its dependencies). Entries are comma-separated, relative to the module's directory or absolute,
 * and may be wildcards ({@code lib/**}{@code /*.jar}, where {@code **} also matches no directory at all);
 * a directory given as a library also contributes the jars under it. An entry that does not exist is
 * kept, so that the analyzer reports it.
 */
final class JavaClasspath {
  static final String BINARIES = "sonar.java.binaries";
  static final String LIBRARIES = "sonar.java.libraries";

  private JavaClasspath() {}

  /** The class path, or empty when neither property is set: the analysis then runs in no-class-path mode. */
  static Optional<List<Path>> of(Configuration config, Path baseDir) {
    String[] binaries = config.getStringArray(BINARIES);
    String[] libraries = config.getStringArray(LIBRARIES);
    if (binaries.length == 0 && libraries.length == 0) {
      return Optional.empty();
    }
    Set<Path> entries = new LinkedHashSet<>();
    for (String b : binaries) {
      entries.addAll(resolve(baseDir, b, false));
    }
    for (String l : libraries) {
      entries.addAll(resolve(baseDir, l, true));
    }
    return Optional.of(List.copyOf(entries));
  }

  static List<Path> resolve(Path baseDir, String entry, boolean library) {
    String pattern = entry.trim();
    if (pattern.isEmpty()) {
      return List.of();
    }
    if (isWildcard(pattern)) {
      return glob(baseDir, pattern);
    }
    Path path = baseDir.resolve(pattern).normalize();
    List<Path> resolved = new ArrayList<>();
    resolved.add(path);
    if (library && Files.isDirectory(path)) {
      resolved.addAll(archivesUnder(path));
    }
    return resolved;
  }

  private static boolean isWildcard(String pattern) {
    return pattern.contains("*") || pattern.contains("?");
  }

  private static List<Path> glob(Path baseDir, String pattern) {
    String absolute = baseDir.resolve(pattern.replace('\\', '/')).normalize().toString().replace('\\', '/');
    // walk from the deepest directory before the first wildcard
    String[] parts = absolute.split("/", -1);
    StringBuilder prefix = new StringBuilder();
    for (String part : parts) {
      if (isWildcard(part)) {
        break;
      }
      prefix.append(part).append('/');
    }
    Path root = Path.of(prefix.length() == 0 ? "/" : prefix.toString());
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<PathMatcher> matchers = new ArrayList<>();
    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + absolute));
    if (absolute.contains("/**/")) {
      // Ant-style: "a/**/b" also matches "a/b"
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + absolute.replace("/**/", "/")));
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> matchers.stream().anyMatch(m -> m.matches(p))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static List<Path> archivesUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".jar") || name.endsWith(".zip"));
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
