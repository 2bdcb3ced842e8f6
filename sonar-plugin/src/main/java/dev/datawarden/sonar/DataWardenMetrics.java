package dev.datawarden.sonar;

import dev.datawarden.analyzer.rule.RuleMetadata;
import java.util.List;
import org.sonar.api.measures.Metric;
import org.sonar.api.measures.Metrics;

/** The project measures DataWarden adds, shown in the project's Measures page under "DataWarden". */
public final class DataWardenMetrics implements Metrics {
  static final String DOMAIN = "DataWarden";

  /** Fields (and record components) declared personal information, in code or in a catalog; each counted once. */
  public static final Metric<Integer> PI_FIELDS =
      new Metric.Builder("datawarden_pi_fields", "Personal information fields", Metric.ValueType.INT)
          .setDescription("Fields declared personal or sensitive personal information (@PersonalInfo, @Sensitive "
              + "or a catalog entry)")
          .setDirection(Metric.DIRECTION_NONE)
          .setQualitative(false)
          .setDomain(DOMAIN)
          .create();

  /** Findings of the rules tagged {@value RuleMetadata#CROSS_BORDER}. */
  public static final Metric<Integer> CROSS_BORDER_FLOWS =
      new Metric.Builder("datawarden_cross_border_flows", "Cross-border flows", Metric.ValueType.INT)
          .setDescription("Flows of personal information or important data out of the PRC that break Art. 35-38")
          .setDirection(Metric.DIRECTION_WORST)
          .setQualitative(true)
          .setBestValue(0.0)
          .setDomain(DOMAIN)
          .create();

  /** Findings of the rules tagged {@value RuleMetadata#TRANSFER_RECORD}. */
  public static final Metric<Integer> UNLOGGED_TRANSFERS =
      new Metric.Builder("datawarden_unlogged_transfers", "Transfers without records", Metric.ValueType.INT)
          .setDescription("Provisions of data to third parties with no transfer record on the same path (Art. 12)")
          .setDirection(Metric.DIRECTION_WORST)
          .setQualitative(true)
          .setBestValue(0.0)
          .setDomain(DOMAIN)
          .create();

  @Override
  public List<Metric> getMetrics() {
    return List.of(PI_FIELDS, CROSS_BORDER_FLOWS, UNLOGGED_TRANSFERS);
  }
}
