package dev.datawarden.sonar;

import dev.datawarden.analyzer.api.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /** The language of the findings' messages: {@code en} (default) or {@code zh-CN}. */
  public static final String LOCALE = "sonar.datawarden.locale";

  /**
   * The language of the rules' names and descriptions on the server: {@code en} (default) or
   * {@code zh-CN}; read when the server starts ({@code conf/sonar.properties} or the environment).
   */
  public static final String RULES_LOCALE = "sonar.datawarden.rules.locale";

  static final String CATEGORY = "DataWarden";

  /** The language a property names; blank or unsupported means English, as the server must start anyway. */
  static Locale locale(Optional<String> value) {
    try {
      return value.filter(v -> !v.isBlank()).map(Messages::parse).orElse(Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      return Locale.ENGLISH;
    }
  }

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
            .build(),
        PropertyDefinition.builder(LOCALE)
            .name("Language of the findings")
            .description("en (default) or zh-CN: the language of DataWarden's issue messages, e.g. zh-CN for "
                + "messages in Simplified Chinese citing articles as 第二十二条.")
            .category(CATEGORY)
            .onQualifiers(Qualifiers.PROJECT)
            .build(),
        PropertyDefinition.builder(RULES_LOCALE)
            .name("Language of the rules")
            .description("en (default) or zh-CN: the language of the DataWarden rules' names and descriptions. "
                + "Read when the server starts: set it in conf/sonar.properties.")
            .category(CATEGORY)
            .build());
  }
}
