package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.fact.ConsentCheck;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
import dev.datawarden.analyzer.fact.Purpose;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtType;

/** What the three consent rules share: which sinks process data, and how a check covers it. */
final class ConsentRules {
  private ConsentRules() {}

  /** Storage, files, transfers, the network and brokers process data; logs and responses are other rules' business. */
  static boolean processes(Sink sink) {
    return sink.kind().isAtRest() || sink.kind().isTransfer();
  }

  /** A check covers data when either declares no purpose or they share one. */
  static boolean covers(ConsentCheck check, Source source) {
    return check.covers(source.purposes());
  }

  /**
   * Reports each flow of the data {@code r} concerns that reaches a processing sink unguarded by a
   * check it accepts. Encrypted flows count as much as flows in clear: encrypting is not
   * consenting, so {@link Flow#encrypted()} is left to the exposure rules; data that went through
   * an {@code @Anonymizes} method is no longer personal and never becomes a flow. Storing again
   * data read from storage ({@link HeldData}) is no new collection and needs no check; providing it
   * to others, the network or abroad does.
   */
  static void check(RuleContext context, ConsentGaps.Requirement r) {
    String missing = context.text("missing");
    Flows flows = context.flows();
    HeldData held = new HeldData(flows.knowledge(), flows.callGraph());
    for (Flow f : flows.all()) {
      if (!r.which.test(f.source()) || !processes(f.sink()) || held.storesHeldData(f)) {
        continue;
      }
      unguardedChain(flows, f, d -> r.accepts.test(d, f.source())).ifPresent(chain -> context.report(f,
          (data, each) -> context.text("consent.unguarded", data, f.sink().name(), missing, Flows.describe(chain),
              each.size())));
    }
  }

  /**
   * A chain of methods from an entry point (or a method nothing calls) to the flow's sink call on
   * which no consent check accepted by {@code accepts} is guaranteed to run first and decide, or
   * empty when every such chain is guarded or the processing is not based on consent. Processing
   * inside a {@code @DeletionPath} needs no consent: a chain through one is guarded; so is a chain
   * through a method whose annotation has an interceptor run an accepted check before its body.
   *
   * <p>Only processing based on consent needs a check (Art. 22). The nearest {@code @Purpose} that
   * writes a {@code legalBasis} on the methods the data went through, from the one making the sink
   * call back to where the data was read, decides the basis for every chain; when none writes one,
   * the data's own basis decides, and a caller on the way from the entry point whose
   * {@code @Purpose} writes a basis other than consent covers what runs below it, as a
   * {@code @DeletionPath} does.
   */
  static Optional<List<CtExecutable<?>>> unguardedChain(Flows flows, Flow flow, Predicate<ConsentCheck> accepts) {
    Knowledge knowledge = flows.knowledge();
    CallGraph callGraph = flows.callGraph();
    Optional<String> declared = Optional.empty();
    for (int i = flow.chain().size() - 1; i >= 0 && declared.isEmpty(); i--) {
      declared = purposeBasis(knowledge, flow.chain().get(i));
    }
    if (!declared.orElse(flow.source().legalBasis()).equals(DeclaredData.CONSENT)) {
      return Optional.empty();
    }
    boolean basisDecided = declared.isPresent();
    Predicate<CtExecutable<?>> otherBasis = m -> !basisDecided
        && purposeBasis(knowledge, m).filter(b -> !b.equals(DeclaredData.CONSENT)).isPresent();
    Guards guards = new Guards(knowledge, callGraph);
    List<CtExecutable<?>> chain = flow.chain();
    for (CtExecutable<?> m : chain) {
      if (knowledge.declares(m, Role.DELETION_PATH) || guards.intercepted(m, accepts)) {
        return Optional.empty();
      }
    }
    CtExecutable<?> last = chain.get(chain.size() - 1);
    if (guards.guarded(flow.sinkCall(), last, accepts)) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < chain.size(); i++) {
      CtExecutable<?> callee = chain.get(i + 1);
      List<CallGraph.CallSite> sites = callGraph.calls(chain.get(i)).stream()
          .filter(site -> callGraph.targets(site.call()).contains(callee))
          .toList();
      if (!sites.isEmpty() && sites.stream().allMatch(site -> guards.guarded(site.call(), site.caller(), accepts))) {
        return Optional.empty();
      }
    }
    return callGraph.chainFromEntry(flow.head(), site -> knowledge.declares(site.caller(), Role.DELETION_PATH)
        || otherBasis.test(site.caller()) || guards.intercepted(site.caller(), accepts)
        || guards.guarded(site.call(), site.caller(), accepts)).map(up -> {
          List<CtExecutable<?>> path = new ArrayList<>(up);
          path.addAll(chain.subList(1, chain.size()));
          return path;
        });
  }

  /**
   * The legal basis the nearest {@code @Purpose} writing one declares for {@code method}: its own,
   * else its enclosing types'; empty when none writes one.
   */
  static Optional<String> purposeBasis(Knowledge knowledge, CtExecutable<?> method) {
    for (CtElement e = method; e != null; e = e.getParent(CtType.class)) {
      for (Declaration d : knowledge.declarationsOn(e)) {
        if (d.role() == Role.PURPOSE && Purpose.of(d).legalBasisWritten()) {
          return Optional.of(Purpose.of(d).legalBasis());
        }
      }
    }
    return Optional.empty();
  }
}
