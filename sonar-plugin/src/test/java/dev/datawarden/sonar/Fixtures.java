package dev.datawarden.sonar;

import dev.datawarden.analyzer.Analyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import dev.datawarden.analyzer.rule.RuleMetadata;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.DefaultInputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.rule.RuleKey;

/** The repository's shared fixtures, and sensor contexts built over them. */
final class Fixtures {
  private Fixtures() {}

  /** The {@code test-fixtures/} directory (the build passes it; the default suits a run from this module). */
  static Path root() {
    String configured = System.getProperty("datawarden.fixtures");
    return (configured != null ? Path.of(configured) : Path.of("..", "test-fixtures")).toAbsolutePath().normalize();
  }

  static Path sampleShop() {
    return root().resolve("sample-shop");
  }

  /** The MyBatis fixture: mapper interfaces, entities and endpoints, marked for the rules the mapper XML decides. */
  static Path myBatisSources() {
    return root().resolve("src/main/java/dev/datawarden/fixtures/mybatis");
  }

  /** The mapper XML files of {@link #myBatisSources()}. */
  static Path myBatisMappers() {
    return root().resolve("src/main/resources/dev/datawarden/fixtures/mybatis");
  }

  /** The compile class path of the fixtures, as the test-fixtures build wrote it. */
  static List<String> classpath() {
    Path file = root().resolve("target/fixture-classpath.txt");
    try {
      return Arrays.stream(Files.readString(file).trim().split(java.io.File.pathSeparator))
          .filter(e -> !e.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("build test-fixtures first (mvn install): " + file, e);
    }
  }

  /** A context over {@code baseDir} with every Java file under {@code sources} indexed as main code and every rule active. */
  static SensorContextTester context(Path baseDir, Path sources) {
    SensorContextTester context = SensorContextTester.create(baseDir);
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        context.fileSystem().add(inputFile(baseDir, f, "java"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.setActiveRules(allRulesActive());
    return context;
  }

  static DefaultInputFile inputFile(Path baseDir, Path file, String language) {
    try {
      String contents = Files.readString(file, StandardCharsets.UTF_8);
      return TestInputFileBuilder.create("module", baseDir.toFile(), file.toFile())
          .setLanguage(language)
          .setType(InputFile.Type.MAIN)
          .setCharset(StandardCharsets.UTF_8)
          .setContents(contents)
          .initMetadata(contents)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static org.sonar.api.batch.rule.ActiveRules allRulesActive() {
    ActiveRulesBuilder rules = new ActiveRulesBuilder();
    for (RuleMetadata m : Analyzer.rules()) {
      rules.addRule(new NewActiveRule.Builder()
          .setRuleKey(RuleKey.of(DataWardenRulesDefinition.REPOSITORY, m.key()))
          .setLanguage("java")
          .build());
    }
    return rules.build();
  }
}
