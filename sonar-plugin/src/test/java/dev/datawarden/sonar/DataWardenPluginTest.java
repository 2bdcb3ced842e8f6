package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.Plugin;
import org.sonar.api.SonarEdition;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.config.PropertyDefinition;
import org.sonar.api.internal.SonarRuntimeImpl;
import org.sonar.api.utils.Version;

/** The plugin registers its extensions and the properties the sensor reads. */
class DataWardenPluginTest {

  @Test
  void registersEverything() {
    Plugin.Context context = new Plugin.Context(
        SonarRuntimeImpl.forSonarQube(Version.create(11, 1), SonarQubeSide.SCANNER, SonarEdition.COMMUNITY));
    new DataWardenPlugin().define(context);

    List<?> extensions = context.getExtensions();
    for (Class<?> type : List.of(DataWardenRulesDefinition.class, DataWardenProfile.class, DataWardenMetrics.class,
        ProjectTotals.class, DataWardenSensor.class, MeasuresSensor.class)) {
      assertTrue(extensions.contains(type), type.getSimpleName());
    }
    List<String> properties = extensions.stream()
        .filter(PropertyDefinition.class::isInstance)
        .map(p -> ((PropertyDefinition) p).key())
        .sorted()
        .toList();
    assertEquals(List.of("sonar.datawarden.catalogs", "sonar.datawarden.locale", "sonar.datawarden.reportPaths",
        "sonar.datawarden.resources", "sonar.datawarden.rules.locale"),
        properties);
  }
}
