package dev.datawarden.analyzer.rules.declaration;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Personal information declared without saying how long it is kept. A type-level declaration with
 * a retention covers its members; parameters are exempt, since data passing through a parameter is
 * kept, if at all, in a field or a table that carries its own declaration.
 */
@RuleInfo(
    title = "Personal information declared without a retention period",
    severity = Severity.MINOR,
    articles = {"21(iii)"},
    summary = "Personal information is declared without a retention period, and no enclosing type declares one.",
    remediation = "Add retention = \"P3Y\" (an ISO-8601 duration) to the declaration, or to the enclosing type "
        + "to cover all its members.")
public final class MissingRetentionPeriod implements Rule {

  @Override
  public void check(RuleContext context) {
    Set<Target> reported = new HashSet<>();
    List<Declaration> candidates = context.facts().all().stream()
        // inferred data declares nothing: its UnannotatedPersonalInfo finding asks for the retention
        .filter(d -> d.role().declaresPersonalInfo() && d.target().kind() != TargetKind.PARAMETER && !d.isUnwritten())
        .sorted(Comparator.comparing(Declaration::location))
        .toList();
    for (Declaration d : candidates) {
      if (!reported.contains(d.target()) && !hasRetention(context, d.target()) && !inheritsRetention(context, d.target())) {
        reported.add(d.target());
        context.report(d.location(), context.text(placeholder(d) ? "placeholder" : "message", describe(context, d),
            Declaration.PLACEHOLDER));
      }
    }
  }

  /** True when the retention written is still the placeholder {@code annotate} wrote. */
  private static boolean placeholder(Declaration d) {
    return d.role().attributes().containsKey("retention") && Declaration.PLACEHOLDER.equals(d.string("retention"));
  }

  private static String describe(RuleContext context, Declaration d) {
    return context.text(d.target().kind() == TargetKind.TYPE ? "type" : "member", d.target().displayName(),
        d.categoryLabel());
  }

  private static boolean hasRetention(RuleContext context, Target target) {
    return context.facts().on(target).stream()
        .anyMatch(d -> d.role().declaresPersonalInfo() && !d.retention().isEmpty());
  }

  /** True when the declaring type or one enclosing it declares a retention for all its members. */
  private static boolean inheritsRetention(RuleContext context, Target target) {
    String type = target.kind() == TargetKind.TYPE ? enclosing(target.typeName()) : target.typeName();
    for (; type != null; type = enclosing(type)) {
      if (hasRetention(context, Target.type(type))) {
        return true;
      }
    }
    return false;
  }

  private static String enclosing(String typeName) {
    int nested = typeName.lastIndexOf('$');
    return nested < 0 ? null : typeName.substring(0, nested);
  }
}
