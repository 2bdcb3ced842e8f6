package dev.datawarden.analyzer.rules;

import dev.datawarden.analyzer.Severity;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import java.util.List;
import spoon.reflect.declaration.CtExecutable;

/** A collection point takes personal information it does not need. */
@RuleInfo(
    title = "Personal information collected beyond what is necessary",
    severity = Severity.MAJOR,
    articles = {"22(i)"},
    description = "A collection point (a @CollectionPoint method, or a Spring or JAX-RS endpoint taking personal "
        + "information) takes personal information declared necessary = false, or whose purposes do not include "
        + "the collection point's purposes. Art. 22(i) limits collection to what the product or service needs.",
    remediation = "Stop collecting the data at this point, or make it necessary for a declared purpose of the "
        + "collection point.")
public final class OverCollection implements Rule {
  @Override
  public void check(RuleContext context) {
    Flows flows = context.flows();
    for (CtExecutable<?> m : flows.executables()) {
      if (!flows.isCollectionPoint(m)) {
        continue;
      }
      List<String> purposes = flows.purposesOf(m);
      String point = Flows.describe(List.of(m));
      for (Source s : flows.collected(m)) {
        if (s.declaration().role() == Role.PERSONAL_INFO && !s.declaration().bool("necessary")) {
          context.report(s.location(), s.describe() + " is collected although declared not necessary "
              + "(necessary = false); stop collecting it, or make it necessary for a declared purpose");
        } else if (!purposes.isEmpty() && !s.purposes().isEmpty() && s.purposes().stream().noneMatch(purposes::contains)) {
          context.report(context.model().locate(m), point + " collects " + s.describe() + " for " + purposes
              + ", but the data is declared for " + s.purposes() + "; collect only what this purpose needs");
        }
      }
    }
  }
}
