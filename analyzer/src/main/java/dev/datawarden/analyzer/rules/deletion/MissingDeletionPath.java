package dev.datawarden.analyzer.rules.deletion;

import dev.datawarden.analyzer.api.Severity;
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
    description = "A stored type (a JPA or Spring Data entity, an embeddable, a type passed to a storage sink, or "
        + "one kept inside such a type) declares personal information, but no @DeletionPath names it and no "
        + "delete of it (EntityManager.remove, a repository or mapper delete*, SQL DELETE on its table) is "
        + "reachable from an entry point. Individuals may ask for their personal information to be deleted "
        + "(Art. 23), and it must be deleted or anonymised when its purpose or retention period ends (Art. 24).",
    remediation = "Add a method that deletes or anonymises the type's personal information, annotate it "
        + "@DeletionPath(TheType.class), and call it from the account-deletion endpoint or a retention job.")
public final class MissingDeletionPath implements Rule {

  @Override
  public void check(RuleContext context) {
    Optional<Deletions> found = Deletions.of(context);
    if (found.isEmpty()) {
      return;
    }
    Deletions deletions = found.get();
    for (CtType<?> type : deletions.holders()) {
      Optional<String> stored = deletions.persisted(type);
      if (stored.isEmpty() || deletions.covered(type)) {
        continue;
      }
      String fields = String.join(", ", deletions.personalFields(type).stream()
          .map(f -> f.name() + " (" + f.category() + ")").toList());
      StringBuilder message = new StringBuilder(type.getSimpleName())
          .append(" holds personal information (").append(fields).append(") and is stored (")
          .append(stored.get()).append("), but nothing deletes it: no @DeletionPath names it and no "
              + "EntityManager.remove, repository delete* or SQL DELETE of it is reachable from an entry point");
      List<CtExecutable<?>> unreachable = deletions.unreachableDeletes(type);
      if (!unreachable.isEmpty()) {
        message.append("; ").append(String.join(", ", unreachable.stream().map(MissingDeletionPath::display).toList()))
            .append(unreachable.size() == 1 ? " deletes" : " delete").append(" it but no entry point reaches ")
            .append(unreachable.size() == 1 ? "it" : "them");
      }
      message.append("; add a @DeletionPath(").append(type.getSimpleName())
          .append(".class) method that deletes or anonymises it and call it when the data must go");
      context.report(deletions.nameLocation(type), message.toString());
    }
  }

  private static String display(CtExecutable<?> e) {
    CtType<?> owner = e.getParent(CtType.class);
    return (owner == null ? "" : owner.getSimpleName() + ".") + e.getSimpleName() + "()";
  }
}
