package dev.datawarden.sonar;

import java.util.List;
import org.sonar.api.config.PropertyDefinition;
import org.sonar.api.resources.Qualifiers;

/** The analysis properties the sensor reads, as they appear in SonarQube's settings. */
public final class DataWardenProperties {
  /** DataWarden JSON reports to import instead of analysing; relative paths are resolved against the module. */
  public static final String REPORT_PATHS = "sonar.datawarden.reportPaths";

  /** Catalog files; by default the first {@code datawarden.yml} in the module's directory or a parent. */
  public static final String CATALOGS = "sonar.datawarden.catalogs";

  /**
   * Resource directories whose MyBatis mapper XML files are read, besides the module's
   * {@code src/main/resources}; relative paths are resolved against the module.
   */
  public static final String RESOURCES = "sonar.datawarden.resources";

  static final String CATEGORY = "DataWarden";

  private DataWardenProperties() {}

  static List<PropertyDefinition> definitions() {
    return List.of(
        PropertyDefinition.builder(REPORT_PATHS)
            .name("JSON report paths")
            .description("Paths to DataWarden JSON reports (datawarden.json, as the Maven plugin and the command line "
                + "write them). When set, the sensor imports these findings instead of analysing the code again.")
            .category(CATEGORY)
            .onQualifiers(Qualifiers.PROJECT)
            .multiValues(true)
            .build(),
        PropertyDefinition.builder(CATALOGS)
            .name("Catalog files")
            .description("DataWarden catalog files describing code that cannot be annotated. By default, the first "
                + "datawarden.yml found in the module's directory or one of its parents.")
            .category(CATEGORY)
            .onQualifiers(Qualifiers.PROJECT)
            .multiValues(true)
            .build(),
        PropertyDefinition.builder(RESOURCES)
            .name("Resource directories")
            .description("Directories whose MyBatis mapper XML files say what the mapper methods do, besides the "
                + "module's src/main/resources, which is always read when it exists. Relative to the module.")
            .category(CATEGORY)
            .onQualifiers(Qualifiers.PROJECT)
            .multiValues(true)
            .build());
  }
}
