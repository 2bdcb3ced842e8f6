package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Personal information of a child under 14 processed without a guardian's consent deciding first. */
@RuleInfo(
    title = "Children's personal information processed without guardian consent",
    severity = Severity.BLOCKER,
    articles = {"22(iii)"},
    summary = "Personal information of a child under 14 reaches a processing sink without a "
        + "@ConsentCheck(guardian = true) deciding first.",
    remediation = "Obtain the guardian's consent and check it with a @ConsentCheck(guardian = true) method before "
        + "the processing, stopping when it is refused. When the processing does not rest on consent (a legal duty, "
        + "the other cases of PIPL Art. 13), declare that basis instead: legalBasis on the data's declaration or "
        + "on the @Purpose of the processing.")
public final class MissingGuardianConsent implements Rule {
  @Override
  public void check(RuleContext context) {
    ConsentRules.check(context, ConsentGaps.Requirement.GUARDIAN);
  }
}
