package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import dev.datawarden.analyzer.rule.RuleMetadata;

/** Data sent to another handler or over the network with no transfer record on the way. */
@RuleInfo(
    title = "Transfer of personal information without a transfer record",
    severity = Severity.CRITICAL,
    articles = {"12", "33"},
    summary = "Personal information or important data reaches a third-party, cross-border, network or broker "
        + "sink on a path with no @TransferLog.",
    remediation = "Call a @TransferLog method in the method that transfers, or in a caller on every path to it.",
    tags = RuleMetadata.TRANSFER_RECORD)
public final class UnloggedTransfer implements Rule {
  @Override
  public void check(RuleContext context) {
    Flows flows = context.flows();
    for (Flow f : flows.all()) {
      if (!f.sink().kind().isTransfer()) {
        continue;
      }
      Transfers.of(context).unrecordedChain(f).ifPresent(chain -> context.report(f,
          (data, each) -> context.text("message", data, f.sink().name(), Flows.describe(chain), each.size())));
    }
  }
}
