package dev.datawarden.sonar;

import org.sonar.api.Plugin;

/** The SonarQube plugin: DataWarden's rules, its quality profile, the sensor and the measures. */
public final class DataWardenPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(
        DataWardenRulesDefinition.class,
        DataWardenProfile.class,
        DataWardenMetrics.class,
        ProjectTotals.class,
        DataWardenSensor.class,
        MeasuresSensor.class);
    context.addExtensions(DataWardenProperties.definitions());
  }
}
