package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Personal information processed on a path where no consent check decides first. */
@RuleInfo(
    title = "Personal information processed without a consent check",
    severity = Severity.CRITICAL,
    articles = {"22"},
    description = "Personal information flows from its source to a processing sink (storage, a file, a transfer "
        + "to a third party or abroad, the network, a message broker) along a call path from an entry point on "
        + "which no @ConsentCheck covering its purposes is guaranteed to run first and decide whether the sink "
        + "is reached: a guard clause that throws or returns, an if around the sink, or a check in a caller on "
        + "the path. A check whose result is ignored, that runs after the sink, or on another branch guards "
        + "nothing. Sensitive personal information is left to MissingSeparateConsent.",
    remediation = "Call a @ConsentCheck method before the processing and stop (throw or return) when consent is "
        + "refused, in the method itself or in a caller on every path to it.")
public final class MissingConsentCheck implements Rule {
  @Override
  public void check(RuleContext context) {
    ConsentRules.check(context, s -> s.kind() == Source.Kind.PERSONAL, ConsentRules::covers);
  }
}
