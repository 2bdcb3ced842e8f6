package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.ThirdPartyTransfer;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Personal information provided to another handler under no named agreement. */
@RuleInfo(
    title = "Provision to a third party without an agreement",
    severity = Severity.MAJOR,
    articles = {"12"},
    summary = "Personal information reaches a @ThirdPartyTransfer that names no agreement.",
    remediation = "Set agreement = \"<contract reference>\" on the @ThirdPartyTransfer, once the agreement exists.")
public final class TransferWithoutAgreement implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Flow f : context.flows().all()) {
      if (f.sink().kind() == Sink.Kind.THIRD_PARTY && f.source().kind().isPersonal()
          && f.sink().thirdParty().map(ThirdPartyTransfer::agreement).orElse("").isBlank()) {
        context.report(f, (data, each) -> context.text("message", data,
            f.sink().thirdParty().map(ThirdPartyTransfer::recipient).orElse("?"), f.sink().name(), each.size()));
      }
    }
  }
}
