package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Sensitive personal information processed without a separate consent deciding first. */
@RuleInfo(
    title = "Sensitive personal information processed without separate consent",
    severity = Severity.BLOCKER,
    articles = {"22(ii)"},
    description = "Sensitive personal information (biometrics, religious belief, specific identity, medical health, "
        + "financial accounts, location tracking) reaches a processing sink on a path where no "
        + "@ConsentCheck(separate = true) covering its purposes is guaranteed to run first and decide. Art. 22(ii) "
        + "requires the individual's separate consent; a general consent does not count. Children's data is left "
        + "to MissingGuardianConsent.",
    remediation = "Ask for separate consent to this processing and check it with a @ConsentCheck(separate = true) "
        + "method before the processing, stopping when it is refused.")
public final class MissingSeparateConsent implements Rule {
  @Override
  public void check(RuleContext context) {
    ConsentRules.check(context,
        s -> s.kind() == Source.Kind.SENSITIVE && !s.category().equals("MINOR_UNDER_14"),
        (d, s) -> d.bool("separate") && ConsentRules.covers(d, s));
  }
}
