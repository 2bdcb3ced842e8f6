package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.ThirdPartyTransfer;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Important data provided to another handler without a risk assessment. */
@RuleInfo(
    title = "Important data provided without a risk assessment",
    severity = Severity.CRITICAL,
    articles = {"31"},
    summary = "Important data reaches a @ThirdPartyTransfer that no @RiskAssessed covers.",
    remediation = "Carry out the risk assessment and put @RiskAssessed(ref = \"...\") on the transfer or the "
        + "method that decides to provide the data.")
public final class ImportantDataProvisionWithoutRiskAssessment implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Flow f : context.flows().all()) {
      if (f.sink().kind() == Sink.Kind.THIRD_PARTY && f.source().kind() == Source.Kind.IMPORTANT
          && !Transfers.of(context).coveredBy(f, Role.RISK_ASSESSED)) {
        context.report(f, (data, each) -> context.text("message", data,
            f.sink().thirdParty().map(ThirdPartyTransfer::recipient).orElse("?"), f.sink().name(), each.size()));
      }
    }
  }
}
