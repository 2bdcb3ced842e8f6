package dev.datawarden.analyzer.rules.exposure;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Personal information or important data written to a log in clear. */
@RuleInfo(
    title = "Personal information written to a log",
    severity = Severity.CRITICAL,
    articles = {"9"},
    summary = "Personal information or important data reaches a log without an @Anonymizes method on the way.",
    remediation = "Log an identifier or a masked value from an @Anonymizes method instead of the data.")
public final class PersonalInfoLogged implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Flow f : context.flows().all()) {
      if (f.sink().kind() == Sink.Kind.LOG && !f.encrypted()) {
        context.report(f, (data, each) -> context.text("message", data, f.sink().name(), each.size()));
      }
    }
  }
}
