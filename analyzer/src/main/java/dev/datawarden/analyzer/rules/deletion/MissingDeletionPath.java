package dev.datawarden.analyzer.rules.deletion;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Optional;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtType;

/**
 * A stored type holding personal information that no deletion covers. Types that are never stored
 * (requests, views, DTOs) are left out: the data they carry is deleted where it is stored.
 */
@RuleInfo(
    title = "Personal information with no way to delete it",
    severity = Severity.MAJOR,
    articles = {"23", "24"},
    summary = "A stored type holding personal information has no @DeletionPath and no delete of it reachable "
        + "from an entry point.",
    remediation = "Add a method that deletes or anonymises the type's personal information, annotate it "
        + "@DeletionPath(TheType.class), and call it from the account-deletion endpoint or a retention job.")
public final class MissingDeletionPath implements Rule {

  @Override
  public void check(RuleContext context) {
    Deletions.of(context).ifPresent(deletions -> check(context, deletions));
  }

  private static void check(RuleContext context, Deletions deletions) {
    for (CtType<?> type : deletions.holders()) {
      Optional<String> stored = deletions.persisted(type);
      if (stored.isEmpty() || deletions.covered(type)) {
        continue;
      }
      String fields = String.join(", ", deletions.personalFields(type).stream()
          .map(f -> context.text("field", f.name(), f.category())).toList());
      List<CtExecutable<?>> unreachable = deletions.unreachableDeletes(type);
      String unreached = unreachable.isEmpty() ? "" : context.text(unreachable.size() == 1 ? "unreachableOne" : "unreachableMany",
          String.join(", ", unreachable.stream().map(m -> Flows.describe(List.of(m))).toList()));
      context.report(deletions.nameLocation(type), context.text("message", type.getSimpleName(), fields,
          how(context, stored.get()), unreached), List.of(),
          deletions.personalFields(type).stream().map(Deletions.PersonalField::declaration).toList());
    }
  }

  /** How the engine found the type stored ({@code @Entity}, {@code managed by X}, ...) in the analysis's language. */
  private static String how(RuleContext context, String stored) {
    for (String form : List.of("managedBy:managed by ", "storedBy:stored by ", "keptIn:kept in ")) {
      String prefix = form.substring(form.indexOf(':') + 1);
      if (stored.startsWith(prefix)) {
        return context.text(form.substring(0, form.indexOf(':')), stored.substring(prefix.length()));
      }
    }
    return stored;
  }
}
