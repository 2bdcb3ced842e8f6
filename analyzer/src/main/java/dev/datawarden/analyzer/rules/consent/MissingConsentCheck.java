package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Personal information processed on a path where no consent check decides first. */
@RuleInfo(
    title = "Personal information processed without a consent check",
    severity = Severity.CRITICAL,
    articles = {"22"},
    summary = "Personal information reaches a processing sink on a path from an entry point where no "
        + "@ConsentCheck covering its purposes runs first and decides.",
    remediation = "Call a @ConsentCheck method before the processing and stop (throw or return) when consent is "
        + "refused, in the method itself or in a caller on every path to it. When the processing does not rest on "
        + "consent (a contract with the individual, a legal duty, the other cases of PIPL Art. 13), declare that "
        + "basis instead: legalBasis on the data's declaration or on the @Purpose of the processing.")
public final class MissingConsentCheck implements Rule {
  @Override
  public void check(RuleContext context) {
    ConsentRules.check(context, ConsentGaps.Requirement.CONSENT);
  }
}
