package dev.datawarden.analyzer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the shared fixtures live and the class path they compile with. */
public final class Fixtures {
  private Fixtures() {}

  /** The {@code test-fixtures/} directory of the repository. */
  public static Path root() {
    String configured = System.getProperty("datawarden.fixtures");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "test-fixtures");
    return root.toAbsolutePath().normalize();
  }

  public static Path ruleSamples() {
    return root().resolve("src/main/java/dev/datawarden/fixtures/rules");
  }

  public static Path ruleSample(String ruleKey) {
    return ruleSamples().resolve(ruleKey + "Sample.java");
  }

  public static Path catalogSample(String ruleKey) {
    return root().resolve("catalogs").resolve(ruleKey + "Sample.yml");
  }

  /** The mapper interfaces, entities and endpoints whose MyBatis statements are in {@link #myBatisMappers()}. */
  public static Path myBatisSources() {
    return root().resolve("src/main/java/dev/datawarden/fixtures/mybatis");
  }

  /** The MyBatis mapper XML files of {@link #myBatisSources()}. */
  public static Path myBatisMappers() {
    return root().resolve("src/main/resources/dev/datawarden/fixtures/mybatis");
  }

  /** The samples of the vendor catalog, one per vendor family. */
  public static Path vendorSamples() {
    return root().resolve("src/main/java/dev/datawarden/fixtures/vendors");
  }

  /**
   * The compiled stand-ins of vendor SDKs ({@code src/vendor-stubs/java}) the vendor samples use,
   * on the class path as the SDK's jar would be; built with the fixtures.
   */
  public static Path vendorStubClasses() {
    return root().resolve("target/classes");
  }

  public static Path nonCompiling() {
    return root().resolve("src/noncompiling/java");
  }

  public static Path sampleShop() {
    return root().resolve("sample-shop");
  }

  /**
   * The class path the fixtures compile with, as the test-fixtures build wrote it, plus the
   * vocabulary's classes; the fixtures module must have been built first (Maven's reactor does).
   */
  public static List<Path> classpath() {
    Path file = root().resolve("target/fixture-classpath.txt");
    List<Path> entries = new ArrayList<>();
    try {
      for (String e : Files.readString(file).trim().split(java.io.File.pathSeparator)) {
        if (!e.isBlank()) {
          entries.add(Path.of(e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("build test-fixtures first (mvn install): " + file, e);
    }
    return entries;
  }
}
