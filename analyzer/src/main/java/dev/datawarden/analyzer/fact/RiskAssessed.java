package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;

/** A {@code @RiskAssessed} (or its catalog entry): the reference of the risk assessment it records. */
@Immutable
public record RiskAssessed(String ref) {
  /** The typed view of a risk-assessment declaration. */
  public static RiskAssessed of(Declaration declaration) {
    if (declaration.role() != Role.RISK_ASSESSED) {
      throw new IllegalArgumentException("not a risk assessment: " + declaration.role().displayName());
    }
    return new RiskAssessed(declaration.string("ref"));
  }
}
