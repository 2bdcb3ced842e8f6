package dev.datawarden.analyzer.rules.deletion;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import java.util.List;
import spoon.reflect.declaration.CtType;

/**
 * A deletion path that leaves personal information in place. The path is the declared method and
 * every analysed method it calls; a field is handled when it is cleared or its row is deleted there.
 */
@RuleInfo(
    title = "Deletion path that leaves personal information in place",
    severity = Severity.MAJOR,
    articles = {"24"},
    summary = "A deletion path leaves personal information fields of its types in place.",
    remediation = "Delete the row on the deletion path, or clear every personal field it leaves: set it to null "
        + "or a constant, or replace it with the result of an @Anonymizes method.")
public final class IncompleteDeletion implements Rule {

  @Override
  public void check(RuleContext context) {
    Deletions.of(context).ifPresent(deletions -> check(context, deletions));
  }

  private static void check(RuleContext context, Deletions deletions) {
    for (Deletions.DeletionPath path : deletions.paths()) {
      Deletions.Gap gap = deletions.gap(path);
      if (gap.leftInPlace().isEmpty()) {
        continue;
      }
      String softDelete = gap.softDeleteFlags().isEmpty() ? ""
          : context.text("softDelete", String.join(", ", gap.softDeleteFlags()));
      context.report(deletions.nameLocation(path.method()), context.text("message",
          Flows.describe(List.of(path.method())),
          String.join(", ", path.types().stream().map(CtType::getSimpleName).toList()),
          String.join(", ", gap.leftInPlace()), softDelete), List.of(), gap.restsOn());
    }
  }
}
