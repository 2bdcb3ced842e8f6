package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.CrossBorder;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import dev.datawarden.analyzer.rule.RuleMetadata;
import java.util.List;
import java.util.stream.Collectors;

/** A category of personal information sent abroad that the transfer does not declare. */
@RuleInfo(
    title = "Cross-border transfer beyond its declared scope",
    severity = Severity.CRITICAL,
    articles = {"38"},
    summary = "A category of personal information reaches a @CrossBorder transfer that does not list it in "
        + "its categories.",
    remediation = "Stop sending the category, or add it to categories once the basis of the transfer covers it.",
    tags = RuleMetadata.CROSS_BORDER)
public final class CrossBorderScopeExceeded implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Flow f : context.flows().all()) {
      Declaration d = f.sink().declaration();
      if (f.sink().kind() != Sink.Kind.CROSS_BORDER || !f.source().kind().isPersonal() || d == null) {
        continue;
      }
      List<String> scope = CrossBorder.of(d).categories();
      if (!scope.contains(f.source().piCategory())) {
        context.report(f, (data, each) -> {
          String excluded = each.stream().map(e -> e.source().piCategory()).distinct()
              .collect(Collectors.joining(", "));
          String categories = scope.isEmpty() ? context.text("undeclared") : context.text("excludes", scope.toString(), excluded);
          return context.text("message", data, f.sink().name(), categories, each.size());
        });
      }
    }
  }
}
