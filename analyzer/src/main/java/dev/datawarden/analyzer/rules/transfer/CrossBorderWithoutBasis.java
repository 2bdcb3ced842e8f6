package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.CrossBorder;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.frameworks.Destination;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import dev.datawarden.analyzer.rule.RuleMetadata;
import java.nio.file.Path;

/** Personal information sent abroad with no legal basis. */
@RuleInfo(
    title = "Cross-border transfer of personal information without a legal basis",
    severity = Severity.BLOCKER,
    articles = {"35"},
    summary = "Personal information reaches a @CrossBorder transfer whose basis is NONE.",
    remediation = "Set basis to the condition of Art. 35 that applies (and assessmentRef when it is a security "
        + "assessment), or keep the data in the country.",
    tags = RuleMetadata.CROSS_BORDER)
public final class CrossBorderWithoutBasis implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Flow f : context.flows().all()) {
      if (f.sink().kind() == Sink.Kind.CROSS_BORDER && f.source().kind().isPersonal()
          && f.sink().crossBorder().map(CrossBorder::basis).orElse("NONE").equals("NONE")) {
        String destination = f.sink().crossBorder().map(c -> c.destination().toString()).orElse("?");
        context.report(f, (data, each) -> f.sink().configuredDestination()
            .map(d -> context.text("placed", data, f.sink().name(), destination, each.size(), where(context, d)))
            .orElseGet(() -> context.text("message", data, f.sink().name(), destination, each.size())));
      }
    }
  }

  /**
   * What put the destination abroad: a configuration key's value in its file (and the profile that sets
   * it), or the value written in the code.
   */
  private static String where(RuleContext context, Destination d) {
    String at = Path.of(d.location().file()).getFileName() + ":" + d.location().line();
    if (!d.configured()) {
      return context.text("written", d.value(), at);
    }
    String configured = context.text("configured", d.key(), d.value(), at);
    return d.profile().isEmpty() ? configured : context.text("profile", configured, d.profile());
  }
}
