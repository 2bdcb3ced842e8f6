package dev.datawarden.analyzer.rules.declaration;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fact.CrossBorder;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
import dev.datawarden.analyzer.fact.DeletionPath;
import dev.datawarden.analyzer.fact.Misuse;
import dev.datawarden.analyzer.fact.Purpose;
import dev.datawarden.analyzer.fact.RiskAssessed;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.ThirdPartyTransfer;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The vocabulary is misused: values that mean nothing, missing parts, or declarations that contradict each other. */
@RuleInfo(
    title = "DataWarden annotation or catalog entry is invalid",
    severity = Severity.MAJOR,
    articles = {},
    summary = "The vocabulary is misused: a malformed value, a missing attribute, an annotation where it has "
        + "no meaning, or contradicting declarations.",
    remediation = "Correct the annotation or catalog entry as the message says.")
public final class InvalidAnnotation implements Rule {

  private static final Set<String> MAINLAND = Set.of("CN", "CHN", "CHINA", "PRC", "中国", "中华人民共和国");

  @Override
  public void check(RuleContext context) {
    for (Misuse m : context.facts().misuses()) {
      context.report(m.location(), m.write(context::text));
    }
    for (Declaration d : context.facts().all()) {
      if (d.origin() != Declaration.Origin.BUILTIN && !d.isUnwritten()) {
        checkValues(context, d);
      }
    }
    checkCombinations(context);
  }

  private static void checkValues(RuleContext context, Declaration d) {
    String what = context.text("what", d.role().displayName(), d.target().displayName());
    String retention = d.retention();
    if (!retention.isEmpty() && !DeclaredData.isDuration(retention)) {
      context.report(d.location(), context.text("retention", what, retention));
    }
    if (d.purposes().stream().anyMatch(String::isBlank)) {
      context.report(d.location(), context.text("blankPurpose", what));
    }
    switch (d.role()) {
      case CROSS_BORDER -> {
        CrossBorder crossBorder = CrossBorder.of(d);
        List<String> destinations = crossBorder.destination();
        if (destinations.isEmpty() || destinations.stream().anyMatch(String::isBlank)) {
          context.report(d.location(), context.text("noDestination", what));
        }
        destinations.stream()
            .filter(s -> MAINLAND.contains(s.trim().toUpperCase(Locale.ROOT)))
            .findFirst()
            .ifPresent(s -> context.report(d.location(), context.text("mainland", what, s)));
        if (!crossBorder.assessmentRef().isBlank() && crossBorder.basis().equals("NONE")) {
          context.report(d.location(), context.text("referenceWithoutBasis", what));
        }
      }
      case PURPOSE -> {
        List<String> purposes = Purpose.of(d).purposes();
        if (purposes.isEmpty()) {
          context.report(d.location(), context.text("noPurpose", what));
        } else if (purposes.stream().anyMatch(String::isBlank)) {
          context.report(d.location(), context.text("blankPurpose", what));
        }
      }
      case THIRD_PARTY_TRANSFER -> {
        if (ThirdPartyTransfer.of(d).recipient().isBlank()) {
          context.report(d.location(), context.text("noRecipient", what));
        }
      }
      case RISK_ASSESSED -> {
        if (RiskAssessed.of(d).ref().isBlank()) {
          context.report(d.location(), context.text("noReference", what));
        }
      }
      case DELETION_PATH -> {
        if (DeletionPath.of(d).types().isEmpty()) {
          context.report(d.location(), context.text("noType", what));
        }
      }
      default -> { }
    }
  }

  /** Checks declarations written on the same element against each other. */
  private static void checkCombinations(RuleContext context) {
    for (Declaration sensitive : context.facts().of(Role.SENSITIVE)) {
      for (Declaration other : sameElement(context, sensitive, Role.PERSONAL_INFO)) {
        String a = other.retention();
        String b = sensitive.retention();
        if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
          context.report(sensitive.location(),
              context.text("retentionConflict", sensitive.target().displayName(), a, b));
        }
      }
    }
    for (Declaration anonymizes : context.facts().of(Role.ANONYMIZES)) {
      boolean declaresPi = !sameElement(context, anonymizes, Role.PERSONAL_INFO).isEmpty()
          || !sameElement(context, anonymizes, Role.SENSITIVE).isEmpty();
      if (declaresPi) {
        context.report(anonymizes.location(), context.text("anonymizesPersonal", anonymizes.target().displayName()));
      }
    }
  }

  private static List<Declaration> sameElement(RuleContext context, Declaration d, Role role) {
    return context.facts().on(d.target()).stream()
        .filter(o -> o.role() == role && o.origin() == d.origin() && o.target().equals(d.target()))
        .toList();
  }
}
