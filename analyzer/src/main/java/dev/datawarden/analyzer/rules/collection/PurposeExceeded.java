package dev.datawarden.analyzer.rules.collection;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import spoon.reflect.declaration.CtExecutable;

/** Personal information used for a purpose the individual was not told of. */
@RuleInfo(
    title = "Personal information used beyond its purposes",
    severity = Severity.MAJOR,
    articles = {"22(iv)", "22(vi)"},
    summary = "Personal information is used in processing, or reaches a transfer, whose purpose is not among "
        + "the data's purposes.",
    remediation = "Stop using the data for that purpose, or add the purpose to the data's declaration once the "
        + "individual has been told and has consented again.")
public final class PurposeExceeded implements Rule {
  @Override
  public void check(RuleContext context) {
    Flows flows = context.flows();
    CollectedData collection = CollectedData.of(context);
    // one finding per sink call and datum, unlike the other flow rules: each datum declares purposes
    // of its own, and the fix (stop, or declare the purpose after asking again) is one per declaration
    Set<String> reported = new HashSet<>();
    for (Flow f : flows.all()) {
      if (!f.source().kind().isPersonal() || f.source().purposes().isEmpty()) {
        continue;
      }
      Set<String> used = new LinkedHashSet<>();
      for (CtExecutable<?> m : f.chain()) {
        used.addAll(collection.purposesOf(m));
      }
      used.addAll(f.sink().purposes());
      Optional<String> exceeded = used.stream().filter(p -> !f.source().purposes().contains(p)).findFirst();
      if (exceeded.isPresent()
          && reported.add(f.sinkLocation() + "|" + f.source().kind() + "|" + f.source().category())) {
        context.report(f.sinkLocation(), context.text("message", context.describe(f.source()),
            f.source().purposes().toString(), exceeded.get(), f.sink().name(), Flows.describe(f.chain())), f.path());
      }
    }
  }
}
