package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Sensitive personal information processed without a separate consent deciding first. */
@RuleInfo(
    title = "Sensitive personal information processed without separate consent",
    severity = Severity.BLOCKER,
    articles = {"22(ii)"},
    summary = "Sensitive personal information reaches a processing sink without a @ConsentCheck(separate = "
        + "true) deciding first.",
    remediation = "Ask for separate consent to this processing and check it with a @ConsentCheck(separate = true) "
        + "method before the processing, stopping when it is refused. When the processing does not rest on consent "
        + "(a contract with the individual, a legal duty, the other cases of PIPL Art. 13), declare that basis "
        + "instead: legalBasis on the data's declaration or on the @Purpose of the processing.")
public final class MissingSeparateConsent implements Rule {
  @Override
  public void check(RuleContext context) {
    ConsentRules.check(context, ConsentGaps.Requirement.SEPARATE);
  }
}
