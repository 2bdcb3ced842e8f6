package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.fact.ConsentCheck;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Source;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import spoon.reflect.declaration.CtExecutable;

/**
 * Where the consent rules' findings begin, for the reports: the method at the head of each unguarded
 * chain a consent finding stands for, worked out again from the flows and the finding's rule, sink
 * call and path (the list of collected personal information marks such a collection point as not
 * guarded), never read from the finding's text.
 */
public final class ConsentGaps {
  /** Each consent rule: the data it concerns and the checks it accepts as deciding for that data. */
  enum Requirement {
    CONSENT("MissingConsentCheck", s -> s.kind() == Source.Kind.PERSONAL, ConsentRules::covers),
    SEPARATE("MissingSeparateConsent",
        s -> s.kind() == Source.Kind.SENSITIVE && !s.category().equals("MINOR_UNDER_14"),
        (c, s) -> c.separate() && ConsentRules.covers(c, s)),
    GUARDIAN("MissingGuardianConsent",
        s -> s.kind() == Source.Kind.SENSITIVE && s.category().equals("MINOR_UNDER_14"),
        (c, s) -> c.guardian() && ConsentRules.covers(c, s));

    final String ruleKey;
    final Predicate<Source> which;
    final BiPredicate<ConsentCheck, Source> accepts;

    Requirement(String ruleKey, Predicate<Source> which, BiPredicate<ConsentCheck, Source> accepts) {
      this.ruleKey = ruleKey;
      this.which = which;
      this.accepts = accepts;
    }

    static Optional<Requirement> of(String ruleKey) {
      return Arrays.stream(values()).filter(r -> r.ruleKey.equals(ruleKey)).findFirst();
    }
  }

  private ConsentGaps() {}

  /** Whether {@code ruleKey} is one of the consent rules. */
  public static boolean isConsentRule(String ruleKey) {
    return Requirement.of(ruleKey).isPresent();
  }

  /**
   * The methods where the unguarded chains of the flows {@code finding} stands for begin: the flow it
   * was reported for (its sink call and first path) and every other flow the rule judges at the same
   * sink call, as it reports them all in one finding; empty for a finding of another rule.
   */
  public static Set<CtExecutable<?>> entries(Flows flows, Finding finding) {
    Set<CtExecutable<?>> entries = new LinkedHashSet<>();
    Optional<Requirement> requirement = Requirement.of(finding.ruleKey());
    if (requirement.isEmpty()) {
      return entries;
    }
    Requirement r = requirement.get();
    Optional<Flow> reported = flows.all().stream()
        .filter(f -> f.sinkLocation().equals(finding.location()) && f.path().equals(finding.path()) && concerns(r, f))
        .findFirst();
    HeldData held = new HeldData(flows.knowledge(), flows.callGraph());
    reported.ifPresent(first -> {
      for (Flow f : flows.all()) {
        if (f.sinkLocation().equals(first.sinkLocation()) && concerns(r, f) && !held.storesHeldData(f)) {
          ConsentRules.unguardedChain(flows, f, d -> r.accepts.test(d, f.source()))
              .ifPresent(chain -> entries.add(chain.get(0)));
        }
      }
    });
    return entries;
  }

  private static boolean concerns(Requirement r, Flow f) {
    return r.which.test(f.source()) && ConsentRules.processes(f.sink());
  }
}
