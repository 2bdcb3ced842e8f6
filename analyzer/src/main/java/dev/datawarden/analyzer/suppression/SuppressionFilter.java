package dev.datawarden.analyzer.suppression;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import dev.datawarden.analyzer.rules.declaration.UnusedSuppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies suppressions to the findings of the rules: a finding inside a declaration that suppresses
 * its rule is taken out and recorded on the innermost such suppression. A suppression that silenced
 * nothing, or names no rule of the pack, becomes an {@link UnusedSuppression} finding itself, unless
 * its rule was disabled (then nobody can tell) or {@code UnusedSuppression} is.
 */
public final class SuppressionFilter {
  private SuppressionFilter() {}

  /** The findings that remain and every suppression with what it silenced. */
  public record Outcome(List<Finding> findings, List<Suppression> suppressions) {
    public Outcome {
      findings = List.copyOf(findings);
      suppressions = suppressions.stream().sorted().toList();
    }
  }

  public static Outcome apply(List<Finding> findings, List<Suppression> suppressions, Set<String> disabledRules) {
    return apply(findings, suppressions, disabledRules, Locale.ENGLISH);
  }

  /** As {@link #apply(List, List, Set)}, with the findings on suppressions written in {@code locale}. */
  public static Outcome apply(List<Finding> findings, List<Suppression> suppressions, Set<String> disabledRules,
      Locale locale) {
    Map<Suppression, List<Finding>> silenced = new IdentityHashMap<>();
    suppressions.forEach(s -> silenced.put(s, new ArrayList<>()));
    List<Finding> kept = filter(findings, suppressions, silenced);

    RuleMetadata unused = RulePack.find(UnusedSuppression.KEY).orElseThrow();
    if (!disabledRules.contains(unused.key())) {
      List<Finding> reports = new ArrayList<>();
      for (Suppression s : suppressions) {
        boolean known = RulePack.find(s.ruleKey()).isPresent();
        if (!known || silenced.get(s).isEmpty() && !disabledRules.contains(s.ruleKey())
            && !s.ruleKey().equals(unused.key())) {
          reports.add(new Finding(unused.key(), unused.severity(),
              UnusedSuppression.message(s.annotation(), s.element(), s.ruleKey(), known, locale), s.location(),
              List.of(), UnusedSuppression.message(s.annotation(), s.element(), s.ruleKey(), known, Locale.ENGLISH)));
        }
      }
      // an UnusedSuppression finding can itself be suppressed by an enclosing declaration
      kept.addAll(filter(reports, suppressions, silenced));
    }
    List<Suppression> recorded = suppressions.stream().map(s -> s.withSuppressed(silenced.get(s))).toList();
    return new Outcome(kept, recorded);
  }

  private static List<Finding> filter(
      List<Finding> findings, List<Suppression> suppressions, Map<Suppression, List<Finding>> silenced) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      Optional<Suppression> innermost = suppressions.stream().filter(s -> s.covers(f))
          .min(Comparator.comparingInt(Suppression::span).thenComparing(Comparator.naturalOrder()));
      if (innermost.isPresent()) {
        silenced.get(innermost.get()).add(f);
      } else {
        kept.add(f);
      }
    }
    return kept;
  }
}
