package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.RuleContext;
import java.util.function.Predicate;

/** What the three consent rules share: which sinks process data, and how a check covers it. */
final class ConsentRules {
  private ConsentRules() {}

  /** Storage, files, transfers, the network and brokers process data; logs and responses are other rules' business. */
  static boolean processes(Sink sink) {
    return sink.kind().isAtRest() || sink.kind().isTransfer();
  }

  /** A check covers data when either declares no purpose or they share one. */
  static boolean covers(Declaration check, Source source) {
    var purposes = check.strings("purposes");
    return purposes.isEmpty() || source.purposes().isEmpty() || purposes.stream().anyMatch(source.purposes()::contains);
  }

  /** Reports each flow of {@code which} data that reaches a processing sink unguarded by a check {@code accepts} takes. */
  static void check(RuleContext context, Predicate<Source> which, java.util.function.BiPredicate<Declaration, Source> accepts) {
    String missing = context.text("missing");
    Flows flows = context.flows();
    for (Flow f : flows.all()) {
      if (!which.test(f.source()) || !processes(f.sink())) {
        continue;
      }
      flows.unguardedChain(f, d -> accepts.test(d, f.source())).ifPresent(chain -> context.report(f,
          context.text("consent.unguarded", context.describe(f.source()), f.sink().name(), missing, Flows.describe(chain))));
    }
  }
}
