package dev.datawarden.analyzer.rules.collection;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
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
    summary = "A collection point takes personal information declared not necessary, declared for other "
        + "purposes, or stored but never used.",
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
        if (s.declaration().isInferred()) {
          continue; // see below
        }
        if (s.declaration().role() == Role.PERSONAL_INFO && !DeclaredData.of(s.declaration()).necessary()) {
          // on the declared field; data a request object carries into it is collected at the endpoint
          context.report(s.declaration().origin() == Declaration.Origin.DERIVED ? context.model().locate(m) : s.location(),
              context.text("notNecessary", context.describe(s)));
          judged.add(s);
        } else if (!purposes.isEmpty() && !s.purposes().isEmpty() && s.purposes().stream().noneMatch(purposes::contains)) {
          context.report(context.model().locate(m),
              context.text("otherPurpose", point, context.describe(s), purposes.toString(), s.purposes().toString()));
          judged.add(s);
        }
      }
      // store-only data: reported at the parameter that takes it (itself, or an object carrying it)
      for (CtParameter<?> p : m.getParameters()) {
        for (Source s : collection.collected(p)) {
          // whether collecting data is necessary is judged against what it is declared for: inferred
          // data declares no purpose, and most fields of a form are only stored
          if (!s.declaration().isInferred() && judged.add(s) && collection.onlyStored(p, s)) {
            String through = s.declaration().target().kind() == TargetKind.PARAMETER ? ""
                : context.text("throughParameter", p.getSimpleName());
            context.report(context.model().locate(p), context.text("storedOnly", point, context.describe(s), through));
          }
        }
      }
    }
  }
}
