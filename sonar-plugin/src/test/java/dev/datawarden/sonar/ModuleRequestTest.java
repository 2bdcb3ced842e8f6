package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.config.internal.MapSettings;

/** The sensor's analysis request: the module's main Java files, its class path, catalogs and language level. */
class ModuleRequestTest {
  @TempDir Path project;

  @Test
  void mainJavaFilesOnlyWithTheModulesSettings() throws IOException {
    Path module = Files.createDirectories(project.resolve("module"));
    Files.writeString(project.resolve("datawarden.yml"), "sink: []\n");
    SensorContextTester context = SensorContextTester.create(module);
    context.fileSystem().add(file(module, "src/main/java/A.java", "java", InputFile.Type.MAIN));
    context.fileSystem().add(file(module, "src/test/java/ATest.java", "java", InputFile.Type.TEST));
    context.fileSystem().add(file(module, "src/main/resources/a.xml", "xml", InputFile.Type.MAIN));
    context.settings().setProperty(JavaClasspath.LIBRARIES, "lib/x.jar");
    context.settings().setProperty("sonar.java.source", "1.8");

    AnalysisRequest request = DataWardenSensor.request(context).orElseThrow();
    assertEquals(List.of(module.resolve("src/main/java/A.java")), request.sourceRoots());
    assertEquals(List.of(module.resolve("lib/x.jar")), request.classpath().orElseThrow());
    assertEquals(List.of(project.resolve("datawarden.yml")), request.catalogs(), "found in a parent directory");
    assertEquals(8, request.sourceLevel());
    assertEquals(module.toAbsolutePath().normalize(), request.baseDirectory());
    assertEquals(List.of(), request.resourceRoots(), "no src/main/resources, none configured");
  }

  @Test
  void resourcesAreSrcMainResourcesThenTheConfiguredDirectories() throws IOException {
    Path module = Files.createDirectories(project.resolve("module"));
    Files.createDirectories(module.resolve("src/main/resources"));
    MapSettings settings = new MapSettings()
        .setProperty(DataWardenProperties.RESOURCES, "db/mappers, ../shared/mappers,src/main/resources/, /abs/x");
    assertEquals(List.of(module.resolve("src/main/resources"), module.resolve("db/mappers"),
            project.resolve("shared/mappers"), Path.of("/abs/x")),
        DataWardenSensor.resources(settings.asConfig(), module),
        "each once; configured directories are kept even when missing, so that the analysis reports them");
  }

  @Test
  void withoutSrcMainResourcesOnlyTheConfiguredDirectories() throws IOException {
    SensorContextTester context = SensorContextTester.create(project);
    context.fileSystem().add(file(project, "src/main/java/A.java", "java", InputFile.Type.MAIN));
    context.settings().setProperty(DataWardenProperties.RESOURCES, "mappers");
    assertEquals(List.of(project.resolve("mappers")), DataWardenSensor.request(context).orElseThrow().resourceRoots());
  }

  @Test
  void noMainJavaFileNoRequest() {
    SensorContextTester context = SensorContextTester.create(project);
    context.fileSystem().add(file(project, "src/test/java/ATest.java", "java", InputFile.Type.TEST));
    assertTrue(DataWardenSensor.request(context).isEmpty());
  }

  @Test
  void configuredCatalogsReplaceTheSearch() throws IOException {
    Files.writeString(project.resolve("datawarden.yml"), "sink: []\n");
    MapSettings settings = new MapSettings().setProperty(DataWardenProperties.CATALOGS, "config/a.yml, /abs/b.yml");
    assertEquals(List.of(project.resolve("config/a.yml"), Path.of("/abs/b.yml")),
        DataWardenSensor.catalogs(settings.asConfig(), project));
  }

  @Test
  void sourceLevels() {
    assertEquals(17, DataWardenSensor.sourceLevel(new MapSettings().asConfig()));
    assertEquals(21, DataWardenSensor.sourceLevel(new MapSettings().setProperty("sonar.java.source", "21").asConfig()));
    assertEquals(8, DataWardenSensor.sourceLevel(new MapSettings().setProperty("sonar.java.source", "1.7").asConfig()));
    assertEquals(17, DataWardenSensor.sourceLevel(
        new MapSettings().setProperty("sonar.java.source", "${maven.compiler.release}").asConfig()));
  }

  private static InputFile file(Path base, String relative, String language, InputFile.Type type) {
    return TestInputFileBuilder.create("module", base.toFile(), base.resolve(relative).toFile())
        .setLanguage(language).setType(type).setContents("").build();
  }
}
