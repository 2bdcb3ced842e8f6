package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import dev.datawarden.analyzer.rule.RuleMetadata;

/** Important data sent abroad without a passed security assessment. */
@RuleInfo(
    title = "Important data exported without a security assessment",
    severity = Severity.BLOCKER,
    articles = {"37"},
    summary = "Important data reaches a @CrossBorder transfer without a security-assessment basis and reference.",
    remediation = "Set basis = SECURITY_ASSESSMENT and assessmentRef to the assessment's reference once it has "
        + "passed, or keep the data in the country.",
    tags = RuleMetadata.CROSS_BORDER)
public final class ImportantDataExportWithoutAssessment implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Flow f : context.flows().all()) {
      if (f.sink().kind() != Sink.Kind.CROSS_BORDER || f.source().kind() != dev.datawarden.analyzer.flow.Source.Kind.IMPORTANT) {
        continue;
      }
      boolean assessed = f.sink().crossBorder()
          .filter(c -> c.basis().equals("SECURITY_ASSESSMENT") && !c.assessmentRef().isBlank()).isPresent();
      if (!assessed) {
        context.report(f, (data, each) -> context.text("message", data, f.sink().name(), each.size()));
      }
    }
  }
}
