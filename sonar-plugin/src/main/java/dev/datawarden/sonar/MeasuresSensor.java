package dev.datawarden.sonar;

import java.io.Serializable;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.measures.Metric;
import org.sonar.api.scanner.sensor.ProjectSensor;

/**
 * Saves DataWarden's project measures once, after every module's {@link DataWardenSensor} has run
 * (SonarQube runs project sensors last). Nothing is saved when no module was analysed.
 */
public final class MeasuresSensor implements ProjectSensor {
  private final ProjectTotals totals;

  public MeasuresSensor(ProjectTotals totals) {
    this.totals = totals;
  }

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor.name("DataWarden measures");
  }

  @Override
  public void execute(SensorContext context) {
    if (!totals.reported()) {
      return;
    }
    save(context, DataWardenMetrics.PI_FIELDS, totals.personalInfoFields());
    save(context, DataWardenMetrics.CROSS_BORDER_FLOWS, totals.crossBorderFlows());
    save(context, DataWardenMetrics.UNLOGGED_TRANSFERS, totals.unloggedTransfers());
  }

  private static <T extends Serializable> void save(SensorContext context, Metric<T> metric, T value) {
    context.<T>newMeasure().on(context.project()).forMetric(metric).withValue(value).save();
  }
}
