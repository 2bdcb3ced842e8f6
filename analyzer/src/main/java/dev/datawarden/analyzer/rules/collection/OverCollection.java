package dev.datawarden.analyzer.rules.collection;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtParameter;

/**
 * A collection point takes personal information it does not need: declared not necessary, declared
 * for other purposes, or only ever stored. One finding per piece of data and collection point: the
 * first clause that applies reports it.
 */
@RuleInfo(
    title = "Personal information collected beyond what is necessary",
    severity = Severity.MAJOR,
    articles = {"22(i)"},
    description = "A collection point (a @CollectionPoint method, or a Spring or JAX-RS endpoint taking personal "
        + "information) takes personal information declared necessary = false, whose purposes do not include "
        + "the collection point's purposes, or that the code stores but never uses: nothing reads it except to "
        + "store it (no condition, computation, transfer, response, log or call the analysis cannot follow). "
        + "Art. 22(i) limits collection to what the product or service needs.",
    remediation = "Stop collecting the data at this point, or make it necessary for a declared purpose of the "
        + "collection point.")
public final class OverCollection implements Rule {
  @Override
  public void check(RuleContext context) {
    Flows flows = context.flows();
    CollectedData collection = CollectedData.of(context);
    if (flows.callGraph() == null) {
      return; // run without the engine: no collection point is known
    }
    for (CtExecutable<?> m : flows.executables()) {
      if (!collection.isCollectionPoint(m)) {
        continue;
      }
      List<String> purposes = collection.purposesOf(m);
      String point = Flows.describe(List.of(m));
      Set<Source> judged = new HashSet<>();
      for (Source s : collection.collected(m)) {
        if (s.declaration().role() == Role.PERSONAL_INFO && !s.declaration().bool("necessary")) {
          context.report(s.location(), s.describe() + " is collected although declared not necessary "
              + "(necessary = false); stop collecting it, or make it necessary for a declared purpose");
          judged.add(s);
        } else if (!purposes.isEmpty() && !s.purposes().isEmpty() && s.purposes().stream().noneMatch(purposes::contains)) {
          context.report(context.model().locate(m), point + " collects " + s.describe() + " for " + purposes
              + ", but the data is declared for " + s.purposes() + "; collect only what this purpose needs");
          judged.add(s);
        }
      }
      // store-only data: reported at the parameter that takes it (itself, or an object carrying it)
      for (CtParameter<?> p : m.getParameters()) {
        for (Source s : collection.collected(p)) {
          if (judged.add(s) && collection.onlyStored(p, s)) {
            String through = s.declaration().target().kind() == TargetKind.PARAMETER ? ""
                : " through parameter " + p.getSimpleName();
            context.report(context.model().locate(p), point + " collects " + s.describe() + through
                + ", which is stored but never used: no code reads it except to store it; stop collecting it, "
                + "or stop keeping what no processing needs");
          }
        }
      }
    }
  }
}
