package dev.datawarden.analyzer.rules.exposure;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/** Sensitive personal information or important data stored at rest in clear. */
@RuleInfo(
    title = "Sensitive data stored without encryption",
    severity = Severity.MAJOR,
    articles = {"9"},
    summary = "Sensitive personal information or important data is stored at rest without an @Encrypts method "
        + "on the way.",
    remediation = "Encrypt the value with an @Encrypts method before it is stored.")
public final class UnencryptedSensitiveData implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Flow f : context.flows().all()) {
      if (f.sink().kind().isAtRest() && !f.encrypted() && f.source().kind() != Source.Kind.PERSONAL) {
        context.report(f, (data, each) -> context.text("message", data, f.sink().name(), each.size()));
      }
    }
  }
}
